# uctypes on Mica is memory-safe (see docs/differences.md): no raw addresses
# (addressof, bytes_at, bytearray_at and struct(int) raise ValueError), pointers cannot
# be followed, fields past the end of the buffer raise IndexError, a read-only buffer
# can be read but not written, arrays (array.array) and memoryviews work as buffers.
import uctypes
import array

buf = bytearray(8)
for f in (lambda: uctypes.addressof(buf), lambda: uctypes.bytes_at(1000, 4),
          lambda: uctypes.bytearray_at(1000, 4), lambda: uctypes.struct(1000, {})):
    try:
        f()
        print("no error")
    except ValueError as e:
        print("ValueError", "raw memory addresses" in str(e))

D = {"a": 0 | uctypes.UINT32, "far": 6 | uctypes.UINT32, "p": (0 | uctypes.PTR, uctypes.UINT8),
     "bytes": (4 | uctypes.ARRAY, 8 | uctypes.UINT8), "words": (4 | uctypes.ARRAY, 4 | uctypes.UINT16)}
s = uctypes.struct(buf, D, uctypes.LITTLE_ENDIAN)
s.a = 0x01020304
print(buf.hex(), s.a)
for f in (lambda: s.far, lambda: setattr(s, "far", 1), lambda: s.bytes, lambda: s.words[3]):
    try:
        f()
        print("no error")
    except IndexError:
        print("IndexError")
try:
    s.p
except ValueError:
    print("pointer: ValueError")
print(s.words[1], len(s.words))
s.words[1] = 0xFFFF
print(buf.hex())

ro = uctypes.struct(bytes(buf), D, uctypes.BIG_ENDIAN)
print(ro.a)
try:
    ro.a = 1
except TypeError:
    print("read-only: TypeError")

arr = array.array("H", [1, 2, 3, 4])
a = uctypes.struct(arr, {"x": 2 | uctypes.UINT16, "y": (4 | uctypes.ARRAY, 2 | uctypes.UINT8)})
print(a.x, a.y[0], a.y[1])
a.x = 99
a.y[1] = 1
print(list(arr))
mv = memoryview(buf)[4:]
m = uctypes.struct(mv, {"w": 0 | uctypes.UINT16, "b": (2 | uctypes.ARRAY, 2 | uctypes.UINT8)}, uctypes.BIG_ENDIAN)
m.w = 0x1234
m.b[1] = 0xAB
print(buf.hex(), m.w, m.b[1], uctypes.sizeof(m))
for bad in (lambda: uctypes.struct(buf, {"a": 0 | uctypes.BFUINT8 | 6 << uctypes.BF_POS | 4 << uctypes.BF_LEN}).a,
            lambda: uctypes.sizeof(5), lambda: uctypes.struct(buf, {"a": "x"}).a):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
