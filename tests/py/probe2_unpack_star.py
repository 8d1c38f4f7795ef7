# star unpacking in assignments, literals and calls
a, *b, c = range(6)
print(a, b, c)
*a, b = "xy"
print(a, b)
a, *b = [1]
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *_, last = "hello"
print(first, last)
print([*range(3), *"ab", *(), *{"k": 1}])
print((*[1, 2], 3), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1], 2, *(3, 4), k=1, **{"j": 2}))
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
d = {}
d["x"], d["y"] = 1, 2
l = [0, 0]
l[0], l[1] = l[1] + 1, l[0] + 2
print(d, l)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
x = y = z = [0]
print(x is z)
[p, q] = (5, 6)
print(p, q)
