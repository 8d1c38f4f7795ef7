# bytes / bytearray indexing and slicing
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
print(type(b[0]).__name__, type(b[0:1]).__name__)
try:
    b[20]
except IndexError as e:
    print("IndexError", e)
ba = bytearray(b"abcdef")
print(ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"1234"
print(ba)
del ba[0]
del ba[-2:]
print(ba, len(ba))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    ba[0] = "a"
except TypeError:
    print("TypeError")
try:
    ba[::2] = b"1"
except ValueError as e:
    print("ValueError", e)
ba.append(33)
ba.extend(b"!!")
ba.insert(0, 48)
print(ba, ba.pop(), ba.pop(0), ba)
print(bytes(3), bytes([1, 2, 255]), bytearray(2), bytes(range(65, 70)))
print(b"abc" + bytearray(b"de"), bytearray(b"x") + b"y", b"ab" * 3)
print(b"a" in b"cat", 97 in b"cat", b"" in b"x", list(b"hi"))
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"a") == b"a")
print(b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), memoryview(b"abc")[1])
mv = memoryview(bytearray(b"abcd"))
mv[0] = 120
print(mv.tobytes(), bytes(mv[1:3]))
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".upper(), b"%d-%s" % (5, b"x"))
