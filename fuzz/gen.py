"""Hostile Python programs for the Mica fuzzer: mutations of corpus programs and
programs generated from templates.

Every function takes a `random.Random` and returns source text (str). The templates
aim at the places where an interpreter written in a systems language breaks: special
methods that raise, return the wrong type or mutate the container being operated on;
deep nesting in syntax and in data; huge sizes and repeat counts; re-entrancy through
__repr__/__eq__/__hash__/iterators/sort keys; exotic exception flows. Programs catch
exceptions where that lets them go on, so one run covers many operations.
"""

import re

# ---------------------------------------------------------------------------------
# Building blocks

HUGE_INTS = [
    "0", "-1", "1", "7", "255", "256", "65535", "2**31 - 1", "2**31", "2**32", "2**63 - 1",
    "2**63", "2**64", "-2**63", "10**6", "10**7", "10**9", "10**12", "10**18", "10**30",
    "10**100", "-10**9", "2**30 - 1", "2**30", "2**62", "(1 << 40)", "100000",
]
SMALLISH_INTS = ["0", "1", "2", "3", "-1", "-2", "10", "100", "1000", "-100"]
DEPTHS = [5, 20, 50, 99, 100, 101, 150, 199, 200, 201, 250, 500, 1000, 3000, 10000, 100000]
EXCEPTIONS = [
    "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "StopIteration",
    "ZeroDivisionError", "MemoryError", "RecursionError", "AttributeError", "OverflowError",
    "KeyboardInterrupt", "GeneratorExit", "SystemExit", "Exception", "BaseException",
    "UnicodeError", "AssertionError", "LookupError", "ArithmeticError",
]
WRONG_VALUES = [
    "None", "'x'", "b'y'", "2**100", "-2**100", "-1", "0", "1.5", "float('nan')",
    "float('inf')", "object()", "[]", "()", "{}", "NotImplemented", "True", "1j",
    "self", "type", "len", "(1, 2)", "10**30",
]
CONTAINERS = ["d", "s", "l"]

# Methods a hostile class may define, with the arguments they take.
DUNDERS = {
    "__eq__": "(self, o)", "__ne__": "(self, o)", "__lt__": "(self, o)",
    "__le__": "(self, o)", "__gt__": "(self, o)", "__ge__": "(self, o)",
    "__hash__": "(self)", "__repr__": "(self)", "__str__": "(self)",
    "__len__": "(self)", "__iter__": "(self)", "__next__": "(self)",
    "__getitem__": "(self, k)", "__setitem__": "(self, k, v)", "__delitem__": "(self, k)",
    "__contains__": "(self, k)", "__index__": "(self)", "__int__": "(self)",
    "__float__": "(self)", "__bool__": "(self)", "__add__": "(self, o)",
    "__radd__": "(self, o)", "__mul__": "(self, o)", "__format__": "(self, spec)",
    "__call__": "(self, *a, **k)", "__getattr__": "(self, name)",
    "__enter__": "(self)", "__exit__": "(self, *a)", "__neg__": "(self)",
    "__abs__": "(self)", "__reversed__": "(self)", "__length_hint__": "(self)",
    "__setattr__": "(self, name, value)", "__del__": "(self)",
}

# Statements that mutate the global containers d (dict), s (set), l (list).
MUTATIONS = [
    "d.clear()", "s.clear()", "l.clear()", "d.popitem() if d else None",
    "s.pop() if s else None", "l.pop() if l else None", "d[len(d) + 1000] = 1",
    "s.add(len(s) + 1000)", "l.append(len(l))", "l.extend(range(20))",
    "d.update({i: i for i in range(50)})", "s.update(range(50))",
    "l[:] = []", "l.sort()", "l.reverse()", "d.pop(next(iter(d))) if d else None",
    "s.discard(next(iter(s))) if s else None", "del l[:len(l) // 2]",
    "l.insert(0, self)", "d[self] = self", "s.add(self)", "l *= 2 if len(l) < 5000 else 1",
]

