def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1.5, 1 == 1.0 == True, 1 < 2 != 2, "a" < "b" <= "b")
x = 5
print(0 < x < 10, 0 < x > 10, not 0 < x, x is not None is not False)
print(1 in [1, 2] in [[1, 2]], (1 in [1]) == True)
a = [1]
print(a is a is a, a == [1] is not a)
print("yes" if x > 3 else "no", "yes" if x > 9 else "no" if x > 4 else "never")
y = v(1) if v(0) else v(2)
print(y)
print(v(0) or v("") or v("last"), v(1) and v(0) and v("never"))
print(None or [], 0 and 1, [] or {} or 0, 3 and 4)
f = lambda a, b=2, *c, **d: (a, b, c, sorted(d))
print(f(1), f(1, 3, 4, k=5))
g = lambda: (yield)
print(type(g()).__name__)
h = lambda *, k: k
print(h(k=3))
adders = [lambda q, n=n: q + n for n in range(3)]
print([ad(10) for ad in adders])
print((lambda: 1)(), (lambda x: lambda y: x + y)(1)(2))
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, not 1 == 2, ~5, -~5, +True, 5 // -2, -5 % 3)
print(1 if True else 2 if False else 3, [0, 1][1 > 0])
print(1 < 2 < 3 < 4 < 5 > 4, 3 > 2 == 2)
