import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print(repr(line))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
try:
    s.seek(1, 1)
except OSError as e:
    print("OSError", e)
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError", e)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
with io.StringIO("a\nb\n") as f:
    print(f.read())
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
b.seek(-1, 2)
print(b.read())
print(b.seek(0), b.readlines())
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
b2 = io.BytesIO()
print(b2.write(bytearray(b"xy")), b2.getvalue())
print(b2.truncate(1), b2.getvalue())
try:
    b2.write("s")
except TypeError as e:
    print("TypeError", e)
print(io.open is open)
s = io.StringIO("x")
s.seek(3)
s.write("y")
print(repr(s.getvalue()))
print(io.StringIO("abc").read(-1), io.StringIO("abc\n").readline(2))
