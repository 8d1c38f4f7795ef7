l = list(range(6))
l[2:4] = ["a", "b", "c"]
print(l)
l[1:1] = [9]
print(l)
l[-2:] = []
print(l)
l[:0] = (7, 8)
print(l)
l[::-1] = list(range(len(l)))
print(l)
l[len(l):] = [100]
print(l)
l[10:20] = ["end"]
print(l)
l[-100:1] = ["start"]
print(l)
l[1::3] = "xyz"[:len(l[1::3])]
print(l)
try:
    l[1:2] = 5
except TypeError as e:
    print("TypeError", e)
m = [1, 2, 3]
m[:] = m
print(m)
m[1:] = m
print(m)
n = [0, 1, 2, 3, 4]
n[3:1] = ["q"]
print(n)
del n[::2]
print(n)
n[:] = (x for x in range(3))
print(n)
o = [1, 2, 3, 4, 5]
o[1:4:2] = [20, 40]
print(o)
o[::-2] = "abc"
print(o)
