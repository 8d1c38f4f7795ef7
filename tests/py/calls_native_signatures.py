# Built-in functions, constructors and methods refuse extra positional arguments and
# keywords they do not take, and accept the keywords they do, as in CPython.

def check(src):
    try:
        r = eval(src)
        if type(r).__name__ in ("enumerate", "zip", "map", "filter"):
            r = list(r)
        print(src, "->", repr(r))
    except TypeError:
        print(src, "-> TypeError")

for src in [
    # range and enumerate
    "range(x=1)", "range(1, stop=3)", "range(1, 2, 3, 4)", "range(3)",
    "enumerate(iterable=[1], start=3)", "enumerate([1], start=3)", "enumerate([1, 2], 5)",
    "enumerate(iterable='ab')", "enumerate([1], foo=1)", "enumerate([1], 1, 2)",
    "enumerate('a', iterable='b')",
    # methods that take no arguments, or fewer
    "'a'.upper(1)", "'a'.lower(1, 2)", "[].copy(1)", "[].clear(1)", "{}.keys(1)",
    "{}.items(1)", "{}.values(1)", "'a'.isdigit(1)", "(1).bit_length(1)", "[].reverse(1)",
    "(1.5).is_integer(1)", "set().copy(1)", "b'a'.upper(1)",
    "'a'.strip(1, 2)", "'a,b'.split(',', 1, 2)", "[].append(1, 2)", "[3].pop(0, 1)",
    "(1,).count(1, 2)", "'a'.encode('utf-8', 'strict', 3)", "set().add(1, 2)",
    "{}.get(1, 2, 3)", "'a'.join('ab', 'c')", "'abc'.startswith('a', 0, 1, 2)",
    "[].sort(1)", "'a'.replace('a', 'b', 1, 2)", "{1: 2}.pop(1, 2, 3)",
    "{}.setdefault(1, 2, 3)", "[1].index(1, 0, 1, 4)", "[].insert(1, 2, 3)",
    "'a'.center(3, ' ', 1)",
    # keywords methods take, and ones they do not
    "'a b'.split(sep=' ')", "'a b c'.split(maxsplit=1)", "'a'.split(x=',')",
    "'a'.upper(x=1)", "[].append(x=1)", "sorted([2, 1], key=None, reverse=True)",
    "[2, 1].sort(foo=1)", "'a'.encode(encoding='utf-8')", "'a'.encode(foo=1)",
    "{}.get(1, default=2)", "'{}'.format(1, x=2)", "dict.fromkeys([1], value=2)",
    "(1).to_bytes(2, 'big', signed=False)", "(1).to_bytes(2, 'big', foo=1)",
    "int.from_bytes(b'a', 'big', signed=True)", "int.from_bytes(b'a', 'big', foo=1)",
    "'a\\nb'.splitlines(keepends=True)", "{}.update(a=1)", "[3, 1].sort(key=lambda x: -x)",
    # built-in functions
    "print(foo=1)", "len([], x=1)", "len([], [])", "abs(x=1)", "sorted([], foo=1)",
    "min([1], foo=1)", "sum([1], start=2)", "sum([1], foo=1)", "sum([1], 2, 3)",
    "iter([], x=1)", "next(iter([1]), x=1)", "repr(obj=1)", "isinstance(1, int, x=1)",
    "hasattr(1, 'a', x=1)", "getattr(1, 'real', None, x=1)", "getattr(1, 'real', 0, 1)",
    "max(1, 2, key=None)", "max(1, 2, foo=1)", "max([], default=7)", "any([], x=1)",
    "all([], x=1)", "round(1.5, ndigits=0)", "round(1.5, foo=0)", "divmod(1, 2, x=1)",
    "pow(2, 3, mod=5)", "pow(base=2, exp=3)", "hash(1, x=1)", "chr(65, 66)", "bin(1, x=1)",
    "callable(obj=1)", "zip([1], strict=True)", "zip([1], foo=1)", "map(abs, [1], foo=1)",
    "filter(None, [1], x=1)", "reversed([1], x=1)", "ord('a', 'b')",
    # constructors
    "int('1', base=10)", "int('1', foo=1)", "int(x='1')", "str(object=1)", "str(foo=1)",
    "str(object=b'a', encoding='ascii')", "float(x=1)", "list(iterable=[1])",
    "tuple(iterable=[1])", "set(iterable=[1])", "set([1], [2])", "frozenset(iterable=[1])",
    "bool(x=1)", "complex(real=1, imag=2)", "slice(1, x=2)", "dict([(1, 2)], a=1)",
]:
    check(src)

# Subclasses: their own __init__/__new__ take what they like.
class L(list):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

l = L([1], b=3)
print(l, l.b)

class T(tuple):
    def __new__(cls, a, b=2):
        return super().__new__(cls, a)

print(T([1], b=5))

class S(str):
    def __new__(cls, a, extra=None):
        return super().__new__(cls, a)

print(S("x", extra=1))
l = [5]
list.__init__(l, [1, 2])
print(l)
try:
    str.upper("a", 1)
except TypeError:
    print("str.upper('a', 1) TypeError")
print(str.upper("a"), "-".join(["a", "b"]), list(map(str.upper, ["x"])))

# Methods of built-in types are made on first lookup: whichever path makes one (the
# class's __dict__, super(), a class or static method, a second lookup of the same
# object), it checks its signature.
up = str.__dict__["upper"]
for f, args, kw in [
    (up, ("a", 1), {}),
    (str.__dict__["split"], ("a b",), {"x": 1}),
    (str.__dict__["split"], ("a b",), {"maxsplit": 1}),
    (dict.fromkeys, ([1], 2, 3), {}),
    (dict.__dict__["fromkeys"], ([1],), {"value": 2}),
    (int.from_bytes, (b"a", "big"), {"foo": 1}),
    (list.__dict__["append"], ([], 1, 2), {}),
    (bytes.fromhex, ("00", 1), {}),
    (str.upper, ("a",), {"x": 1}),
    (str.upper, ("b",), {}),
]:
    try:
        print(repr(f(*args, **kw)))
    except TypeError:
        print("TypeError")
print(up is str.upper, str.upper is str.__dict__["upper"])

class D(dict):
    def keys(self, *a):
        try:
            return super().keys(*a)
        except TypeError:
            return "TypeError"

print(D(a=1).keys(), D(a=1).keys(1))
