# max and min
print(max(1, 5, 3), min(1, 5, 3), max([4, 9, 2]), min("hello"), max("ab", "b", "abc"))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max(-3, 2, key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "x", 1: "y"}))
print(max([1, 3, 3, 2], key=lambda v: v // 3 if False else 0))
print(max(["x", "X", "y"], key=str.lower), min(["B", "a", "b"], key=str.lower))
print(max(1, 2.5), min(True, 0.5), max(range(4)), max(iter([7, 8])))
try:
    max([])
except ValueError as e:
    print("ValueError")
try:
    min()
except TypeError:
    print("TypeError")
try:
    max(1, "a")
except TypeError:
    print("TypeError")
try:
    max(1, 2, default=0)
except TypeError:
    print("TypeError")
