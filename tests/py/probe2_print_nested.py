# print of nested structures with floats and quoted strings
print([1.0, 2.5, -0.0, 1e20, 1e-5, float("inf")])
print({"a": [1.5, "it's"], 'b"q': ("x", 'y"z', "w'v\"u")})
print(("single",), (), ((),), [[]], {(): {}}, {1: {2: {3: "deep"}}})
print(["tab\t", "nl\n", "back\\", "bell\x07", "uni\u00e9", "\x7f", "\u200b"])
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), str(["\\"]))
print([None, True, False, ..., NotImplemented])
print({1, 2.0} == {1.0, 2}, [1, 2.0, 3j], (1.5+0j,), complex(0, -1.0))
print([b"bytes'", bytearray(b'x"y'), b"\x00\n"])
print(set(), frozenset(), frozenset([1]), [set([1])], {"k": set()})
print([range(3), range(1, 10, 2), slice(1, None, 2)])
class R:
    def __repr__(self):
        return "R<'q'>"
    def __str__(self):
        return "str-R"
print(R(), [R()], (R(),), {"r": R()}, str(R()), repr([R()]))
print("%s %r" % (R(), R()), f"{R()} {R()!r} {[R()]}")
print(1, "a", [2], sep="|", end="<\n")
print(*[1.25, "x", (2,)], sep=", ")