OPERATIONS = [
    # dict and set protocol with hostile keys
    "d[x] = 1", "d.get(x)", "x in d", "d.pop(x, None)", "d.setdefault(x, [])",
    "del d[x]", "d.update({x: 1, y: 2})", "dict.fromkeys([x, y, x])", "{x: 1, y: 2}",
    "s.add(x)", "x in s", "s.discard(x)", "s.remove(x)", "{x, y}", "set([x, y]) | s",
    "s & {x, y}", "s - {x}", "s ^ {x, y}", "s <= {x}", "s == {x, y}", "frozenset([x, y])",
    "s.issubset([x, y])", "s.isdisjoint([x])", "s.intersection_update([x, y])",
    "s.symmetric_difference_update([x])", "d == {x: 1}", "d.items() & {(x, 1)}",
    # sequences
    "l.append(x); l.sort()", "sorted([x, y, x])", "l.index(x)", "l.count(x)",
    "l.remove(x)", "x in l", "[x, y] == [y, x]", "(x, y) < (y, x)", "max(x, y)", "min([x, y])",
    "sorted(l, key=lambda v: x)", "l.sort(key=lambda v: (v is x, l.append(1) if len(l) < 100 else 0))",
    "tuple(x)", "list(x)", "[*x]", "dict(x)", "set(x)", "sum([x, y], 0)", "len(x)", "bool(x)",
    "iter(x)", "next(iter(x))", "reversed(x)", "enumerate(x)", "list(zip(x, y))",
    "list(map(str, x))", "any(x)", "all(x)", "sorted(x)", "str(x)", "repr(x)", "repr([x, y, l])",
    "repr(d)", "str(s)", "f'{x}'", "format(x, '>10')", "'%s %r' % (x, y)", "'{}'.format(x)",
    "hash(x)", "hash((x, y))", "int(x)", "float(x)", "complex(x)", "abs(x)", "-x", "x + y",
    "y + x", "x * 3", "3 * x", "x == y", "x != y", "x < y", "x in [y]", "[x][x]",
    "'abc'[x]", "range(10)[x]", "bytes(x)", "bytearray(x)", "'ab' * x", "[0] * x",
    "divmod(x, y)", "pow(x, y)", "round(x)", "chr(x)", "hex(x)", "isinstance(x, int)",
    "getattr(x, 'foo', None)", "setattr(x, 'foo', 1)", "callable(x)", "x()", "x(1, k=2)",
    "str(x).join(['a', 'b'])", "','.join([x])", "with x: pass", "for _ in x: pass",
    "import json; json.dumps([x])", "import copy; copy.copy(x)", "import copy; copy.deepcopy([x])",
    "import heapq; heapq.heappush(l, x)", "import struct; struct.pack('i', x)",
    "import math; math.floor(x)", "import math; math.fsum([x, y])",
    "print(x, end='')", "print(repr(x)[:0], end='')",
]


def choice(rng, seq):
    return seq[rng.randrange(len(seq))]


def indent(text, n=4):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def tried(stmt):
    """`stmt` in a try that swallows ordinary exceptions (never a bare except, so
    KeyboardInterrupt and SystemExit still end the run)."""
    return "try:\n" + indent(stmt) + "\nexcept Exception:\n    pass\n"


# ---------------------------------------------------------------------------------
# Template families


def hostile_class(rng, name="H"):
    """A class whose special methods raise, return wrong types or mutate d/s/l."""
    lines = [f"class {name}:", "    n = 0"]
    picked = rng.sample(sorted(DUNDERS), rng.randint(2, 9))
    if "__hash__" not in picked and rng.random() < 0.7:
        picked.append("__hash__")
    if "__eq__" not in picked and rng.random() < 0.7:
        picked.append("__eq__")
    for m in picked:
        sig = DUNDERS[m]
        body = []
        mode = rng.random()
        if mode < 0.3:
            body.append(f"{choice(rng, MUTATIONS)}")
            if rng.random() < 0.5:
                body.append(f"{choice(rng, MUTATIONS)}")
        if m == "__setattr__":
            body.append("object.__setattr__(self, name, value)")
        if m == "__del__":
            body.append(choice(rng, MUTATIONS))
        budget = f"{name}.n += 1\nif {name}.n > {rng.choice([3, 20, 200, 2000])}: raise {choice(rng, EXCEPTIONS[:6])}('budget')"
        body.insert(0, budget)
        r = rng.random()
        if r < 0.25:
            body.append(f"raise {choice(rng, EXCEPTIONS)}('{m}')")
        elif r < 0.55:
            body.append(f"return {choice(rng, WRONG_VALUES)}")
        elif m in ("__hash__",):
            body.append("return " + choice(rng, ["0", "1", "-1", "id(self) % 7", "2**64", "hash('a')"]))
        elif m in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__contains__"):
            body.append(f"return {choice(rng, ['True', 'False', 'o is self', 'NotImplemented', 'len(d) % 2 == 0'])}")
        elif m in ("__len__", "__index__", "__int__", "__length_hint__"):
            body.append(f"return {choice(rng, ['0', '3', '-1', '2**63', '10**9', 'len(l)'])}")
        elif m in ("__iter__",):
            body.append(f"return {choice(rng, ['iter(l)', 'self', 'iter([self, self])', 'iter(d)', 'iter(s)', '(y for y in l)'])}")
        elif m in ("__next__",):
            body.append("l.append(0)\nif len(l) > 50: raise StopIteration\nreturn len(l)")
        elif m in ("__repr__", "__str__", "__format__"):
            body.append("return " + choice(rng, ["repr(l)", "repr(d)", "str(s)", "'rrr'", "repr(self) if len(l) < 3 and not l.append(1) else 'x'"]))
        elif m == "__getitem__":
            body.append("if isinstance(k, int) and k > 20: raise IndexError(k)\nreturn k")
        elif m == "__call__":
            body.append(f"return {choice(rng, ['self', 'a', 'k', '1'])}")
        elif m == "__getattr__":
            body.append("raise AttributeError(name)")
        elif m == "__exit__":
            body.append(f"return {choice(rng, ['True', 'False', 'None'])}")
        else:
            body.append(f"return {choice(rng, WRONG_VALUES)}")
        lines.append(f"    def {m}{sig}:")
        lines.append(indent("\n".join(body), 8))
    return "\n".join(lines) + "\n"


