# f-strings
name, n, pi = "World", 42, 3.14159
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{name.upper()}", f"{len(name)}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:05}|{n:x}|{n:#o}|{n:b}|{n:,}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:g}|{0.25:%}")
print(f"{name!r}|{name!s}|{'é'!a}|{name:>8}|{name!r:>10}")
print(f"{{literal}} {{{n}}}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{name:{'*'}^{width}}")
d = {"k": "v", "n": [1, 2]}
print(f"{d['k']} {d['n'][1]} {[x * 2 for x in range(3)]}")
print(f"{'nested ' + f'{n}'}")
print(f"{n=}", f"{n + 1 = }", f"{name=!r}", f"{pi=:.1f}")
print(f"""multi
{name}""")
x = 5
print(f"{x if x > 3 else -x}", f"{(lambda v: v * 2)(x)}", f"{x:{'>' if x else '<'}4}")
print(f"{3.0}", f"{10 ** 20}", f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P-repr"
print(f"{P()} {P():xyz} {P()!r}")
print(f"{'a' 'b'}", rf"\n{n}", f"\t|" + "")
print(f"{n:+d} {-n:+d} {n: d} {n:=+6d}")
