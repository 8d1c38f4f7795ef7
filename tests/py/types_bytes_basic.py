# bytes construction, indexing, repr
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b)[:2])
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"x"), bytes(), bytes("é", "utf-8"))
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"))
print(b"a" + b"b", b"ab" * 2, 2 * b"x", b"" * 5)
print(b"ell" in b, 101 in b, 120 in b, b"" in b)
print(b == b"hello", b != b"world", b < b"help", b"a" < b"b", b"" < b"\x00")
for bad in [[256], [-1], ["a"], "str"]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
print(b"x" == "x", type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes.fromhex("48 65 6c6c6f"), b"\xde\xad".hex(), b"abc".hex())
try:
    b"a" + "b"
except TypeError:
    print("TypeError")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
