# function objects: attributes, defaults, names, recursion
def f(a, b=2):
    "f doc"
    return a + b
print(f.__name__, f.__doc__, f.__defaults__, callable(f))
f.custom = "attr"
print(f.custom)
g = f
print(g(1), g.__name__)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
def kw(*, x=1):
    pass
print(kw.__kwdefaults__)
def nodoc():
    pass
print(nodoc.__doc__)
funcs = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(sorted((k, v(3, 4)) for k, v in funcs.items()))
def ret_multiple():
    return 1, "two", [3]
a, b, c = ret_multiple()
print(a, b, c, ret_multiple())
def ret_none():
    return
print(ret_none())
