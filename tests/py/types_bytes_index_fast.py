# Int indexing of bytes and bytearray, and int stores into a bytearray: the in-range
# cases answered without the general protocol, and everything around them.
b = bytes(range(250, 256)) + b"xyz"
a = bytearray(b)
for i in range(-len(b), len(b)):
    print(i, b[i], a[i])
for bad in (len(b), -len(b) - 1, 1 << 40, -(1 << 40)):
    for s in (b, a):
        try:
            s[bad]
        except IndexError as e:
            print(type(s).__name__, bad, "IndexError", e)
print(b[True], a[False], b[-1], a[-2])
for i in range(len(a)):
    a[i] = (a[i] + i) & 0xFF
print(a)
a[-1] = 0
a[0] = 255
print(a)
for i, v in ((0, 256), (1, -1), (2, 1 << 40), (len(a), 1), (-len(a) - 1, 1)):
    try:
        a[i] = v
    except (ValueError, IndexError) as e:
        print(i, v, type(e).__name__, e)
for v in ("x", 1.0, None):
    try:
        a[0] = v
    except TypeError as e:
        print("TypeError", e)
a[True] = 7
print(a[1], a)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
m = memoryview(a)
print(m[0], m[-1])
m[0] = 9
print(a[0])
class B(bytearray):
    def __getitem__(self, i):
        return "sub" + str(i)
print(B(b"ab")[0])
e = bytearray()
try:
    e[0]
except IndexError as x:
    print("IndexError", x)
t = bytearray(3)
t[1] += 200
t[1] ^= 0x0F
t[-1] |= 0x80
print(t, t[1], t[-1])
