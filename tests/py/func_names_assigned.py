# A function's __qualname__, __module__ and __doc__: the defaults come from its code
# object and module; assigned values replace them, survive collections, and show in
# repr(), call errors and the generators it makes.
import gc
import functools


class C:
    def method(self):
        "method doc"
        return 1


def outer():
    def inner(a):
        return a
    return inner


def gen():
    yield 1


f = outer()
print(C.method.__qualname__, C.method.__doc__, C.method.__module__)
print(f.__qualname__, f.__doc__, f.__module__)
print(gen.__qualname__, gen().__qualname__)

# Two functions from one code object share the default docstring.
g = outer()
print(f.__doc__ is g.__doc__, f is g)

f.__qualname__ = "renamed." + "x" * 3
f.__doc__ = "".join(["doc ", "made ", "at ", "run time"])
f.__module__ = "mod" + str(7)
gc.collect()
print(f.__qualname__, f.__doc__, f.__module__)
print(g.__qualname__, g.__doc__, g.__module__)
print(repr(f).split(" at ")[0])
try:
    f()
except TypeError as e:
    print("TypeError", str(e).split("(")[0])

gen.__qualname__ = "G.gen"
print(gen().__qualname__)

try:
    f.__qualname__ = 5
except TypeError as e:
    print("TypeError")


def wrapper_target(x):
    "target doc"
    return x * 2


@functools.wraps(wrapper_target)
def wrapper(*a):
    return wrapper_target(*a)


print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper(4))
f.__doc__ = None
print(f.__doc__)
