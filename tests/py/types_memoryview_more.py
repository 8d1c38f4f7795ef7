# memoryview slicing shares memory
data = bytearray(range(10))
mv = memoryview(data)
part = mv[2:8]
print(len(part), part[0], part[-1], list(part))
part[:] = bytes(range(100, 106))
print(list(data))
half = mv[::2]
print(list(half), len(half))
print(bytes(mv[8:]), mv[1:3].tobytes())
print(list(memoryview(b"abc")[1:]), memoryview(b"abc") == memoryview(b"abc"))
try:
    mv[0] = 300
except (ValueError, TypeError):
    print("error out of range")
