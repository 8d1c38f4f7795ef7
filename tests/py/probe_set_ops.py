s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, {x % 3 for x in range(10)})
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a >= {1}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), sorted(a.intersection("x", [1, 2])), sorted(a.difference([1])), sorted(a.symmetric_difference([1, 9])))
s = set(); s.add(1); s.add(1); s.update([2, 3], "a"); print(sorted(s, key=str))
s.discard(99); s.remove(1)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(len(s), s.pop() in {2, 3, 'a'}, set() == set(), set(), frozenset())
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
d = {fs: 'v'}
print(d[frozenset({2, 1})], hash(fs) == hash(frozenset([2, 1])), fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError")
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print({1, 2} == {2, 1}, {1} == {1.0}, {frozenset()} , {(1, 2), (1, 2)})
s = {1, 2, 3}
s -= {1}; s |= {5}; s ^= {2, 6}; s &= {3, 5, 6, 7}; print(sorted(s))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
print(set("aab") == {"a", "b"}, sorted(set([3, 3, 1])), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)))
c = {1, 2}.copy(); c.clear(); print(c)
print(set([1]) == frozenset([1]), {1} | frozenset([2]) == {1, 2})
