# sorted builtin
print(sorted([3, 1, 2]), sorted("cab"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted({5, 2, 8}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["a", "B", "c"]), sorted(["a", "B", "c"], key=str.upper))
orig = [2, 1]
new = sorted(orig)
print(orig, new, new is orig)
print(sorted([(1, 2), (1, 1), (0, 5)]), sorted([[2], [1, 5], [1]]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(sorted([-3, 2, -1, 0], key=abs), sorted(iter([4, 2, 3])))
try:
    sorted([1, 2], lambda x: x)
except TypeError:
    print("TypeError positional key")
try:
    sorted([None, 1])
except TypeError:
    print("TypeError")
