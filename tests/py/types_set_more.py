# set methods with various iterables, comparisons
s = set([3, 1, 2])
print(sorted(s.union("ab") - {"a"}, key=str), sorted(s.intersection(range(2, 10))))
print(s == {1, 2, 3}, s == frozenset({1, 2, 3}), s != {1}, s < {1, 2, 3, 4}, s > {1})
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 2})
print(sorted({x for x in range(10)} - set(range(0, 10, 3))))
s2 = set()
for v in [5, 3, 5, 1, 3]:
    s2.add(v)
print(sorted(s2), len(s2))
print(sorted(set([(1, 2), (1, 2), (2, 1)])))
s3 = {1, 2, 3}
s3.update()
s3.discard(2)
print(sorted(s3), 2 in s3)
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big))
print(set("abc") == set("cba"), sorted(set("banana")))
try:
    s3 < [1]
except TypeError:
    print("TypeError")
e = set()
print(e.union(), e.issubset(set()), e.issuperset(set()), not e)
it = {10, 20, 30}
out = []
while it:
    out.append(it.pop())
print(sorted(out))
