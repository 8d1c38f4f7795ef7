# dict with various key types and custom __hash__/__eq__
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d = {K(1): "one", K(11): "eleven"}
print(d[K(1)], d[K(11)], len(d), K(21) in d)
d[K(1)] = "uno"
print(len(d), d[K(1)])
print({1: "int", 1.0: "float"}, {0: "z", False: "f"})
t = {(1, (2, 3)): "nested", frozenset([1, 2]): "fs"}
print(t[(1, (2, 3))], t[frozenset([2, 1])])
try:
    {{}: 1}
except TypeError:
    print("TypeError")
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError:
    print("TypeError unhashable")
class Ident:
    pass
a, b = Ident(), Ident()
m = {a: 1, b: 2}
print(m[a], m[b], len(m))
big = {}
for i in range(1000):
    big[i * 7] = i
print(len(big), big[6993], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i * 7]
print(len(big), list(big)[:5])
