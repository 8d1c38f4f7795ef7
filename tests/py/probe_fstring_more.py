x = 42
name = "mica"
print(f"{x=}", f"{x = }", f"{name=!r}", f"{x=:>6}", f"{x*2=}")
print(f"{'nested'}", f'{"dq"}', f"{name!r:>10}", f"{name!s}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{x:{'>' if x else '<'}{w}}|")
d = {"k": "v"}
print(f"{d['k']}", f"{[1, 2][0]}", f"{(lambda a: a + 1)(1)}", f"{x if x > 40 else 0}")
print(f"{{literal}}", f"{{{x}}}", f"a{x}b{x}c", f"{x:#x} {x:08b} {x:,}")
print(f"{1234567.891:,.2f}", f"{0.5:.0%}", f"{'s':^5}|", f"{-x:+d}", f"{x!r}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"""multi
{x}""")
print(f"{'a' 'b'}", F"{x}", rf"\n{x}", f"{x}" f"{name}" "plain")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print(f"{P():abc}", f"{P()!s}"[:3])
import math
print(f"{math.pi:.3}", f"{math.pi:10.4f}|", f"{1e20:g}", f"{12:5d}|{12:<5d}|")
def f():
    y = 7
    return f"{y} {x}"
print(f())
print(f"{x:{w}}|", f"{'abc':.{2}}")
