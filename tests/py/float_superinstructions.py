# Fused instruction groups on float-heavy code paths: augmented subscript assignment,
# arithmetic stored to locals, constant comparisons, tuple unpacking, list/range loops,
# attribute stores through a local, and module function calls. Each group is checked on
# the fast types and on the general protocol (user classes, errors, unbound locals).
import math


def aug_subscripts(b, dx, m):
    b[3] -= dx * m
    b[4] += dx * m
    b[0] *= 2
    b[-1] /= 4.0
    return b


print(aug_subscripts([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0], 0.5, 3.0))
print(aug_subscripts([1, 2, 3, 4, 5, 6, 8], 2, 3))
print(aug_subscripts({0: 1, 3: 1.5, 4: 2, -1: 8}, 1, 1))


class Logged:
    def __init__(self, data):
        self.data = data
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v


lg = Logged([10, 20, 30, 40, 50, 60, 70])
aug_subscripts(lg, 1, 1)
print(lg.data)
print(lg.log)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __add__(self, other):
        return Acc(self.v + other + 1000)

    def __repr__(self):
        return "Acc(%r)" % (self.v,)


def iadd_items(seq):
    seq[0] += 5
    return seq


print(iadd_items([Acc(1)]))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)


def errors_in_aug(seq, i):
    try:
        seq[1] /= 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        seq[9] += 1
    except IndexError as e:
        print("IndexError", e)
    try:
        seq[1] += "x"
    except TypeError as e:
        print("TypeError", e)
    print(seq)


errors_in_aug([1.0, 2.0], 0)


def stores(a, b, n):
    c = a + b
    d = a * b
    e = a - 3
    f = 7.5 - a
    g = 2.0 * b
    h = c * d - e
    n += 1
    return c, d, e, f, g, h, n


print(stores(1.5, 2.25, 1))
print(stores(2, 3, 2))
print(stores(2 ** 62, 2 ** 62, 2 ** 63 - 1))
print(stores([1], [2], 0) if False else "skip")


def div_store(a, b):
    try:
        q = a / b
        print(q)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        r = a % b
        print(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        p = a ** 0.5
        print(p)
    except Exception as e:
        print(type(e).__name__)


div_store(7.0, 0.0)
div_store(7, 0)
div_store(-4.0, 2.0)
div_store(1e308, 1e-308)


def overflow_store(x):
    try:
        y = x * x
        print(y)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        z = x ** 2.0
        print(z)
    except OverflowError as e:
        print("OverflowError", e)


overflow_store(1e200)
overflow_store(3.0)


class F(float):
    def __add__(self, other):
        return "F.add"

    def __rsub__(self, other):
        return "F.rsub"

    def __lt__(self, other):
        return "truthy"


def subclass_ops(x):
    a = x + 1.0
    b = 1.0 - x
    c = 2.0 * x
    if x < 4.0:
        d = "lt-true"
    else:
        d = "lt-false"
    return a, b, c, d


print(subclass_ops(F(3.0)))
print(subclass_ops(3.0))
print(subclass_ops(5))


def const_compares(values):
    out = []
    for v in values:
        if v > 4.0:
            out.append("gt")
        elif v == 2:
            out.append("eq")
        else:
            out.append("other")
    return out


print(const_compares([1, 2, 2.0, 4.0, 4.5, 5, float("nan"), 10 ** 30, -(10 ** 30), True]))
try:
    const_compares(["s"])
except TypeError as e:
    print("TypeError", e)


def unbound(flag):
    if flag:
        x = 1.0
    try:
        y = x + 2.0
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        z = x * x
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        w = 3.0 - x
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        x[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except TypeError as e:
        print("TypeError", e)
    try:
        v = x[1]
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except TypeError as e:
        print("TypeError", e)


unbound(True)
unbound(False)


def unpack_pairs(pairs):
    out = []
    for (a, b) in pairs:
        out.append(b)
        out.append(a)
    return out


print(unpack_pairs([(1, 2), [3, 4], "ab", range(2), iter([5, 6]), {7: 0, 8: 0}]))
for bad in ([(1, 2, 3)], [(1,)], [5], [None]):
    try:
        unpack_pairs(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def same_target(p):
    a, a = p
    return a


print(same_target((1, 2)))


def loops():
    xs = [1.5, 2.5]
    seen = []
    for x in xs:
        seen.append(x)
        if len(xs) < 5:
            xs.append(x * 2)
    for i in range(3, -4, -2):
        seen.append(i)
    for c in (1, 2):
        seen.append(c)
    for i in range(2 ** 63 - 2, 2 ** 63):
        seen.append(i)
    it = iter([1, 2])
    for v in it:
        pass
    seen.append(list(it))
    return seen


print(loops())


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Watched:
    def __init__(self):
        self.a = 1.0

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)


class Prop:
    def __init__(self):
        self.v = 3.0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value + 0.5


p = Point(1.0, 2.0)
print(p.x, p.y)
print(Watched().a)
print(Prop().v)


def modcalls(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x) + math.sin(x) * math.cos(x)
    return s


print("%.12f" % modcalls([1.0, 2, True, 10 ** 20, 3.5]))
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError", e)


class HasFloat:
    def __float__(self):
        return 4.0


print(math.sqrt(HasFloat()))
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(modcalls([4.0]) if False else math.sqrt(4.0))
math.sqrt = saved
print(math.sqrt(4.0))


def str_const_compares(words):
    out = []
    for w in words:
        if w == "ab":
            out.append(1)
        elif w != "cd":
            out.append(2)
        else:
            out.append(3)
    return out


print(str_const_compares(["ab", "cd", "x", "a" + "b", "c" * 1 + "d", 5, None, "ab" * 40]))


def pairwise_str(s1, s2):
    out = []
    for i in range(min(len(s1), len(s2))):
        a = s1[i]
        b = s2[i]
        if a != b:
            out.append(a > b)
        if a == b:
            out.append("=")
    return out


print(pairwise_str("hello world", "help wanted"))