def prog_special_methods(rng):
    out = ["d = {}", "s = set()", "l = []"]
    out.append(hostile_class(rng, "H"))
    out.append(hostile_class(rng, "G"))
    out.append("x, y = H(), G()")
    for _ in range(rng.randint(1, 6)):
        seed = choice(rng, ["d[H()] = 1", "s.add(G())", "l.append(H())", "d[len(d)] = G()", "s.add(len(s))", "l.extend([x, y, 3])"])
        out.append(tried(seed))
    for _ in range(rng.randint(3, 25)):
        out.append(tried(choice(rng, OPERATIONS)))
    out.append("print('done', len(d), len(s), len(l))")
    return "\n".join(out) + "\n"


def prog_issue_dict_mutation(rng):
    """The shapes of issue 16's panics: __eq__/__hash__ changing the table looked up."""
    cont = choice(rng, ["d", "s"])
    act = choice(rng, ["d.pop(next(iter(d))) if d else None", "d.clear()", "s.clear()",
                       "s.discard(next(iter(s))) if s else None", "d.update({i: i for i in range(30)})",
                       "s.update(range(100 + len(s), 130 + len(s)))", "d.popitem() if d else None"])
    ret = choice(rng, ["True", "False", "NotImplemented", "1", "None"])
    h = choice(rng, ["0", "self.h", "len(d) % 3", "id(self) % 5"])
    op = choice(rng, ["d[K(0)] = i", "d.get(K(0))", "K(0) in d", "d.pop(K(0), None)", "d.setdefault(K(0), i)",
                      "s.add(K(0))", "K(0) in s", "s.discard(K(0))", "s | {K(0)}", "{K(0), K(1)} & s",
                      "s - {K(0)}", "s ^ {K(0)}", "s == {K(0)}", "s <= {K(0)}", "d == {K(0): 1}"])
    n = rng.choice([2, 5, 20, 200])
    return f"""d = {{}}
s = set()
class K:
    def __init__(self, h): self.h = h
    def __hash__(self):
        {choice(rng, ['pass', act])}
        return {h}
    def __eq__(self, o):
        {act}
        return {ret}
for i in range({n}):
    try:
        {op}
    except Exception as e:
        pass
    if len(d) < 3: d[K(i)] = i
    if len(s) < 3: s.add(K(i))
print(len(d) >= 0, len(s) >= 0)
"""


def nest(rng, depth):
    kinds = [
        ("(" * depth) + "1" + (")" * depth),
        ("[" * depth) + "]" * depth,
        "{'a': " * depth + "1" + "}" * depth,
        "-" * depth + "1",
        "not " * depth + "x",
        "lambda: " * depth + "0",
        "x" + ".a" * depth,
        "x" + "[0]" * depth,
        "f(" * depth + ")" * depth,
        "+".join(["1"] * depth),
        " if x else ".join(["1"] * (depth + 1)),
        "f'{" * min(depth, 3) + "1" + "}'" * min(depth, 3),
        "'a' " * depth,
        "[" * depth + "x for x in y" + "]" * depth,
        "*".join(["2"] * depth),
        "**".join(["1"] * depth),
        "(" * depth + ")" * depth,
        "await " * depth + "x",
        " or ".join(["x"] * depth),
        " < ".join(["x"] * depth),
    ]
    return choice(rng, kinds)


def prog_deep_syntax(rng):
    depth = choice(rng, DEPTHS[:12])
    r = rng.random()
    if r < 0.5:
        expr = nest(rng, depth)
        body = f"x = y = 1\ndef f(*a): return 1\ntry:\n    r = eval({expr!r})\nexcept Exception as e:\n    print(type(e).__name__)\n"
        if rng.random() < 0.5:
            body = f"x = y = 1\ndef f(*a): return 1\nr = {expr}\n"
        return body
    # Nested blocks.
    kind = choice(rng, ["if x:", "for i in range(1):", "while x:", "try:", "with C():", "def g():", "class A:", "async def h():"])
    depth = min(depth, 300)
    lines = ["x = 1", "class C:", "    def __enter__(self): pass", "    def __exit__(self, *a): pass"]
    for i in range(depth):
        lines.append(" " * i + kind)
        if kind == "while x:":
            lines.append(" " * (i + 1) + "x = 0")
    lines.append(" " * depth + "pass")
    if kind == "try:":
        for i in reversed(range(depth)):
            lines.append(" " * i + "finally:")
            lines.append(" " * (i + 1) + "pass")
    lines.append("print('ok')")
    return "\n".join(lines) + "\n"


