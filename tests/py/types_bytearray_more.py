# bytearray as a mutable buffer
buf = bytearray()
for i in range(10):
    buf.append(48 + i)
print(buf, len(buf))
buf[::2] = b"AAAAA"
print(buf)
buf[2:5] = b""
print(buf)
buf.extend(range(97, 100))
print(buf, buf.find(b"c"), buf.rfind(b"A"), buf.count(b"A"))
print(buf.replace(b"A", b"-"), buf.split(b"A"), buf.startswith(b"A0"))
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("j")
print(ba, bytes(ba), ba == b"jello", ba[1:3] == b"el")
ba2 = bytearray(ba)
ba2[0] = 0
print(ba, ba2)
print(bytearray(b"abc") * 2, bytearray(b"a") in [b"a"], b"b" in bytearray(b"abc"), 99 in bytearray(b"abc"))
ba3 = bytearray(b"xyz")
ba3 *= 2
print(ba3)
print(bytearray(b" x ").strip(), bytearray(b"A").lower(), bytearray(b"a,b").split(b","))
