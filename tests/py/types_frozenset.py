# frozenset
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, f == frozenset([1, 2, 3]), hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(frozenset(), sorted(frozenset("aba")), f.issubset({1, 2, 3, 4}), f.isdisjoint([7]))
print(sorted(f.union([10])), sorted(f.copy()), f.copy() == f)