def prog_deep_data(rng):
    depth = choice(rng, [10, 100, 500, 1000, 5000, 10000, 100000, 1000000])
    build = choice(rng, [
        "x = []\nfor i in range(N): x = [x]",
        "x = ()\nfor i in range(N): x = (x,)",
        "x = {}\nfor i in range(N): x = {'k': x}",
        "x = 0\nfor i in range(N): x = [x, i]",
        "x = []\ny = x\nfor i in range(N):\n    y.append([])\n    y = y[0]",
        "x = []\nx.append(x)",
        "x = {}\nx['self'] = x",
        "x = frozenset()\nfor i in range(min(N, 2000)): x = frozenset([x])",
        "import collections\nx = collections.OrderedDict()\nfor i in range(min(N, 5000)): x = collections.OrderedDict(a=x)",
    ]).replace("N", str(depth))
    ops = ["repr(x)", "str(x)", "x == x", "x == [x]", "hash(x)", "len(str(x))", "import copy; copy.deepcopy(x)",
           "import json; json.dumps(x)", "sorted([x, x])", "[x] < [x]", "x in [x, 1]", "print(x)",
           "{x: 1} if isinstance(x, tuple) else 0", "set([x]) if isinstance(x, (tuple, frozenset)) else 0",
           "del x"]
    out = [build]
    if rng.random() < 0.5:
        # A second, equal structure: comparisons that cannot stop at identity.
        out.append(build.replace("x", "y"))
        ops += ["x == y", "x != y", "x < y", "x <= y", "[x] == [y]", "x in [y]", "max(x, y)",
                "sorted([x, y])", "{x: 1}.get(y) if isinstance(x, tuple) else 0", "(x, 1) == (y, 1)"]
    for _ in range(rng.randint(1, 4)):
        op = choice(rng, ops)
        out.append(f"try:\n    {op}\nexcept (RecursionError, MemoryError, TypeError, ValueError) as e:\n    print(type(e).__name__)")
    out.append("print('ok')")
    return "\n".join(out) + "\n"


def prog_chains(rng):
    n = choice(rng, [10, 100, 1000, 10000, 100000, 500000])
    wrap = choice(rng, ["map(abs, it)", "zip(it)", "filter(None, it)", "enumerate(it)", "iter(it)",
                        "(v for v in it)", "reversed(list(it)) if False else it", "map(lambda v: v, it)"])
    return f"""it = iter(range(1, 5))
for i in range({n}):
    it = {wrap}
try:
    print(next(it) is not None)
except (RecursionError, MemoryError) as e:
    print(type(e).__name__)
"""


def prog_generators(rng):
    n = choice(rng, [10, 100, 1000, 5000, 100000])
    kind = rng.randint(0, 4)
    if kind == 0:
        return f"""def g(n):
    if n == 0:
        yield 1
        return
    yield from g(n - 1)
try:
    print(sum(g({n})))
except (RecursionError, MemoryError) as e:
    print(type(e).__name__)
"""
    if kind == 1:
        return """def g():
    x = yield
    while True:
        try:
            x = yield next(gg)
        except ValueError:
            break
gg = g()
next(gg)
for f in (lambda: gg.send(1), lambda: gg.throw(ValueError), lambda: gg.close(), lambda: next(gg)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
"""
    if kind == 2:
        return f"""l = list(range(20))
def g():
    for x in l:
        l.append(x) if len(l) < {n} else None
        yield x
print(sum(g()), max(g()), len(sorted(g())))
"""
    if kind == 3:
        return f"""import asyncio
async def f(n):
    if n:
        return await f(n - 1)
    await asyncio.sleep(0)
    return 7
try:
    print(asyncio.run(f({min(n, 3000)})))
except (RecursionError, MemoryError) as e:
    print(type(e).__name__)
"""
    return f"""def g():
    yield from range({n})
    yield from [1, 2]
it = g()
print(next(it), sum(it), list(it), min(g()), max(g(), default=0), any(v > 10**9 for v in g()))
"""


HUGE_EXPRS = [
    "bytes(N)", "bytearray(N)", "b'a' * N", "'a' * N", "[0] * N", "(0,) * N", "'a'.ljust(N)",
    "'a'.center(N)", "'%Wd' % 1", "'{:W}'.format(1)", "'a'.zfill(N)", "('\\t' * 50).expandtabs(N)",
    "list(range(N))", "str(10 ** N)", "10 ** N", "2 ** N", "1 << N", "(1).to_bytes(N, 'big')",
    "int('1' * N)", "'a' * N + 'b'", "['a'] * N", "list(range(N))[::-1]", "range(N)[N - 1]",
    "sum(range(N))", "max(range(N))", "'ab' * N == 'ab' * N", "('a' * N).split('a')",
    "('a' * N).encode()", "bytes(N).decode()", "bytearray(N).hex()", "bytes.fromhex('00' * N)",
    "set(range(N))", "dict.fromkeys(range(N))", "sorted(range(N))", "tuple(range(N))",
    "'x'.join(['a'] * N)", "('a' * N).replace('a', 'bb')", "[i for i in range(N)]",
    "{i: i for i in range(N)}", "{i for i in range(N)}", "'%s' % ('a' * N,)", "repr('a' * N)",
    "import struct; struct.pack('Wx')", "import struct; struct.pack('Ws', b'')",
    "import struct; struct.calcsize('Wi')", "import array; array.array('i', [0]) * N",
    "import random; random.getrandbits(N)", "import os; os.urandom(N)", "import zlib; zlib.compress(bytes(N))",
    "import binascii; binascii.hexlify(bytes(N))", "import re; re.compile('a' * N)",
    "import re; re.findall('', 'a' * N)", "import re; re.compile('(' * N)",
    "import re; re.match('(a*)*b', 'a' * N)", "import re; re.compile('a{W}')",
    "import json; json.dumps([0] * N)", "import json; json.loads('[' * N)",
    "import collections; collections.deque(range(N))", "import itertools; list(itertools.repeat(0, N))",
    "import heapq; heapq.nlargest(3, range(N))", "memoryview(bytes(N))[1:].tobytes()",
    "open('/dev/zero', 'rb').read(N)", "bytearray(b'a') * N", "'a'.encode() * N",
    "exec('x = 1\\n' * N)", "compile('1+' * N + '1', 'f', 'eval')", "eval('[' + '1,' * N + ']')",
    "exec('def f(' + ','.join('a%d' % i for i in range(N)) + '): pass')",
    "exec('f(' + ','.join('a%d=1' % i for i in range(N)) + ')', {'f': lambda **k: 0})",
    "format(1.5, '.Wf')", "f'{1:>{N}}'", "'{:,}'.format(10 ** N)", "'%*d' % (N, 1)",
    "divmod(10 ** N, 7)", "pow(3, N, 10 ** 50)", "float('1' * N)", "format(10 ** 50, ',')",
    "'{:.Wf}'.format(1.5)", "'%.Wf' % 1.5", "round(1.5, N)", "hash('a' * N)", "('a' * N).count('a')",
    "('ab' * N).find('ba' * N)",
    # Big-integer work sized by the arguments, and sources with few but long tokens.
    "import math; math.comb(N, N // 2)", "import math; math.perm(N, N // 3)",
    "import math; math.factorial(N)", "int('7' * N, 16)", "int('9' * N) % 7",
    "eval('1' * N)", "exec('x = 0x' + 'f' * N)", "exec('x = \"' + 'a' * N + '\"')",
    "compile('#' * N + '\\n1', 'f', 'exec')",
]

