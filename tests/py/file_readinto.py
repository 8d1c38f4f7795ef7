# Binary file objects: readinto() into bytearray and memoryview; closed and name.
import os

fn = "_mica_file_readinto.tmp"
with open(fn, "wb") as f:
    f.write(b"0123456789")
    print(f.closed, f.name)
print(f.closed)

with open(fn, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    print(f.read(2))
    mv = memoryview(buf)
    print(f.readinto(mv[1:3]), buf)
    big = bytearray(10)
    print(f.readinto(big), big)
    print(f.readinto(big), f.read())
    empty = bytearray()
    f.seek(0)
    print(f.readinto(empty), f.read(1))
f = open(fn, "rb")
f.close()
print(f.closed)
try:
    f.readinto(bytearray(2))
except ValueError as e:
    print("ValueError")
os.remove(fn)
