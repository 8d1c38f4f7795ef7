# hash consistency rules (safe values only)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1) == hash(-1.0), hash(2 ** 40) == hash(float(2 ** 40)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s))
print(type(hash(5)).__name__, type(hash("s")).__name__)
class Same:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({Same(1), Same(1), Same(2)}), Same(3) in {Same(3)})