# Expressions whose cost is the time to walk N items rather than memory: N stays
# where CPython too finishes within the timeout.
LINEAR_EXPRS = {"sum(range(N))", "max(range(N))", "('a' * N).count('a')", "hash('a' * N)",
                "'ab' * N == 'ab' * N", "('ab' * N).find('ba' * N)", "import heapq; heapq.nlargest(3, range(N))",
                "range(N)[N - 1]", "pow(3, N, 10 ** 50)", "round(1.5, N)"}
LINEAR_NS = ["10**3", "10**5", "10**6", "-1", "0", "1", "100000"]

HUGE_NS = ["10**3", "10**5", "10**6", "10**7", "10**8", "10**9", "2**31", "2**32", "2**62", "2**63", "10**18", "-1", "0", "1", "-10**9", "100000"]


def sized(rng, template):
    """A HUGE_EXPRS template with its size filled in (W: the number written out, for
    sizes inside string literals)."""
    n = choice(rng, LINEAR_NS if template in LINEAR_EXPRS else HUGE_NS)
    return template.replace("N", n).replace("W", str(eval(n)))


def prog_huge(rng):
    out = []
    for _ in range(rng.randint(1, 5)):
        e = sized(rng, choice(rng, HUGE_EXPRS))
        out.append(f"try:\n    r = {e}\n    print('ok', type(r).__name__)\nexcept (MemoryError, OverflowError, ValueError, TypeError, RecursionError, RuntimeError, IndexError, SyntaxError, OSError) as e:\n    print(type(e).__name__)\n" if not e.startswith("import") else
                   f"try:\n    {e.split(';')[0]}\n    r = {e.split(';', 1)[1].strip()}\n    print('ok', type(r).__name__)\nexcept Exception as e:\n    print(type(e).__name__)\n")
    if rng.random() < 0.3:
        # Fill the heap, then keep working near its end.
        out.insert(0, "keep = []\ntry:\n    while True: keep.append(bytearray(1000))\nexcept MemoryError:\n    keep = keep[: len(keep) * 3 // 4]\n")
    return "\n".join(out)


def prog_reentrancy(rng):
    kind = rng.randint(0, 6)
    if kind == 0:
        return """l = list(range(50))
def key(v):
    l.append(v); l.pop(0); l.sort() if len(l) % 7 == 0 else None
    return -v
try:
    l.sort(key=key)
except ValueError as e:
    print('ValueError')
print(len(l))
"""
    if kind == 1:
        return """class R:
    def __repr__(self):
        return repr(c)
c = [R(), {1: R()}, (R(),)]
try:
    print(len(repr(c)))
except RecursionError:
    print('RecursionError')
"""
    if kind == 2:
        return """class E:
    def __eq__(self, o):
        return [self] == [o]
    __hash__ = object.__hash__
try:
    print(E() == E())
except RecursionError:
    print('RecursionError')
print(E() in [E()] if False else 'skip')
"""
    if kind == 3:
        return """l = [3, 1, 2]
class C:
    def __lt__(self, o):
        l.clear(); l.extend(range(10))
        return True
l.extend([C(), C(), C()])
try:
    l.sort()
except (ValueError, TypeError) as e:
    print(type(e).__name__)
print(len(l) >= 0)
"""
    if kind == 4:
        return """d = {i: i for i in range(10)}
class It:
    def __iter__(self): return self
    def __next__(self):
        d[len(d) + 100] = 0
        if len(d) > 200: raise StopIteration
        return (len(d), 1)
d.update(It())
for k in list(d)[:5]:
    d.pop(k)
try:
    for k in d:
        d[k + 1000] = 1
except RuntimeError as e:
    print('RuntimeError')
print(len(d))
"""
    if kind == 5:
        return """s = set(range(10))
class H:
    def __hash__(self):
        s.clear(); s.update(range(20))
        return 3
    def __eq__(self, o):
        s.discard(3)
        return True
for op in (lambda: s.add(H()), lambda: H() in s, lambda: s.remove(H()), lambda: s.symmetric_difference_update([H()]), lambda: s.issuperset([H(), H()])):
    try:
        op()
    except (KeyError, RuntimeError):
        pass
print(len(s) >= 0)
"""
    return """import heapq
h = []
class P:
    def __lt__(self, o):
        if len(h) > 1: heapq.heappop(h)
        return True
for i in range(30):
    try:
        heapq.heappush(h, P())
    except (IndexError, RuntimeError):
        pass
print(len(h) >= 0)
"""


