# uctypes: structures over a buffer (on MicroPython at addressof(buf); Mica takes the
# buffer itself and refuses raw addresses): scalars of every size and sign in both byte
# orders, bitfields, floats, nested structures, arrays of scalars and of structures,
# sizeof with native alignment, writes landing in the buffer.
import uctypes


def at(buf):
    try:
        return uctypes.addressof(buf)
    except ValueError:
        return buf


print(uctypes.UINT8, uctypes.INT8, uctypes.UINT16, uctypes.INT16, uctypes.UINT32, uctypes.INT32)
print(uctypes.UINT64, uctypes.INT64, uctypes.FLOAT32, uctypes.FLOAT64, uctypes.VOID)
print(uctypes.BFUINT8, uctypes.BFINT8, uctypes.BFUINT16, uctypes.BFINT16, uctypes.BFUINT32, uctypes.BFINT32)
print(uctypes.ARRAY, uctypes.PTR, uctypes.BF_POS, uctypes.BF_LEN)
print(uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE)

D = {
    "u8": 0 | uctypes.UINT8, "i8": 1 | uctypes.INT8, "u16": 2 | uctypes.UINT16,
    "i16": 4 | uctypes.INT16, "u32": 8 | uctypes.UINT32, "i32": 12 | uctypes.INT32,
    "u64": 16 | uctypes.UINT64, "i64": 24 | uctypes.INT64,
    "f32": 32 | uctypes.FLOAT32, "f64": 40 | uctypes.FLOAT64,
    "bf": 2 | uctypes.BFUINT16 | 4 << uctypes.BF_POS | 6 << uctypes.BF_LEN,
    "sbf": 8 | uctypes.BFINT32 | 30 << uctypes.BF_POS | 2 << uctypes.BF_LEN,
    "b8": 1 | uctypes.BFUINT8 | 7 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
}
for lt in (uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    buf = bytearray(b"\xf1\x82\x13\xa4\x85\xf6\x07\x08\x19\x2a\x3b\xcc\xdd\xee\xff\x80" * 3)
    s = uctypes.struct(at(buf), D, lt)
    print(lt, s.u8, s.i8, s.u16, s.i16, s.u32, s.i32, s.u64, s.i64, s.bf, s.sbf, s.b8)
    s.u8 = 0x1AB
    s.i8 = -3
    s.u16 = 0xBEEF
    s.i16 = -2
    s.u32 = 0xDEADBEEF
    s.i32 = -123456
    s.u64 = 2**64 - 5
    s.i64 = -2**40
    s.f32 = 1.5
    s.f64 = -0.1
    print(buf.hex())
    print(s.u8, s.i8, s.u16, s.i16, s.u32, s.i32, s.u64, s.i64, s.f32, s.f64)
    s.bf = 0xFF
    s.sbf = -1
    s.b8 = 0
    print(s.bf, s.sbf, s.b8, s.u16, s.u32, s.i8, buf[:12].hex())
    s.sbf = 1
    print(s.sbf, s.u32)

P = {"x": 0 | uctypes.INT16, "y": 2 | uctypes.INT16}
R = {
    "id": 0 | uctypes.UINT8,
    "pos": (2, P),
    "pts": (6 | uctypes.ARRAY, 3, P),
    "vals": (18 | uctypes.ARRAY, 3 | uctypes.UINT16),
    "name": (24 | uctypes.ARRAY, 4 | uctypes.UINT8),
}
print(uctypes.sizeof(R), uctypes.sizeof(R, uctypes.LITTLE_ENDIAN), uctypes.sizeof(P))
print(uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 1 | uctypes.UINT32}),
      uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 1 | uctypes.UINT32}, uctypes.BIG_ENDIAN),
      uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 4 | uctypes.UINT64}),
      uctypes.sizeof({"a": 1 | uctypes.UINT8}), uctypes.sizeof({"a": (0 | uctypes.ARRAY, 3 | uctypes.UINT16)}))
buf = bytearray(28)
r = uctypes.struct(at(buf), R, uctypes.BIG_ENDIAN)
r.id = 7
r.pos.x = -1
r.pos.y = 300
for i in range(3):
    r.pts[i].x = i
    r.pts[i].y = -i
    r.vals[i] = 1000 * (i + 1)
r.name[0] = 77
r.name[3] = 65
print(buf.hex())
print(r.id, r.pos.x, r.pos.y, [(r.pts[i].x, r.pts[i].y) for i in range(3)], [r.vals[i] for i in range(3)])
print(r.name[0], r.name[3], len(r.name), uctypes.sizeof(r), uctypes.sizeof(r.pos), uctypes.sizeof(r.pts[1]))
p = r.pts[2]
buf[19] = 0
print(p.x, p.y, r.vals[0])
for f in (lambda: r.vals[3], lambda: r.pts[5]):
    try:
        f()
        print("no error")
    except IndexError:
        print("IndexError")
for f in ("pos", "pts", "name"):
    try:
        setattr(r, f, 1)
        print("no error")
    except TypeError:
        print("TypeError")
