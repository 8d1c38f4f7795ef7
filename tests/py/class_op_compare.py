# comparison operators, __eq__/__hash__, total ordering by hand
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return isinstance(o, Ver) and self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __hash__(self):
        return hash(self.p)
    def __repr__(self):
        return "Ver" + repr(self.p)
a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a is c)
print(sorted([b, a, Ver(0, 9)]), max(a, b), min(a, b))
print(len({a, b, c}), {a: "x"}[c])
print(a == 5, a != "x")
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() == 1, OnlyEq() != 1, 1 == OnlyEq())
try:
    OnlyEq() < OnlyEq()
except TypeError:
    print("TypeError")
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Rev.__gt__ called")
        return self.v > o
print(5 < Rev(10))
class NI:
    def __eq__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != 3)
x = NI()
print(x == x)
class Cmp:
    def __lt__(self, o):
        return "truthy"
print(Cmp() < Cmp(), bool(Cmp() < 1))
print([Ver(1)] == [Ver(1)], (Ver(2),) < (Ver(3),))