def prog_exceptions(rng):
    kind = rng.randint(0, 5)
    if kind == 0:
        return """e = ValueError('x')
f = TypeError('y')
e.__context__ = f
f.__context__ = e
try:
    raise e
except ValueError as err:
    print(type(err.__context__).__name__)
"""
    if kind == 1:
        return """def f():
    try:
        return 1
    finally:
        try:
            raise KeyError
        except KeyError:
            return 2
print(f())
for i in range(3):
    try:
        continue
    finally:
        print(i)
"""
    if kind == 2:
        return """class Bad(Exception):
    def __str__(self): raise ValueError('str')
    def __repr__(self): return 1
try:
    raise Bad()
except Bad as e:
    try:
        print(str(e))
    except ValueError:
        print('ValueError')
"""
    if kind == 3:
        n = choice(rng, [10, 100, 1000, 5000])
        return f"""def f(n):
    try:
        if n: f(n - 1)
        else: raise KeyError(n)
    finally:
        pass
try:
    f({n})
except (KeyError, RecursionError) as e:
    print(type(e).__name__)
"""
    if kind == 4:
        return """class M(type):
    def __instancecheck__(cls, o): raise TypeError('ic')
    def __subclasscheck__(cls, o): return 1/0
class X(metaclass=M): pass
for op in (lambda: isinstance(1, X), lambda: issubclass(int, X)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__)
try:
    try:
        raise ValueError
    except X:
        print('caught')
except Exception as e:
    print(type(e).__name__)
"""
    return """import sys
def g():
    try:
        yield 1
    finally:
        raise RuntimeError('in finally')
x = g()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError:
    print('TypeError')
try:
    raise ValueError from 5
except TypeError:
    print('TypeError')
"""


def prog_garbage(rng):
    alphabet = "abcdefxyz0123456789 \t\n()[]{}:;,.=+-*/%<>!&|^~@'\"\\#$?_" + "\x00\x7f\xe9\u2028\ufeff"
    n = rng.randint(1, 400)
    return "".join(choice(rng, alphabet) for _ in range(n))


