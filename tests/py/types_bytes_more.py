# bytes iteration, comparison, hex, construction from iterables
b = bytes([1, 2, 255])
print([x for x in b], b.hex(), bytes.fromhex("01 02ff") == b, b[-1])
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", sorted([b"b", b"a", b"ab"]))
print(bytes(x for x in range(65, 70)), bytes(map(ord, "hi")))
print(b"abc" * 2, b"-".join([b"x", bytearray(b"y")]), b"x" + bytearray(b"y"))
print(list(b"\x00\x7f\x80"), b"\x41" == b"A", bytes([0x41]) == b"A")
print(b"a b  c".split(), b"a,b".split(b","), b" x ".strip())
print(b"Hello".lower(), b"hello".upper(), b"hello".count(b"l"), b"hello".index(b"l"))
print(bytes(b"abc")[::2], b"abcdef"[1:5:2], b"".join([b"a"] * 3))
print(type(b"a"[0]).__name__, type(bytes(2)).__name__, len(bytes(10)))
print(bytes.fromhex(""), b"\x01\xab".hex())
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
