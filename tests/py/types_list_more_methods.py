# list methods with edge arguments
a = [5, 3, 5, 1, 5]
print(a.index(5), a.index(5, 1), a.index(5, -1), a.index(1, 0, 4))
try:
    a.index(5, 1, 2)
except ValueError:
    print("ValueError")
a.remove(5)
print(a)
print(a.pop(-1), a.pop(1), a)
b = []
b.extend(x * 2 for x in range(3))
b.extend({"k": 1})
b.extend(b"ab")
print(b)
c = [1, 2, 3]
c.extend(c)
print(c)
c.insert(2, c[:1])
print(c)
d = [3, 1, 2]
e = d
d += [0]
print(e)
d = d + [9]
print(e, d)
print([].copy(), [1, [2]].copy(), list.copy([5]))
x = [1, 2, 3, 4, 5, 6]
x.reverse()
x.sort(key=lambda v: v % 3)
print(x)
try:
    [].remove(1)
except ValueError:
    print("ValueError")
try:
    [].insert()
except TypeError:
    print("TypeError")
