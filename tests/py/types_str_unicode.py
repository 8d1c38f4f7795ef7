# unicode indexing, length, slicing
s = "aé€😀z"
print(len(s), [c for c in s], s[1], s[2], s[3], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], [ord(c) for c in s])
print([chr(c) for c in (97, 233, 8364, 128512)])
print(s.find("😀"), s.index("z"), s.count("é"), "€" in s)
print(s.upper(), len(s.encode("utf-8")))
t = "日本語のテキスト"
print(len(t), t[2], t[-3:], t[::3], t.startswith("日本"), t.endswith("スト"))
print(sorted("cbaé€"), max("aé€"), min("aé€"))
print("é" < "z", "€" > "é", "a" < "é")
for i, c in enumerate("ñü"):
    print(i, c, hex(ord(c)))
print(repr("\u200b"), repr("é"), str("😀"))
print("x".join("éü"), "é".center(5, "-"), "😀" * 3)
