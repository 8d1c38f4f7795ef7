# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(b"zz"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b.startswith(b"  He"), b.endswith((b"x", b"  ")), b"abc".partition(b"b"), b"abc".rpartition(b"x"))
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower())
print(b"hello world".title(), b"hello".capitalize(), b"a\nb\r\nc".splitlines())
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"))
try:
    b"a".join(["s"])
except TypeError:
    print("TypeError")
print(b"%d-%s" % (1, b"x"), b"x".removeprefix(b"x"), b"ab".translate(bytes.maketrans(b"a", b"z")))
