# split/strip/partition/join corner cases
s = "  a  b \t c\n\n d  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2))
print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), "abcba".strip("ab"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("1,2,,3,".split(","), "1,2,,3,".split(",", 2), "1,2,,3,".rsplit(",", 2))
print("".split(","), "abc".split("abc"), "aaa".split("a"), "aXbXc".split("X", 0))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\x0by\x0cz\x1cw".splitlines())
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), ", ".join(str(i) for i in range(3)))
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError join")
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1, 2))
print("a b".replace(" ", ""), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".zfill(8), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("x".join(["", ""]), "ab".count(""), "abab".count("ab"), "aaaa".count("aa"))
print("  ".isspace(), "".isspace(), "Ab1".isalnum(), "a_b".isidentifier(), "1a".isidentifier())
print("tEST sTRING".capitalize(), "they're bill's".title())
print("%r" % "a\tb".split("\t"), "abc".removeprefix("ab"), "abc".removesuffix("bc"))
