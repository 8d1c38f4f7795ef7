# strip family
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""), "a".strip("a"))
print("www.example.com".strip("cmowz."))
print("\u00a0nbsp\u00a0".strip() == "nbsp")
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("  x  ".strip(None))
try:
    "x".strip(1)
except TypeError:
    print("TypeError")
