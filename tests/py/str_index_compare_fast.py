# Indexing strs with ints and comparing strs: interned constants, strs built at run time,
# non-ASCII text, negative and out-of-range indices, and str subclasses that override
# the comparisons (which must still be called).

const = "PYSTONE, FIRST"
built = "PY" + "STONE, " + str(1) + "ST"
wide = "h\u00e9llo w\u00f6rld \u20ac!"
built_wide = "ab" + "\u00e9" * 3 + "cd"

for s in (const, built, wide, built_wide, "", "x"):
    n = len(s)
    got = []
    for i in range(-n - 2, n + 2):
        try:
            got.append(s[i])
        except IndexError as e:
            got.append("IndexError:" + str(e))
    print(repr(s), got)

i = 3
print(const[i], built[i], wide[i], built_wide[i], const[-i], wide[-i])
print(const[i] is const[i], type(wide[2]), len(wide[13]))
try:
    const[1.0]
except TypeError as e:
    print("TypeError", e)
print(const[True], const[False])

words = ["b", "a", "ab", "", "\u00e9", "e", "z", "\u20ac", "A", "Z", "aa", "b" + "a"]
ops = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
]
for name, f in ops:
    print(name, "".join("1" if f(a, b) else "0" for a in words for b in words))

# Comparisons in conditions (compare-and-jump instructions).
c = "A"
seen = []
while c <= "F":
    if c > "C":
        seen.append(c.lower())
    elif c != "B":
        seen.append(c)
    c = chr(ord(c) + 1)
print(seen)
x = "m"
y = "n"
print([x < y, x > y, x <= "m", y >= "o"])
cnt = 0
for k in range(5):
    if x < y:
        cnt += 1
print(cnt)


class Loud(str):
    def __lt__(self, other):
        print("Loud.__lt__", str.__str__(self), other)
        return True

    def __gt__(self, other):
        print("Loud.__gt__", str.__str__(self), other)
        return False

    def __getitem__(self, i):
        return "item%r" % (i,)


s = Loud("zzz")
print(s < "a", "a" > s, s > "a", "zzz" < s)
print(s[0], s[-1])
print(sorted(["b", "a", "c"]), max("abc", "abd"), min(["q", "p"]))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    print(1 >= "a")
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "a" != None, [1] != "x")
