# encode / decode
s = "héllo €"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("utf-8") == b)
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(b"\xff".decode("utf-8", "replace") == "\ufffd", b"a\xffb".decode("utf-8", "ignore"))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(bytes("xyz", "utf-8"), str(b"xyz", "utf-8"), str(b"xyz"))
print("😀".encode(), len("😀"), len("😀".encode()), b"\xf0\x9f\x98\x80".decode() == "😀")
print(b"\xe9".decode("latin-1"), "\x00".encode())
print(bytearray("ab", "utf-8"), bytearray(b"cd").decode())
