# generator expressions, translate, to_bytes, codecs, misc str/bytes
def g():
    me = yield
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    yield "ok"
x = g()
next(x)
print(x.send(x))
def lam_gen():
    f = lambda: (yield 1)
    return list(f())
print(lam_gen())
def yexpr():
    a = (yield 1) + (yield 2)
    print("sum", a)
    l = [(yield 3), (yield 4)]
    print(l)
y = yexpr()
print(next(y), y.send(10), y.send(20), y.send("p"))
try:
    y.send("q")
except StopIteration:
    print("done")
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
print(list(rec(4)))
def gi():
    yield 1
gg = gi()
print(gg.gi_running if hasattr(gg, "gi_running") else False)
print("abc".translate({97: "X", 98: None}), "abc".translate(str.maketrans("ab", "xy")))
print(str.maketrans({"a": "1"}), "hello".translate(str.maketrans("l", "L", "o")))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError")
print(float("nan"), repr(float("-nan")), float("inf") * 0, -float("inf"))
print("{!a}".format("é"), ascii(["ü"]), "a".encode("utf-8"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("x".center(4), "|" + "ab".center(5, "-") + "|", "abc".find("c", -1), "abc"[-10:10])
print("%s" % "%s", "{0!s:5}|".format(1), str(b"x"), str(bytearray(b"q")))
print(list("abc".encode()), bytes([0x41]) == b"A", b"abc".find(b"c"), b"abc"[::-1])
print("i" * 0, [] * 5, (1,) * -1, "ab" * True)
