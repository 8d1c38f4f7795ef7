# Deep recursion ends in a catchable RecursionError, and the interpreter keeps working.
def check(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))


def plain(n):
    return plain(n + 1)


check("function", lambda: plain(0))


class Init:
    def __init__(self, n):
        Init(n + 1)


check("__init__", lambda: Init(0))


class Eq:
    def __eq__(self, other):
        return self == other


check("__eq__", lambda: Eq() == Eq())


class Repr:
    def __repr__(self):
        return repr(self)


check("__repr__", lambda: repr(Repr()))


def key(x):
    return sorted([1, 2], key=key)


check("sorted key", lambda: sorted([3, 1, 2], key=key))


def chain(n):
    if n == 0:
        yield 0
    else:
        yield from chain(n - 1)


print("yield from 100", list(chain(100)))
check("yield from 5000", lambda: list(chain(5000)))


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


deep = nested_list(50000)
check("list repr", lambda: repr(deep))
check("list str", lambda: str(deep))
other = nested_list(50000)
check("list ==", lambda: deep == other)
print("identity", deep == deep)
print("shallow", repr(nested_list(50)).count("["))

d = {}
for i in range(5000):
    d = {"k": d}
check("dict repr", lambda: repr(d))

t = ()
for i in range(5000):
    t = (t,)
check("tuple repr", lambda: repr(t))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


check("mutual", lambda: mutual_a(0))


class Attr:
    def __getattr__(self, name):
        return getattr(self, name)


check("__getattr__", lambda: Attr().x)

# Still fine afterwards.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(50) % 1000007, len(str(fact(300))))
print(sum(x for x in range(100)))
