# slicing with steps
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[5:2], s[-100:100], s[100:], s[-1:-5:-1])
print(s[2:8:3], s[-2:-8:-2])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::3], t[-3:], t[5:1:-1])
tp = tuple(range(6))
print(tp[1:4], tp[::-2])
print(t[slice(1, 5, 2)], s[slice(None, None, -4)])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
r = range(20)
print(r[3:15:4], list(r[3:15:4]))
b = b"hello"
print(b[1:3], b[::-1])
print(s[1:9][::2][1:])
print(s[True:3])