# Callables for random API calls: builtins, methods of built-in values, module functions.
API = [
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex",
    "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
    "getattr", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list",
    "map", "max", "memoryview", "min", "next", "oct", "ord", "pow", "print", "range", "repr", "reversed",
    "round", "set", "setattr", "slice", "sorted", "str", "sum", "tuple", "type", "zip", "compile",
    "'abc'.split", "'abc'.rsplit", "'a{}b'.format", "'%s'.__mod__", "'abc'.center", "'abc'.ljust",
    "'abc'.zfill", "'a\\tb'.expandtabs", "'abc'.encode", "'abc'.replace", "'abc'.find", "'abc'.index",
    "'abc'.count", "'abc'.startswith", "'abc'.join", "'abc'.translate", "str.maketrans", "'abc'.strip",
    "'abc'.partition", "'abc'.splitlines", "'abc'.__getitem__", "'abc'.__mul__", "'abc'.format_map",
    "b'abc'.decode", "b'abc'.hex", "bytes.fromhex", "b'abc'.split", "b'a%sb'.__mod__", "b'abc'.find",
    "bytearray(b'abc').extend", "bytearray(b'abc').insert", "bytearray(b'abc').pop", "bytearray(b'abc').__setitem__",
    "[1, 2, 3].__getitem__", "[1, 2, 3].__setitem__", "[1, 2, 3].__delitem__", "[1, 2, 3].insert",
    "[1, 2, 3].pop", "[1, 2, 3].index", "[1, 2, 3].sort", "[1, 2, 3].__mul__", "[3, 1].__imul__",
    "(1, 2).__getitem__", "(1, 2).index", "{1: 2}.pop", "{1: 2}.get", "{1: 2}.update", "dict.fromkeys",
    "{1, 2}.issubset", "{1, 2}.union", "set().update", "range(10).__getitem__", "range(10).index",
    "memoryview(bytearray(8)).__setitem__", "memoryview(b'abcdefgh').cast", "memoryview(b'abc').__getitem__",
    "(255).to_bytes", "int.from_bytes", "(5).__pow__", "(5).__lshift__", "(5).__rshift__", "(2.5).__round__",
    "(1.5).hex", "float.fromhex", "(7).__format__", "(1.5).__format__", "(1+2j).__pow__", "(10).bit_length",
    "math.sqrt", "math.log", "math.pow", "math.ldexp", "math.frexp", "math.factorial", "math.gcd",
    "math.isqrt", "math.comb", "math.perm", "math.fsum", "math.prod", "math.floor", "math.trunc",
    "math.copysign", "math.fmod", "math.atan2", "math.exp", "cmath.sqrt", "cmath.exp",
    "struct.pack", "struct.unpack", "struct.calcsize", "struct.unpack_from", "struct.pack_into",
    "json.dumps", "json.loads", "re.compile", "re.match", "re.sub", "re.split", "re.findall",
    "re.escape", "binascii.hexlify", "binascii.unhexlify", "binascii.a2b_base64", "binascii.b2a_base64",
    "binascii.crc32", "zlib.compress", "zlib.decompress", "hashlib.sha256", "hashlib.md5",
    "time.ticks_add", "time.ticks_diff", "time.gmtime", "time.localtime", "time.mktime",
    "random.getrandbits", "random.randrange", "random.randint", "random.choice",
    "random.seed", "random.uniform", "heapq.heappush", "heapq.heappop", "heapq.heapify",
    "collections.deque", "collections.namedtuple", "collections.OrderedDict", "itertools.islice",
    "itertools.permutations", "itertools.combinations", "itertools.product", "itertools.count",
    "itertools.repeat", "itertools.accumulate", "functools.reduce", "functools.partial",
    "array.array", "io.StringIO", "io.BytesIO", "os.listdir", "os.stat", "os.urandom", "os.getcwd",
    "os.path.join" if False else "os.getenv", "micropython.const", "micropython.opt_level",
    "micropython.schedule", "micropython.kbd_intr", "gc.threshold", "gc.collect", "gc.mem_free",
    "sys.exit" if False else "sys.getrecursionlimit", "select.poll", "machine.Pin", "machine.I2C",
    "machine.SPI", "machine.UART", "machine.ADC", "machine.PWM", "machine.Timer", "machine.RTC",
    "machine.freq", "machine.disable_irq", "machine.enable_irq",
    "asyncio.create_task", "asyncio.Event",
]
ARGS = [
    "0", "1", "-1", "2", "3", "7", "8", "16", "32", "36", "37", "255", "256", "-256", "2**31", "2**32",
    "2**63", "-2**63", "2**64", "10**20", "-10**20", "2**1000", "0.0", "-0.0", "1.5", "1e308", "-1e308",
    "float('inf')", "float('-inf')", "float('nan')", "1e-320", "1j", "'a'", "''", "'abc'", "'\\x00'",
    "'é'", "'%s%d%f'", "'{}'", "'{0}{1}{a}'", "'{:>10000}'", "'<Q'", "'>i'", "'x'", "'@P'", "'10s'",
    "'bhHiIlLqQfdPe?cpsnN'", "'B'", "'[a-'", "'(?P<a>x)(?P=a)'", "'\\\\'", "'\\\\d+'", "'big'", "'little'",
    "'utf-8'", "'ascii'", "'latin-1'", "'strict'", "'ignore'", "'surrogateescape'", "b''", "b'abc'",
    "b'\\xff\\xfe'", "bytearray(b'xy')", "bytearray(10)", "memoryview(b'abcd')", "[]", "[1, 2]",
    "[1, [2, [3]]]", "()", "(1, 2)", "(1, 'a')", "{}", "{1: 2}", "{'a': 1}", "set()", "{1, 2}",
    "frozenset([1])", "range(5)", "range(0, 10**20, 3)", "slice(1, None, -2)", "slice(None)", "None",
    "True", "False", "...", "NotImplemented", "object()", "int", "str", "type", "len", "print",
    "lambda *a, **k: a", "lambda: 1/0", "iter([1, 2])", "(x for x in range(3))", "zip()", "map(int, '12')",
    "Exception('e')", "ValueError", "KeyError(1)", "sys", "math", "x",
]
MODULES = ("math cmath struct json re binascii zlib hashlib time random heapq collections itertools "
           "functools array io os micropython gc sys select machine asyncio").split()


def prog_api_calls(rng):
    out = ["for _m in %r:\n    try:\n        globals()[_m] = __import__(_m)\n    except ImportError:\n        pass" % (MODULES,)]
    out.append("class X:\n    def __index__(self): return 3\n    def __len__(self): return 2\n"
               "    def __iter__(self): return iter([1, 2])\nx = X()")
    for _ in range(rng.randint(5, 40)):
        f = choice(rng, API)
        args = [choice(rng, ARGS) for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4]))]
        if rng.random() < 0.2:
            kw = choice(rng, ["key", "default", "reverse", "sep", "end", "base", "errors", "maxsplit",
                              "start", "signed", "byteorder", "x"])
            args.append("%s=%s" % (kw, choice(rng, ARGS)))
        call = "%s(%s)" % (f, ", ".join(args))
        if rng.random() < 0.3:
            call = ("r = %s\nrepr(r)\nstr(r)\nhash(r) if not isinstance(r, (list, dict, set, bytearray)) else 0\n"
                    "list(r) if hasattr(r, '__iter__') and not isinstance(r, (str, bytes)) else 0" % call)
        out.append("try:\n" + indent(call) + "\nexcept Exception:\n    pass")
    out.append("print('done')")
    return "\n".join(out) + "\n"


