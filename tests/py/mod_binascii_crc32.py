# binascii.crc32(data[, value]): bytes-like data, a running value (any int, taken
# modulo 2**32), chained calls equal one call; wrong arguments are TypeErrors.
import binascii

print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(bytearray(b"abc"), -5))
print(binascii.crc32(memoryview(b"abcdef")[1:3]), binascii.crc32(b"bc"))
print(binascii.crc32(b"a", True), binascii.crc32(b"", 12345), binascii.crc32(bytes(1000)))
data = bytes(range(256)) * 3
crc = 0
for i in range(0, len(data), 7):
    crc = binascii.crc32(data[i:i + 7], crc)
print(crc == binascii.crc32(data), crc)
for args in ((), (b"a", 1.5), (b"a", 1, 2), ("str",), (None,), ([1, 2],)):
    try:
        binascii.crc32(*args)
        print("no error")
    except TypeError:
        print("TypeError")
try:
    binascii.crc32(b"a", crc=3)
    print("no error")
except TypeError:
    print("TypeError")
