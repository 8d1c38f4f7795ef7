# bytes/bytearray methods: ranges, maxsplit, fill bytes, hex separators, errors
b = b"abcabcabc"
print(b.find(b"c", 3), b.find(b"c", 3, 5), b.rfind(b"a", 0, 5), b.count(b"a", 1), b.count(b""), b.find(b"", 20))
print(b.index(b"b", -4), b.rindex(98), b.startswith(b"bc", 1), b.endswith((b"x", b"ab"), 0, 8))
print(b"a,b,c,d".split(b",", 2), b"a,b,c,d".rsplit(b",", 2), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(maxsplit=1))
print(b"x\ny\r\n".splitlines(True), b"".split(), b"".split(b","), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b"b", 2))
print(b"ab".center(6, b"-"), b"ab".center(5, b"-"), b"-7".zfill(4), b"a\tbc\td".expandtabs(4), b"Hello World".istitle())
print(b"\x01\x02\x03".hex("-"), b"\x01\x02\x03".hex(":", 2), b"\x01\x02\x03".hex(":", -2), bytes.fromhex("01 0a FF"))
print(b"hello".translate(None, b"l"), bytearray(b"abc").translate(bytes.maketrans(b"abc", b"xyz")))
print(b"abc".removesuffix(b"c"), bytearray(b"abc").removeprefix(b"a"), b"a b".title(), b"aBc".swapcase())
print(b"ABC".isupper(), b"AbC".islower(), b"".isalpha(), b"\x0b".isspace(), b"\x80".isascii())
for f in [lambda: b"a".center(3, b"ab"), lambda: b"a".strip("a"), lambda: b"a".find("a"),
          lambda: b"a".split(b""), lambda: b"a".index(b"z"), lambda: bytes.fromhex("0g"),
          lambda: b"a".startswith("a"), lambda: bytes("a"), lambda: b"a".count(256),
          lambda: b"a".join([1]), lambda: bytearray(b"a").pop(5), lambda: bytes(-1)]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"0123456789")
ba[1:9:2] = b"abcd"
print(ba)
try:
    ba[::2] = b"xy"
except ValueError as e:
    print("ValueError", e)
ba[2:4] = [65, 66, 67]
del ba[::3]
print(ba, ba.pop(0), ba)
try:
    ba[0:1] = 5
except TypeError as e:
    print("TypeError", e)
alias = ba
ba += b"!"
ba *= 2
print(alias is ba, alias)
print(bytes(b"x" * 3), bytes(range(3)), bytearray("é", "utf-8"), bytes("é", "latin-1"))
# codecs
for enc in ["utf-8", "UTF8", "ascii", "latin_1", "iso-8859-1"]:
    print(enc, "aé".encode(enc, "replace"))
for f in [lambda: "a€".encode("latin-1"), lambda: "€€x".encode("ascii"), lambda: b"a\xe2\x82".decode(),
          lambda: b"\xe2(".decode(), lambda: b"\x80".decode("ascii"), lambda: "a".encode("nope"),
          lambda: "é".encode("ascii", "bogus")]:
    try:
        f()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
print("é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"a\xe2\x82b".decode("utf-8", "replace"), str(b"caf\xe9", "latin-1"), str(b"x", errors="strict"))
# bytes %
print(b"%5s|%-4b|%c%c|%r|%a|%%|%05d|%x" % (b"a", b"b", 65, b"c", "é", b"x", -42, 255))
print(b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 3, b"%.1f %e" % (2.25, 1.0))
for a in [(b"%s", "str"), (b"%d", b"x"), (b"%c", 300), (b"%d %d", (1,))]:
    try:
        a[0] % a[1]
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
# memoryview extras
m = memoryview(bytearray(b"abcdef"))
print(m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m[::2].strides, m[1:4].hex(), m.obj)
m.release()
try:
    len(m.tobytes())
except ValueError as e:
    print("ValueError", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError", e)
