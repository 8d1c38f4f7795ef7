# repr and str of builtin objects
vals = [1, -2, 1.5, "s", 'q"', "it's", b"b", None, True, [1, "a"], (1,), (), {"a": [1]}, set(), frozenset(), {1}, range(3), range(1, 5, 2), slice(1, 2), 1j, bytearray(b"x"), Ellipsis, NotImplemented, [[], [[]]]]
for v in vals:
    print(repr(v), str(v))
print(repr(int), repr(str), repr(list), repr(type), repr(object), str(dict))
print(repr(ValueError("msg")), str(ValueError("msg")), repr(KeyError("k")), str(KeyError("k")))
print(repr(ValueError()), str(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)))
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
class C:
    def __repr__(self):
        return "C-repr"
print(repr(A()), str(A()), str(B()), str(C()), [A(), C()], f"{A()!r}")
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError:
    print("TypeError")
