# list.sort / sorted through the native key paths (ints, reals, strs) and the
# general comparison path: stability with key and reverse, mixed int/float, NaN,
# str subclasses, tuples, errors raised by keys and comparisons, mutation during sort.
import math

data = [(i * 7919) % 101 for i in range(300)]
print(sorted(data)[:10], sorted(data, reverse=True)[:10])
# Stability with a key and with reverse: equal keys keep their original order.
pairs = [(x % 5, i) for i, x in enumerate(data[:40])]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime", "b", "cc", "a"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words), sorted(words, reverse=True))
# Mixed int / float, big ints, bools.
mixed = [3, 2.5, -1, 2**70, -2**70, 1e30, -0.0, 0, 0.0, True, 2**53 + 1, 2.0**53, 7.25, -3.5]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
print(sorted([2**63, 9.3e18, 2**63 - 1, 9.2e18, -2**63, -9.3e18]))
print(sorted([1, 1.0, True, 1.5, 0.5]))
# -0.0 and 0.0 compare equal, so their order is kept.
print(sorted([0.0, -0.0, 0, -0.0]), sorted([-0.0, 0.0, 0]))
# NaN disables the native path; the result is still a permutation.
r = sorted([3.0, float("nan"), 1.0, 2.0])
print(len(r), sum(1 for x in r if math.isnan(x)))
# Non-ASCII strings sort by code point.
print(sorted(["é", "z", "a", "É", "ü", "Z", "", "ab", "a\u0300"]))

class S(str):
    def __lt__(self, other):
        return len(self) < len(other)

print(sorted([S("ccc"), S("a"), S("bb")]))
print(sorted([S("ccc"), "a", S("bb"), "zz"], key=len))
# Tuples: element-wise, shorter first on a common prefix.
tups = [(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (), (0.5, "q"), (1, "a")]
print(sorted(tups), sorted(tups, reverse=True))
print(sorted([(x % 7, -x) for x in range(20)]))
print(sorted([[2, 1], [1, 5], [1], [2]]))
# Errors from keys and comparisons leave the list as it was.
lst = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise KeyError("boom")
    return x
try:
    lst.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, lst)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1.5, "a"])
except TypeError as e:
    print("TypeError", e)

class Ev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise ValueError("no compare")
        return self.v < other.v
    def __repr__(self):
        return "Ev(%d)" % self.v

evs = [Ev(i % 3) for i in range(10)]
print(sorted(evs))
bad = [Ev(1), Ev(99), Ev(0)]
try:
    bad.sort()
except ValueError as e:
    print("ValueError", e, bad)
# Mutating the list during the sort is detected.
victim = [5, 4, 3, 2, 1]
def grow(x):
    victim.append(x)
    return x
try:
    victim.sort(key=grow)
except ValueError as e:
    print("ValueError", e)
victim2 = [Ev(2), Ev(1), Ev(0)]
class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim3.append(0)
        return self.v < other.v
victim3 = [Mut(2), Mut(1)]
try:
    victim3.sort()
except ValueError as e:
    print("ValueError", e)
print(sorted([]), sorted([1]), sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
big = list(range(1000, 0, -1)) + list(range(500))
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), sorted(big, key=lambda x: -x)[:5])
print(sorted(range(20), key=lambda x: (x % 3, -x)))
# Tuple keys sorted natively: mixed int/float positions, strs, unequal lengths,
# -0.0 vs 0 ties (stable), and the fallbacks (mixed kinds in a column, wide tuples,
# bools, NaN, nested tuples).
rows = [(i % 3, (i * 37) % 5 * 0.5, "k%d" % (i % 4)) for i in range(30)]
print(sorted(rows))
print(sorted(rows, reverse=True)[:6])
print(sorted([(1, 2.0), (1,), (1, 2), (0.5, 9), (1, -0.0), (1, 0), (), (1, 2, "a"), (1, 1.5)]))
print(sorted([(2, "b"), (2, "a"), ("x", 1)], key=lambda t: (str(t[0]), t[1])))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, "a"), (2, 2)]))
print(sorted([(1, 2, 3, 4, 5), (1, 2, 3, 4, 4), (0,)]))
print(sorted([(True, 1), (0, 2), (1, 0)]))
print(len(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)])))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0,), 5)]))
print(sorted(range(30), key=lambda x: (x % 4, -x)))
print(sorted(["b", "a", "c"], key=lambda s: (len(s), s)))
