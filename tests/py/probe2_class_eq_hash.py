# __eq__ / __hash__ interplay in sets and dicts
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v % 10 == other.v % 10
    def __hash__(self):
        return self.v % 10

s = set()
s.add(K(1))
s.add(K(11))
print(len(s))
d = {K(2): "two"}
print(d[K(12)])
print(K(3) in {K(4)})

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)

class Sub(K):
    pass
print(hash(Sub(25)))

class H:
    def __hash__(self):
        return 7
a, b = H(), H()
print(len({a, b}), hash(a))

class BigH:
    def __hash__(self):
        return 2**70
print(type(hash(BigH())).__name__)
class BadH:
    def __hash__(self):
        return "x"
try:
    hash(BadH())
except TypeError:
    print("TypeError bad hash")

class EqOnly(K):
    def __eq__(self, o):
        return False
try:
    hash(EqOnly(1))
except TypeError:
    print("unhashable subclass")
print(1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b", True: "c"})
