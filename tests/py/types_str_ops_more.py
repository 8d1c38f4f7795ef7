# more str behaviour: multiplication, in, iteration, comparisons with slices
s = "abc"
print(s * 3, 3 * s, s * 0 == "", s * -1 == "")
print("b" in s, "bc" in s, "ac" in s, "" in "", "abc" in "abc")
print([c for c in s], list(reversed(s)), "".join(sorted("cab")))
print(s[0:1] == s[0], s[-1:] == "c", s[3:] == "", s[1:][1:])
print(min(s), max(s), len(s * 1000))
print("%s" % s[::-1], s.__add__("d"), str.__mul__(s, 2))
long = "x" * 10000
print(len(long), long.count("x"), long[5000], long.find("y"))
print("a-b-c".split("-", 1)[1], "path/to/file.txt".rsplit("/", 1)[-1], "file.tar.gz".split(".", 1))
print("Hello"[::-1].lower(), "  x ".strip().upper())
words = "The quick brown fox".split()
print(" ".join(w[::-1] for w in words), [len(w) for w in words])
print("abc" < "abd" < "b", "A" < "a", chr(ord("a") + 1))
