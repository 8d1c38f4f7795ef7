# file.writelines, EOFError message from input(), bytes()/bytearray() range errors
import sys
path = "probe3_writelines.tmp"
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n"])
    f.writelines(x + "\n" for x in "cd")
    f.writelines([])
with open(path) as f:
    print(f.readlines())
with open(path, "wb") as f:
    f.writelines([b"x", bytearray(b"y")])
with open(path, "rb") as f:
    print(f.read())
import os
os.remove(path)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
for make in (bytes, bytearray):
    try:
        make([1, 256])
    except ValueError as e:
        print(make.__name__, e)
try:
    key = "x"
    "abc"[key]
except TypeError as e:
    print(e)
try:
    "-".join(5)
except TypeError as e:
    print(e)
