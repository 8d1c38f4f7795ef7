# zlib: decompress data made by CPython's zlib, round-trip compress -> decompress,
# the wbits containers (zlib, raw, gzip, auto), checksums and errors.
import zlib

TEXT = b"The quick brown fox jumps over the lazy dog. " * 3
Z = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\xd0L1\x00\xf9<0v'
RAW = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\xd0L1\x00'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,PHI,I\xe4J\xc7\xcb\x02\x00\x0c\x97(D(\x00\x00\x00'

print(zlib.decompress(Z) == TEXT)
print(zlib.decompress(Z, 15) == TEXT, zlib.decompress(Z, 0) == TEXT)
print(zlib.decompress(RAW, -15) == TEXT)
print(zlib.decompress(GZ, 31))
print(zlib.decompress(GZ, 47) == zlib.decompress(GZ, 31), zlib.decompress(Z, 47) == TEXT)
print(zlib.decompress(bytearray(Z)) == TEXT, zlib.decompress(memoryview(Z)) == TEXT)

# Round trips through every container and level.
data = bytes(range(256)) * 8 + b"tail"
for wbits in (15, -15, 31, 9, -9):
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level, wbits)
        assert zlib.decompress(c, wbits) == data, (wbits, level)
print("round trips ok")
print(len(zlib.compress(b"a" * 10000)) < 100)
print(zlib.decompress(zlib.compress(b"")))
print(zlib.compress(b"x")[:1], zlib.compress(b"x", 9, 31)[:3])

print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"b", zlib.adler32(b"a")))

for bad in (b"", b"garbage!", Z[:-4] + b"\0\0\0\0", Z[:20], GZ[:-1]):
    try:
        zlib.decompress(bad)
        print("no error")
    except zlib.error as e:
        print("zlib.error", isinstance(e, Exception))
try:
    zlib.decompress(RAW)
except zlib.error:
    print("raw data is not zlib")
try:
    zlib.decompress("text")
except TypeError:
    print("TypeError")
print(zlib.MAX_WBITS, zlib.DEFLATED)
