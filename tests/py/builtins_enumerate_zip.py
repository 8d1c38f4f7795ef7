# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-2)))
e = enumerate([10, 20])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
a, b = zip(*[(1, "a"), (2, "b")])
print(a, b)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError:
    print("ValueError strict")
print(dict(zip("abc", range(3))))
for i, (x, y) in enumerate(zip("pq", "rs")):
    print(i, x, y)
print(type(enumerate([])).__name__, type(zip()).__name__)
