# slice assignment and deletion
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDE"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b = list(range(10))
del b[1::3]
print(b)
del b[::-2]
print(b)
b[:] = (7, 8)
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = list(range(6))
d[::-1] = range(6)
print(d)
e = [0] * 5
e[1:4] = iter([9, 9])
print(e)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
f = [1, 2, 3, 4]
f[-2:] = []
print(f)
f[5:10] = [5]
print(f)
