# list methods
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.index(5, 3), a.count(1))
b = a.copy()
b.clear()
print(b, len(a))
c = [1, 2, 3, 4]
c.reverse()
print(c)
for bad in [lambda: [].pop(), lambda: [1].pop(5)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError")
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError", e)
print([1, 2, 1, 1].count(1), [[1], [1]].count([1]), [].count(0))
d = [0] * 3
d[1] = "x"
print(d, [[]] * 2, list(), list("xyz"), list((1, 2)), list({"k": 1}), list(range(3)))
