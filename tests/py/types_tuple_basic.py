# tuples
t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(t + (3,), (0,) * 3, t.count(1), t.index("a"))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
a, b, c = t
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError")
try:
    (1, 2).index(3)
except ValueError:
    print("ValueError")
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
m = ([1],)
m[0].append(2)
print(m)
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "pt"}[(1, 2)])
try:
    hash(([1],))
except TypeError:
    print("TypeError unhashable")
x = 1, 2
print(x, repr((1,)), str(("a", "b")))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max((3, 1), (2, 9)), 2 in (1, 2), tuple(t) is t)
