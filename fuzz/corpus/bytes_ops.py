b = bytes(range(10)) + b"hello"
ba = bytearray(b)
ba[0] = 255
ba.extend(b"xyz")
ba += b"!"
del ba[1:3]
print(b, ba, b.hex(), bytes.fromhex("deadbeef"), b[2:5], ba.find(b"l"), b.count(b"l"))
print(b.split(b"l"), b"a,b".split(b","), b.upper(), ba.decode("latin-1")[-4:], list(b[:4]))
mv = memoryview(ba)
print(mv[0], bytes(mv[1:4]), len(mv))
print(b"%s %d" % (b"x", 5), b"abc" * 3, b"a" in b, int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "little"))
