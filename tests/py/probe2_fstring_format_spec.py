# f-strings and format specs
x, name, pi = 42, "Ann", 3.14159
print(f"{x=}", f"{name!r:>8}", f"{pi:.2f}", f"{x:#x}", f"{x:08b}", f"{x:+}")
print(f"{x!s:^10}|", f"{'nested ' + name}", f"{[1, 2][1]}", f"{ {'k': 1}['k'] }")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{name:*^{w}}", f"{x:{'>'}{5}}")
print(f"{{literal}}", f"{x}{{}}", f"{'a' if x else 'b'}")
print(f"{x*2=}", f"{name.upper()=}", f"{pi = :.1f}")
print("{0}{1}{0}".format("a", "b"), "{a}-{b}".format(a=1, b=2), "{}{}".format(*"xy"))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3j))
print("{:>{w}}|{:.{p}}".format("r", "abcdef", w=4, p=2))
print("{!r}".format("q"), "{:d}".format(True), "{:,}".format(10 ** 7), "{:_x}".format(2 ** 20))
print("{:=+8}".format(-5), "{:x<4}".format(1), "{:^7.2%}".format(0.5))
print(format(255, "x"), format(3.5, "e"), format("s", "<3") + "|", format(1234, ","))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError", e)
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{0} {}".format(1, 2)
except ValueError:
    print("ValueError mix")
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(f"{F():abc}", format(F(), "x"), "{:q}".format(F()), f"{F()!r}"[:2])
print(f"{3.0:g} {1e-10:g} {100:.2e} {0.1:.20f}")
print(f"{-0.0:.1f} {1.25:.1f} {1.35:.1f} {2 ** 0.5:.5}")
print(f"""{'tri'
}""", f'{"dq"}', f"{chr(65)}")
