import re
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall("", "ab"), re.sub("x*", "-", "abxd"))
print(re.split(r"(,)", "a,b,c"), re.split(r"\b", "hi there"), re.split("x", "axbxc", maxsplit=1))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site and ann@web"), re.sub(r"(?P<a>\d)", r"<\g<a>>", "a1b2"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn("a", "b", "aaa"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "date: 2024-05-01")
print(m.span(), m.start("m"), m.end(1), m.groupdict(), m.lastindex, m.lastgroup, m)
print(re.match("(?i)hello", "HeLLo world").group(), re.match("a.c", "a\nc"), re.match("a.c", "a\nc", re.S).group())
print(re.findall("^\\w+", "one\ntwo\nthree", re.M), re.findall("\\w+$", "one\ntwo\n"))
print(re.fullmatch("a|ab", "ab"), re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a|b)*?c", "ababc").group(1))
print(re.search(r"(?<=abc)def", "abcdef").group(), re.search(r"(?<!x)y", "xyay").start(), re.match(r"a(?=b)", "ab").group(), re.match(r"a(?!b)", "ab"))
print(re.match(r"(\w)\1", "aab"), re.match(r"(\w)\1", "aab".replace("ab","a")).group(), re.findall(r"[^a-c\s]+", "abdef ghc"))
print(re.escape("a.b*c"), re.compile("a", re.I), re.compile(r"\d+"))
print(re.findall(rb"\d+", b"a12b3"), re.sub(b"a", b"x", b"banana"))
print(re.match(r"x{2,3}", "xxxx").group(), re.match(r"x{2,3}?", "xxxx").group(), re.match(r"x{,2}", "xxx").group(), re.match("a{", "a{").group())
for bad in ["(", ")", "*a", "a**", "[a", r"\q", "(?P<1>a)", "a{3,2}", "(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("error:", e)
print(list(m.group() for m in re.finditer(r"\d+", "1 22 333")))
print(re.match(r"\s*(\S+)\s*=\s*(.*?)\s*$", "  key = some value  ").groups())
print(re.compile(r"(a)(b)?").match("ac").groups(), re.compile(r"(a)(b)?").match("ac").groups("-"))
print(re.match(r"""(?x) a  # comment
   b""", "ab").group(), re.search(r"é+", "café").group(), re.match(r"\w+", "naïve").group())
p = re.compile(r"o")
print(p.search("foo", 2).start(), p.match("foo", 1), p.findall("foooo", 1, 3))