def prog_big_source(rng):
    """Write a module of few but long tokens (or none: comments, blank lines), of up
    to a few MB, in small pieces, then import it (and exec a smaller one)."""
    prefix, unit, suffix = choice(rng, [
        ("", "#", "\n"), ("x = ", "9", "\n"), ("x = 0x", "f", "\n"), ("x = '", "a", "'\n"),
        ("x = [", "1,", "]\n"), ("", "pass\n", ""), ("", "\n", "x = 1\n"), ("x = (", "(", ""),
        ("s = '''", "\\n", "'''\n"), ("", "\t", "x\n"),
    ])
    n = choice(rng, ["10**3", "10**4", "10**5", "10**6", "3 * 10**6"])
    return f"""n = {n}
with open('big_mod.py', 'w') as f:
    f.write({prefix!r})
    chunk = {unit!r} * 1000
    for i in range(n // 1000):
        f.write(chunk)
    f.write({suffix!r})
for how in ('import', 'exec'):
    try:
        if how == 'import':
            import big_mod
        else:
            exec({prefix!r} + {unit!r} * (n // 10) + {suffix!r})
        print(how, 'ok')
    except (MemoryError, SyntaxError, RecursionError, ValueError) as e:
        print(how, type(e).__name__)
"""


GENERATORS = [
    (prog_big_source, 2),
    (prog_api_calls, 6),
    (prog_special_methods, 6),
    (prog_issue_dict_mutation, 4),
    (prog_deep_syntax, 3),
    (prog_deep_data, 3),
    (prog_chains, 2),
    (prog_generators, 2),
    (prog_huge, 5),
    (prog_reentrancy, 3),
    (prog_exceptions, 2),
    (prog_garbage, 1),
]


def generated(rng):
    total = sum(w for _, w in GENERATORS)
    r = rng.uniform(0, total)
    for f, w in GENERATORS:
        r -= w
        if r <= 0:
            return f.__name__, f(rng)
    return GENERATORS[0][0].__name__, GENERATORS[0][0](rng)


# ---------------------------------------------------------------------------------
# Corpus mutation

INT_RE = re.compile(r"(?<![\w.])\d+(?![\w.])")
STR_RE = re.compile(r"'[^'\\\n]*'|\"[^\"\\\n]*\"")
OPS = ["+", "-", "*", "//", "%", "**", "<<", "&", "|", "^", "==", "<", "is", "in", "and", "or"]


def mutate(rng, text, corpus_texts):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        n = len(lines)
        if n == 0:
            lines = [""]
            n = 1
        i = rng.randrange(n)
        if r < 0.12:  # delete a range
            del lines[i:i + rng.randint(1, 5)]
        elif r < 0.22:  # duplicate a line/block
            k = rng.randint(1, 6)
            lines[i:i] = lines[i:i + k] * rng.randint(1, 3)
        elif r < 0.30:  # swap
            j = rng.randrange(n)
            lines[i], lines[j] = lines[j], lines[i]
        elif r < 0.42:  # splice from another program
            other = choice(rng, corpus_texts).split("\n")
            a = rng.randrange(len(other))
            lines[i:i] = other[a:a + rng.randint(1, 15)]
        elif r < 0.56:  # an extreme integer
            line = lines[i]
            m = list(INT_RE.finditer(line))
            if m:
                t = choice(rng, m)
                lines[i] = line[:t.start()] + "(" + choice(rng, HUGE_INTS) + ")" + line[t.end():]
        elif r < 0.62:  # an extreme string
            line = lines[i]
            m = list(STR_RE.finditer(line))
            if m:
                t = choice(rng, m)
                rep = choice(rng, ["''", "'\\x00'", "'\\u2028'", "'é' * 1000", "'a' * 10**6", "'\\U0010ffff'", "'%s%d{}{0}'", "'\\\\'"])
                lines[i] = line[:t.start()] + "(" + rep + ")" + line[t.end():]
        elif r < 0.76:  # a hostile snippet at this indentation
            line = lines[i]
            pad = line[: len(line) - len(line.lstrip())]
            snippet = choice(rng, [
                lambda: tried(choice(rng, OPERATIONS)),
                lambda: tried(sized(rng, choice(rng, HUGE_EXPRS))),
                lambda: hostile_class(rng, "HX") + "x = y = HX()\nd, s, l = {}, set(), []\n" + tried(choice(rng, OPERATIONS)),
                lambda: tried("r = " + nest(rng, choice(rng, DEPTHS[:10]))),
            ])()
            lines[i:i] = [pad + s for s in snippet.split("\n")]
        elif r < 0.84:  # an operator
            line = lines[i]
            present = [op for op in OPS if f" {op} " in line]
            if present:
                lines[i] = line.replace(f" {choice(rng, present)} ", f" {choice(rng, OPS)} ", 1)
        elif r < 0.92:  # characters
            line = lines[i]
            p = rng.randint(0, len(line))
            if rng.random() < 0.5 and line:
                lines[i] = line[:p] + line[p + rng.randint(1, 4):]
            else:
                lines[i] = line[:p] + choice(rng, list("()[]{}:,.'\"\\#*=") + ["\t", " ", "\x00", "\xff"]) + line[p:]
        else:  # indentation
            line = lines[i]
            lines[i] = (" " * rng.choice([0, 1, 2, 4, 8, 100])) + line.lstrip()
    return "\n".join(lines) + "\n"
