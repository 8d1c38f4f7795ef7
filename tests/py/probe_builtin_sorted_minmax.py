data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max([], default=0), min((), key=len, default="d"))
print(max(3, 3.0), max(3.0, 3), min([1, True]), max([0, False]), sorted([True, 0, 0.5]))
print(max("apple", "banana", key=len), min({3: 'a', 1: 'b'}), max(range(5), key=lambda v: v % 3))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError")
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
l = [5, 3, 1]
print(sorted(l), l, sorted(l) is l, sorted("hello"), sorted(set([3, 2])), sorted({}.keys()))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(2), K(1), K(3)]), max([K(2), K(5)]), min(K(4), K(3)))
