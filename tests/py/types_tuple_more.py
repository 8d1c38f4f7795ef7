# tuple edge cases
t = tuple(range(10))
print(t[::3], t[-1:-4:-1], t[100:], len(t[3:3]))
print(t.index(5), t.index(5, 2, 9), t.count(11))
print((1, 2) + (), () + (), (1,) * 0, (0,) * 3)
print(tuple(x for x in "abc"), tuple({1: 2}), tuple([[]]))
a = (1, [2, 3])
a[1].append(4)
print(a)
try:
    a += ([5],)
    print(a)
except TypeError:
    print("TypeError")
print((1, 2, 3) > (1, 2), (1, "a") < (1, "b"), (2,) == (2.0,))
try:
    (1, "a") < ("a", 1)
except TypeError:
    print("TypeError")
x, = (5,)
print(x)
(y) = (6)
print(y)
print(sorted([(1, "b"), (1, "a"), (0, "c")], reverse=True))
print(hash((1, 2.0)) == hash((1, 2)), {(1, 2): 0}.get((1.0, 2)))
