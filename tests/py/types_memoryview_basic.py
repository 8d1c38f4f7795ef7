# memoryview
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist())
m[0] = 65
print(b)
m[1:3] = b"XY"
print(b)
sub = m[2:5]
sub[0] = ord("z")
print(b, bytes(sub))
ro = memoryview(b"immutable")
print(ro.readonly, m.readonly)
try:
    ro[0] = 1
except TypeError:
    print("TypeError readonly")
print(bytes(ro[::2]), list(memoryview(b"\x01\x02")))
print(m == b"AXzdef", bytes(m) == bytes(b))
try:
    m[1:3] = b"abc"
except ValueError:
    print("ValueError size")
print(memoryview(b"xyz")[1], type(memoryview(b"x")).__name__)
with memoryview(bytearray(b"ctx")) as mv:
    print(bytes(mv))
print(b"".join([memoryview(b"ab"), b"cd"]))
