# tuple/list unpacking and star targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = "abcdef"
print(first, mid, end)
p, *q = [1]
print(p, q)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
m = n = o = 7
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError")
try:
    a, b = 5
except TypeError as e:
    print("TypeError")
d = {}
d["k"], d["j"] = 1, 2
print(sorted(d.items()))
