s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), "abc".strip(""), s.strip(" dH"))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True), "x".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("-".join(["a", "b"]), "".join([]), ", ".join(map(str, [1, 2])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("hi".center(7, "*"), "hi".ljust(5, "-"), "hi".rjust(5), "42".zfill(5), "-42".zfill(5), "hi".center(1))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "aaa".count("aa"), "abc".count(""))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "aaa".replace("a", "b", 0))
print("Hello".startswith("He"), "Hello".startswith(("x", "H")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print("abc".upper(), "ABC".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase(), "ǅ".lower() if False else "")
print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Hi".isupper(), "hi".islower(), "".isdigit(), "Ab Cd".istitle(), "x1".isidentifier())
print("a\tb".expandtabs(4), "{}".format("x"), "%s" % "y", "abc"[1], "é".encode(), "abc".encode("ascii"))
print("hello world".split("o"), "a1b2c3".translate({ord("1"): None, ord("2"): "X"}), str.maketrans("ab", "xy") == {97: 120, 98: 121})
print("abc" < "abd", "Z" < "a", "" < "a", "abc" * 2, min("bca"), sorted("bca"))
print("ab".removeprefix("a"), "ab".removesuffix("b"), "ab".removeprefix("z"))
print(str(123), str(), str(b"x"), str(b"x", "ascii"), str(None), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr("\x00\x7f"))
print("x".join("abc"), "ab".find("b", -1), "abcabc".rfind("b", 0, 3), "abc"[-1:], "%".join("ab"))
