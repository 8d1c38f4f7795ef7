data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0]), reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)), max(words, key=lambda w: (len(w), w)))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "R%d" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
l = list(range(20, 0, -3)); l.sort(key=lambda v: v % 5); print(l)
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
