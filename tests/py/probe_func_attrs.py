def f(a, b=2, *args, c=3, **kw):
    "docstring"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__qualname__, f.__module__)
class C:
    def m(self): pass
    class N:
        def n(self): pass
print(C.m.__name__, C.m.__qualname__, C.N.n.__qualname__, C().m.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
f.custom = 5
print(f.custom, hasattr(f, 'custom'))
def g(): pass
print(g.__doc__, g() is None, type(g).__name__, callable(g))
g.__name__ = "renamed"
print(g.__name__)
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@deco
def documented():
    "doc here"
print(documented.__name__, documented.__doc__)
def defaults(a=[]):
    return a
print(defaults() is defaults(), defaults.__defaults__[0] is defaults())
def kw(*, x=1, y):
    return x, y
print(kw.__kwdefaults__, kw(y=2))
print(repr(f)[:12], repr(C.m)[:13])
def ann(a: int, b: str = "s") -> bool:
    return True
print(ann(1))
def gen():
    yield
print(type(gen()).__name__, gen.__name__)
def noret():
    return
print(noret())
def multi():
    return 1, 2
print(multi(), type(multi()).__name__)
