# list slicing and slice copies
a = list(range(10))
b = a[:]
b[0] = 99
print(a[0], b[0])
print(a[-3:-1], a[-1:-3], a[-1:-3:-1], a[3:-3], a[::4], a[9:0:-4], a[1:100:3])
print(a[5:5], a[10:], a[-11:2], a[::-1][:3])
m = a[2:7]
m.append("x")
print(a[2:7], m)
print(a[len(a):], a[:-len(a)], a[slice(2, None)])
n = [[1], [2]]
s = n[:]
s[0].append("shared")
print(n)
print(list("abcdef")[1::2])
print([0, 1, 2, 3][::-2], [0, 1, 2, 3][-2::-2])
