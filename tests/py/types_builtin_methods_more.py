# set/frozenset methods, dict views, numeric dunders, float.fromhex, str.translate
s = frozenset([1, 2])
print(sorted(s.union([3])), type(s.union()).__name__, s.copy() is s, set([1]).copy())
print({1, 2} <= frozenset([1, 2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset(range(2)))
a = {1, 2, 3}; a.intersection_update([2, 3, 4], [3]); print(a)
a = {1, 2, 3}; a.difference_update([2]); a.symmetric_difference_update([3, 7]); print(sorted(a))
print({1, 2}.isdisjoint([3]), {1, 2}.intersection({2}, [2, 9]), {1}.union(), set.union({1}, {2}))
try:
    frozenset().add(1)
except AttributeError:
    print("AttributeError")
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.keys().isdisjoint(["z"]))
print(list(reversed(d)), list(reversed(d.items())), dict([(1, 2)], x=3))
print((7).__add__(3), (7).__rsub__(10), (7).__mul__(1.5), (2.5).__mul__(2), (5).numerator, (5).denominator)
print((255).bit_count(), (6).as_integer_ratio(), True & True, True ^ True, type(False | False).__name__)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex(" inf "), (0.1).hex())
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError", e)
t = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t), "Straße".casefold(), "ab".__mul__(2), str.__add__("a", "b"))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
print("%(a)s %%" % {"a": 1}, format(3.5, "08.2f"), format("x", "^5"), tuple((1, 2)))
try:
    "abc"[10 ** 30]
except IndexError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print("abc".find("", 4), "abc".count("", 4), slice(1, 2) == slice(1, 2))
