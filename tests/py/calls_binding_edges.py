# Argument binding: defaults, keywords, *args/**kwargs, keyword-only and
# positional-only parameters, and the exact TypeError messages.


def f(a, b=2, c=3, d=4):
    return (a, b, c, d)


print(f(1), f(1, 5), f(1, c=9), f(a=0, d=1, b=1), f(1, 2, 3, 4))
print(f(*[1, 2]), f(1, **{"d": 8}), f(**{"a": 7, "c": 6}))


def g(a, b, *rest, key=None, **opts):
    return (a, b, rest, key, sorted(opts.items()))


print(g(1, 2), g(1, 2, 3, 4, key=5, z=6, y=7), g(b=1, a=2))


def h(x, /, y, *, z=0):
    return (x, y, z)


print(h(1, 2), h(1, y=3, z=4))


class M:
    def m(self, a, b=10):
        return a + b

    @staticmethod
    def s(a, b=1):
        return a - b

    @classmethod
    def c(cls, a=0, *, k=2):
        return (cls.__name__, a, k)


o = M()
print(o.m(1), o.m(1, 2), o.m(b=3, a=4), M.m(o, 5), M.s(4), o.s(4, b=2))
print(M.c(), o.c(1, k=3), M.c(a=5))
bound = o.m
print(bound(1), bound(a=1, b=1))


def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


check(f)
check(f, 1, 2, 3, 4, 5)
check(f, 1, a=2)
check(f, 1, e=3)
check(g, 1)
check(h, x=1, y=2)
check(h, 1, 2, 3)
check(h, 1)
check(o.m)
check(M.s, 1, 2, 3)
check(lambda *, k: k)


def kwonly_required(a, *, b, c):
    return a + b + c


check(kwonly_required, 1)
check(kwonly_required, 1, b=2)
print(kwonly_required(1, c=3, b=2))


def defaults_are_shared(x, acc=[]):
    acc.append(x)
    return len(acc)


print(defaults_are_shared(1), defaults_are_shared(2), defaults_are_shared(3, []))


def many(a, b, c, d, e, f, g, h=8, i=9):
    return a + b + c + d + e + f + g + h + i


print(many(1, 2, 3, 4, 5, 6, 7), many(1, 2, 3, 4, 5, 6, 7, 0, 0))
print(many(*range(9)), many(1, 2, 3, 4, 5, 6, g=1, i=1))


class WithInit:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


print(WithInit(1).t, WithInit(1, c=5).t, WithInit(b=0, a=1).t)
check(WithInit)
check(WithInit, 1, 2, 3)


class BadInit:
    def __init__(self):
        return 1


check(BadInit)


# Built-in callables called with positional arguments and keywords.
print(len([1, 2]), abs(-3), min(3, 1), max(2, 9), isinstance(1, int))
print(sorted([3, 1, 2], reverse=True), int("12", 16), range(1, 10, 3)[2])
print(list(range(3)), str(5), tuple([1, 2]), dict(a=1), type(3).__name__)
