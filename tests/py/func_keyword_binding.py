# Keyword arguments bound to plain positional-or-keyword parameters: every order, with
# and without defaults, and every error the binding reports.


def f(a, b=2, c=3, d=4):
    return (a, b, c, d)


def g(a, b, c):
    return (a, b, c)


def h(a, /, b, c=30):
    return (a, b, c)


def many(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9=9):
    return (p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)


for i in range(3):
    print(f(i), f(i, c=7), f(a=i, d=1, b=1), f(d=i, a=0), f(i, 5, d=6), f(c=i, b=i, a=i, d=i))
    print(g(c=i, a=1, b=2), g(1, c=i, b=2), h(i, b=1), h(i, c=5, b=6), h(i, 2, c=3))
    print(many(0, 1, 2, 3, 4, 5, 6, 7, p8=i), many(p8=8, p7=7, p6=6, p5=5, p4=4, p3=3, p2=2, p1=1, p0=i))


def show(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


for i in range(2):
    show(lambda: f(b=1))
    show(lambda: f(1, a=2))
    show(lambda: f(1, e=2))
    show(lambda: g(1, c=2))
    show(lambda: g(c=1))
    show(lambda: h(a=1, b=2))
    show(lambda: h(1, b=2, b2=3))
    show(lambda: f(1, 2, 3, 4, d=5))
    show(lambda: f(1, 2, 3, 4, 5))
    show(lambda: g(**{"a": 1, "b": 2, "c": 3}))
    show(lambda: g(1, **{"b": 2, "c": 3, "a": 4}))
    show(lambda: f(**{"a": i, "b": i}))


class K:
    def m(self, x, y=10):
        return (x, y)

    def __init__(self, v=0, w=1):
        self.v = (v, w)


k = K(w=5)
print(k.v, K(v=2).v, K(1, w=2).v, k.m(y=1, x=2), k.m(x=3), K.m(k, y=4, x=5))
show(lambda: k.m(self=1, x=2))
show(lambda: K(z=1))
show(lambda: k.m(1, x=2))
