# positional-only, keyword-only, defaults introspection
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, d=4, e=6, z=7))
print(f(1, c=30, d=4, b=99))
try:
    f(a=1, d=4)
except TypeError:
    print("TypeError posonly by keyword")
try:
    f(1)
except TypeError:
    print("TypeError missing kwonly")
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
def g(x, items=[]):
    items.append(x)
    return items
print(g(1), g(2), g([])[0] if False else g(3))
print(g.__defaults__)
def h(*args, sep="-"):
    return sep.join(map(str, args))
print(h(1, 2, 3), h(sep="+"), h(*"ab", sep="."))
def k(a, *, b):
    return a, b
print(k(b=1, a=2))
def star(*a, **k):
    return a, k
print(star(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    star(**{"x": 1}, x=2)
except TypeError:
    print("TypeError duplicate kw")
def defaults(a, b=[1], c={"k": 1}):
    return a, b, c
print(defaults(0))
lam = lambda x, /, y=1, *, z=2: (x, y, z)
print(lam(0), lam(0, z=5), lam(0, 1))
def ret_none():
    pass
print(ret_none())
