# lexical corner cases: literals, continuations, one-line statements
print(1_000.5e1_0, 0o17, 0B11, 0XfF, 1_0j, .5, 5., 1e0, 0e0, 00, 0_0)
print("\101\x41\u0041\U00000041", b"\101\x41\u0041", r"\n\t", rb"\x00", "\
continued", 'a' "b" 'c')
print("""tri "quoted" \""" ok""", '''single ' inside''', len("""
"""))
x = 1; y = 2; print(x + y)
if x: print("one-line if")
for i in range(2): print(i, end=" ")
print()
while False: pass
else: print("while-else")
def f(): return "f"
class C: pass
print(f(), C.__name__)
total = (1 +
         2 +
         3)
print(total, [1,
              2][1], {"a":
                      1})
print(1 if x else 2, x is not None, x not in [2], not x in [1])
a = b = 0
a += 1; b -= 1
print(a, b)
print(type(1 < 2 < 3).__name__, 1 < 2 > 1 != 0, "a" < "b" <= "b")
def side(v):
    print("side", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
print(side(0) and side(1), side(1) or side(2))
print([i for i in range(3)][-1], (i for i in range(3)).__next__())
print(f"{'nested {braces}'}", "{{}}".format(), "%%d" % ())
print(r"raw\"quote", "tab\there", "null\0end".split("\0"))
print(b"\xff"[0])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e309, -1e309)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 10, 2 ** 0.5 > 1.41)
print(True is True, None is None, [] is [], () == ())
print(__name__, __name__ == "__main__")
