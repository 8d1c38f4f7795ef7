import struct
print(struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("3s2H"), struct.calcsize(">q?"), struct.calcsize("@ci"))
print(struct.pack("<hHi", -2, 65535, 7), struct.pack(">I", 1), struct.pack("!d", 1.5), struct.pack("<f", 0.25))
print(struct.pack("3s", b"abcdef"), struct.pack("5p", b"ab"), struct.pack("c?x", b"z", 7), struct.pack("<e", 1.5))
print(struct.unpack("<hHi", struct.pack("<hHi", -2, 65535, 7)), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<e", b"\x00\x3e"))
print(struct.unpack("<qd", struct.pack("<qd", -5, 2.5)), struct.unpack_from("<H", b"\x00\x01\x02", 1))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xdeadbeef)
print(buf, list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
s = struct.Struct(">hh")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
for bad in [lambda: struct.pack("b", 300), lambda: struct.pack("B", -1), lambda: struct.pack("i", "x"), lambda: struct.pack("ii", 1),
            lambda: struct.unpack("<i", b"ab"), lambda: struct.calcsize("z"), lambda: struct.pack("<I", 2**32), lambda: struct.pack("h", 40000)]:
    try:
        bad()
    except struct.error as e:
        print("error:", e)
