# Special methods of built-in types, iterator and generator methods, memoryview,
# slice and object() refuse extra positional arguments and keywords, as in CPython.

def check(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except TypeError as e:
        print(src, "-> TypeError", str(e).strip())


def gen():
    yield 1


for src in [
    # slot wrappers: no arguments, one, two
    "'a'.__len__()", "'a'.__len__(1)", "'a'.__len__(x=1)", "[1].__len__(1)",
    "(5).__add__(1)", "(5).__add__(1, 2)", "(5).__add__(1, x=2)", "'a'.__add__('b', 'c')",
    "'ab'.__contains__('a', 1)", "(1, 2).__getitem__(0, 1)", "'a'.__eq__('a', 1)",
    "(5).__neg__(1)", "(5).__bool__(1)", "(5).__index__(1)", "(1.5).__int__(1)",
    "(5).__hash__(1)", "'a'.__repr__(1)", "'a'.__str__(1)", "[].__iter__(1)",
    "iter([1]).__next__(1)", "iter('a').__next__(x=1)", "{1: 2}.keys().__len__(1)",
    "[1].__setitem__(0, 2, 3)", "[1].__delitem__(0, 1)", "(5).__pow__(2, 3, 4)",
    # methods of the type: their own wording
    "{}.__contains__(1, 2)", "[].__getitem__(1, 2)", "'a'.__format__('', 1)",
    "(5).__format__('', 1)",
    "str.__init_subclass__(1)", "int.__init_subclass__(x=1)",
    # generators
    "gen().close(1)", "gen().send(None, 1)", "gen().throw(ValueError, None, None, 1)",
    "gen().__next__(1)",
    # memoryview, slice, property
    "memoryview(b'ab').tolist(1)", "memoryview(b'ab').release(1)",
    "memoryview(b'ab').tobytes()", "memoryview(b'ab').tobytes(order=None)",
    "memoryview(b'ab').tobytes(x=1)", "memoryview(b'ab', 1)",
    "memoryview(object=b'ab').tolist()", "slice(1, 5).indices(10)",
    "slice(1, 5).indices(10, 1)", "property().getter(None, 1)",
    # bytes and bytearray take their source by keyword too
    "bytearray(source=b'x')", "bytearray(x=1)", "bytes(source=b'x')", "bytes(x=1)",
    "bytearray(1, 2, 3, 4)", "bytes('a', errors='strict', encoding='ascii')",
]:
    check(src)

# object(): arguments only when the class has its own __init__ or __new__.
class Plain:
    pass

class WithInit:
    def __init__(self, a):
        self.a = a

class WithNew:
    def __new__(cls, a):
        return object.__new__(cls)

for label, f in [
    ("object(1)", lambda: object(1)),
    ("object(x=1)", lambda: object(x=1)),
    ("Plain(1)", lambda: Plain(1)),
    ("Plain(x=1)", lambda: Plain(x=1)),
    ("WithInit(1)", lambda: WithInit(1).a),
    ("WithInit(a=2)", lambda: WithInit(a=2).a),
    ("WithNew(1)", lambda: type(WithNew(1)).__name__),
    ("WithNew(a=1)", lambda: type(WithNew(a=1)).__name__),
    ("object.__new__(WithInit, 1)", lambda: type(object.__new__(WithInit, 1)).__name__),
    ("object.__new__(WithNew, 1)", lambda: object.__new__(WithNew, 1)),
    ("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1)),
    ("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1)),
    ("object().__init__(1)", lambda: object().__init__(1)),
    ("object().__init__()", lambda: object().__init__()),
    ("WithInit(1).__init__(2)", lambda: WithInit(1).__init__(2)),
    ("object.__init__(WithInit(1), 2)", lambda: object.__init__(WithInit(1), 2)),
    ("object.__init__(WithNew(1), 2)", lambda: object.__init__(WithNew(1), 2)),
]:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError", e)

# super().__init__() with no arguments still works everywhere.
class Base:
    def __init__(self):
        super().__init__()
        self.ok = True

print(Base().ok)
