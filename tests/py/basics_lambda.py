# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, z=3, y=4))
kw = lambda *, k: k * 2
print(kw(k=4))
print((lambda: "noargs")())
print(list(map(lambda p: p[1], [(1, "a"), (2, "b")])))
print(sorted([3, -1, 2], key=lambda v: -v))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
print(type(sq).__name__, callable(sq))
print(sq.__name__)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(4), cond(5))
