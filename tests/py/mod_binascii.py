import binascii
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b""))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify("01abFF"), binascii.unhexlify(b"0a0b"), binascii.a2b_hex("00"), binascii.b2a_hex(b"AB"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e, isinstance(e, ValueError))
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
print(binascii.a2b_base64("Zm9v\nYmFy"), binascii.a2b_base64(b"Zm9vYg=="), binascii.a2b_base64("Zm9vYg==trailing"))
for bad in ["Zm9vY", "Zm9vYg", "Zm9vYg="]:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"a", -1))
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError")
try:
    binascii.crc32("str")
except TypeError as e:
    print("TypeError")
