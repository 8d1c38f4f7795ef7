# set operations
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {9}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7}), {1, 2} == {2, 1}, {1} != {1, 2})
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (7,))
print(sorted(s), len(s))
s.discard(100)
s.remove(7)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
p = {5}.pop()
print(p)
try:
    set().pop()
except KeyError as e:
    print("KeyError")
c = a.copy()
c.clear()
print(c, len(a), set(), type(set()).__name__)
x = {1, 2, 3}
x |= {4}
x &= {1, 2, 4, 5}
x -= {1}
x ^= {2, 9}
print(sorted(x))
y = {1, 2, 3}
y.intersection_update([2, 3, 4])
y.difference_update({3})
y.symmetric_difference_update({2, 5})
print(sorted(y))
print(sorted(set("hello")), sorted({i % 4 for i in range(20)}), 3 in a, 9 not in a)
try:
    {[1]}
except TypeError:
    print("TypeError")
try:
    a + b
except TypeError:
    print("TypeError")
print(sorted({1, 1.0, True, 2}), {0} == {False}, len({(1, 2), (1, 2)}))
