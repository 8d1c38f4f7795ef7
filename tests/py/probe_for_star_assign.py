for a, *b in [(1, 2, 3), (4,), "xyz"]:
    print(a, b)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x, y, z)
for i, (a, *rest) in enumerate([[1, 2], [3]]):
    print(i, a, rest)
d = {}
for d['k'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "ab":
    pass
print(o.attr)
l = [0, 0, 0]
for l[1] in [5, 6]:
    pass
print(l)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b, c in [(1, 2)]:
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, *b, c in [(1,)]:
        pass
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError", e)
