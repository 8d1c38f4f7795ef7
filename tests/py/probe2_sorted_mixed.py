# sorted on mixed types, key functions, stability
for data in [[3, "a", 1], [1, None], [(1, 2), (1, "x")], [{1}, {2}, {1, 2}]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1.5, True, 2]), sorted([2, 1.0, 1]), sorted([(1, "b"), (1, "a"), (0, "z")]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
w2 = list(words)
w2.sort(key=str.lower)
print(w2)
w2.sort(key=len, reverse=True)
print(w2)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted(x * x for x in range(-3, 3)))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
try:
    [1, 2].sort(lambda x: x)
except TypeError:
    print("TypeError positional key")
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError in key")
print(max(["a", "B", "c"], key=str.upper), min([], default="empty"))
try:
    max([1, "a"])
except TypeError:
    print("TypeError max")
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
