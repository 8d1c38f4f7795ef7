# Subclasses of built-in types calling the base type's dunders explicitly.
class S(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    __hash__ = str.__hash__
    def __add__(self, o):
        return S(str.__add__(self, o))
    def __lt__(self, o):
        return str.__lt__(self, o)
s = S("abc")
print(s == "abc", s == "x", s != "abc", s + "d", type(s + "d").__name__, s < "b")
print(sorted([S("b"), S("a")]), {s: 1}["abc"])

class L(list):
    def __eq__(self, o):
        return list.__eq__(self, o)
    def __ne__(self, o):
        return list.__ne__(self, o)
l = L([1, 2])
print(l == [1, 2], l == [3], l != [1, 2], l != [3], list.__eq__(l, (1, 2)))

class D(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10
    def __missing__(self, k):
        return 0
d = D(a=1)
print(d["a"], d["zz"])

class I(int):
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"
    def __eq__(self, o):
        return int.__eq__(self, o)
    __hash__ = int.__hash__
i = I(5)
print(repr(i), str(i), i == 5, i == 6)

class P:
    def __repr__(self):
        return "P<" + super().__repr__()[:10] + ">"
    def __str__(self):
        return "S:" + super().__str__()
print(repr(P()), str(P()))

class E(Exception):
    def __repr__(self):
        return "E!" + super().__repr__()
    def __str__(self):
        return "str:" + super().__str__()
e = E(1, 2)
print(repr(e), str(e))

class SS(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"
    def __repr__(self):
        return "R"
print(str(SS("q")), repr(SS("q")))
