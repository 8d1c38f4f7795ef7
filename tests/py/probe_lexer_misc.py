x = 1 + \
    2
print(x)
y = (1 +
     2
     + 3)
print(y)
z = [1,
     2,
]
print(z)
s = "abc" "def" \
    "ghi"
print(s)
print(0xFF, 0o17, 0b1010, 1_000, 1e3, 1.5e-3, .5, 5., 1j * 1j, 0e0)
print('''triple
single''', """triple "quoted" """)
print("a\
b")
if True: print("one-line if")
for i in range(2): print("one-line for", i)
def f(): return "one-line def"
print(f())
a = 1; b = 2; print(a + b)
# comment line
print("after comment")  # trailing comment
print(r"\d+", rb"\x00", br"\n", b"\x41", u"unicode")
print(len("""
"""))
class C: pass
print(C.__name__)
t = 1,
print(t)
l = [
    # comment inside brackets
    1,
]
print(l)
print(not-1)
print(2**-1)
