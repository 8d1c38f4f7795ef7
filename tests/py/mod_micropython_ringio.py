# micropython.RingIO: a byte ring buffer stream holding one byte less than its buffer
# (size + 1 bytes when given a size); writes past full are cut short, reads of an
# empty ring give b"".
import micropython

r = micropython.RingIO(8)
print(r.any(), r.read(), r.read(3))
print(r.write(b"hello"), r.any())
print(r.write(b"worldXYZ"), r.any())
print(r.read(3), r.any())
print(r.readline(), r.any())
print(r.write(b"a\nbc\nd"), r.any())
print(r.readline(), r.readline(1), r.readline(), r.any())
b = bytearray(4)
print(r.write(b"12345"), r.readinto(b), b)
print(r.readinto(b, 2), b)
print(r.read(), r.read(0), r.readline(0))
print(r.write("str"), r.read(-1))
print(r.close(), r.write(b"zz"), r.read())

# Over a caller's buffer (it holds len - 1 bytes and sees the data).
buf = bytearray(5)
r2 = micropython.RingIO(buf)
print(r2.write(b"abcdef"), r2.any(), buf, r2.read())
print(r2.write(memoryview(b"xyz")), r2.read(-1))
r3 = micropython.RingIO(memoryview(bytearray(4)))
print(r3.write(b"abcdefgh"), r3.read())

# Wrapping around many times.
r = micropython.RingIO(5)
out = b""
for i in range(20):
    r.write(bytes([65 + i]) * 3)
    out += r.read(2)
print(out, r.any(), r.read())
ba = bytearray(5)
r.write(b"abc")
print(r.readinto(ba, 10), ba)
r.write(b"abc")
print(r.readinto(memoryview(ba)[1:]), ba)

for bad in (0, -1, 65535, b"abc", "x"):
    try:
        micropython.RingIO(bad)
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(micropython.RingIO(1).write(b"xy"), micropython.RingIO(bytearray(2)).write(b"xy"))
for f in (lambda: r.readinto(b"ab"), lambda: r.write(12), lambda: r.read(None)):
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
