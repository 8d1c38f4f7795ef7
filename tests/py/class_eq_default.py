# default equality and hashing for user classes
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
s = {a, b, a}
print(len(s))
d = {a: 1}
print(d[a], b in d)
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2), WithEq.__hash__ is None)
class EqHash(WithEq):
    def __hash__(self):
        return self.v
print(len({EqHash(1), EqHash(1), EqHash(2)}))
class NeOnly:
    def __ne__(self, o):
        return "ne-called"
print(NeOnly() != 1, NeOnly() == NeOnly())
