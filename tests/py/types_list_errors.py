# list error paths
a = [1, 2, 3]
for op in [lambda: a[3], lambda: a[-4], lambda: a.pop(3), lambda: [].pop(), lambda: a.__setitem__(5, 0)]:
    try:
        op()
    except IndexError as e:
        print("IndexError", e)
for op in [lambda: a["0"], lambda: a[1.0], lambda: a + "s", lambda: a * 1.5, lambda: a.sort(key=1), lambda: list(1)]:
    try:
        op()
    except TypeError:
        print("TypeError")
for op in [lambda: a.index(9), lambda: a.remove(9)]:
    try:
        op()
    except ValueError:
        print("ValueError")
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
print(a)
