# split / rsplit / splitlines
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("abcabc".split("bc"), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x", 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a b c".split(" ", -1), "one".split(","))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
t = "line1\nline2\r\nline3\rline4\n\nend"
print(t.splitlines(), t.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\nb".splitlines(keepends=True))
print("x\x0by\x0cz".splitlines())
print("  lead".split(" "), "trail  ".rsplit(" ", 1))
