# Native recursion through dunder methods, isinstance() tuples, nested exceptions and
# generator chains ends in RecursionError (a RuntimeError), never a crash; the
# interpreter keeps working afterwards.
import gc


def check(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, type(e).__name__, isinstance(e, RuntimeError), str(e).startswith("maximum recursion depth exceeded"))


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


it = iter([1, 2, 3])
for _ in range(10000):
    it = (x for x in it)
check("genexpr chain", lambda: next(it))
it = None
c = int
for _ in range(50000):
    c = (c,)
check("isinstance", lambda: isinstance(1, c))
check("issubclass", lambda: issubclass(bool, c))
c = None
x = ValueError("leaf")
for _ in range(20000):
    x = ValueError(x)
check("exception str", lambda: len(str(x)))
check("exception repr", lambda: len(repr(x)))
x = None
gc.collect()
class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return "<" + str(self) + ">"


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class Key:
    def __lt__(self, other):
        return sorted([self, other])[0] is self


check("__repr__", lambda: repr(Repr()))
check("__str__", lambda: str(Str()))
check("__eq__", lambda: Eq() == Eq())
check("__hash__", lambda: hash(Hash()))
check("dict key", lambda: {Hash(): 1})
check("sorted __lt__", lambda: sorted([Key(), Key()]))
check("list of __repr__", lambda: repr([Repr()]))

# Everything still works.
print(repr(nested_list(5)), isinstance(1, (str, (int,))), str(ValueError(ValueError("x"))))
print(sorted([3, 1, 2], key=lambda x: -x), sum(x * x for x in range(10)))
