# exception args, str, repr
for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), ValueError("v"), TypeError(None)]:
    print(repr(e), "|", str(e), "|", e.args)
k = KeyError("key")
print(repr(k), str(k), k.args)
k2 = KeyError("a", "b")
print(str(k2), repr(k2))
print(str(KeyError()), repr(KeyError(1)), str(KeyError(1)))
try:
    {}[("t", 1)]
except KeyError as e:
    print(e, e.args)
e = ValueError("x")
e.args = ("changed", 2)
print(e, e.args)
e2 = Exception("m")
e2.custom = "attr"
print(e2.custom)
print(str(IndexError("list index out of range")))
class E(Exception):
    pass
print(repr(E("q")), str(E("q", 2)))
print(BaseException("b").args, repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
