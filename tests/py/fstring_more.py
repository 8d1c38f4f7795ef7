# f-string details
items = ["a", "b"]
d = {"key": 5}
print(f"{items[0]}{items[-1]}", f"{d['key']}", f'{d["key"]}', f"{len(items) * 2}")
print(f"{'x':>{3 + 2}}|", f"{3.14159:.{1 + 1}f}", f"{10:#{'x'}}")
val = 12.5
print(f"{val:08.2f}", f"{val:+}", f"{-val:}", f"{val:e}", f"{int(val):_b}")
print(f"{'{'}{'}'}", f"{{}}", f"{{{val}}}")
print(f"{'a' if val > 10 else 'b'}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
name = "Ann"
print(f"{name!r:^9}|", f"{name!s:<6}|", f"{name.lower()!r}")
n = 3
print(f"{n}{n}{n}", f"{n:{n}}", f"{n:0{n}}")
print(f"{'nested'!r:>{n * 5}}")
print(f"{1_000_000:,}", f"{0.1 + 0.2:.3f}", f"{2 ** 64}", f"{-0.0}")
x = 10
print(f"{x = }", f"{x*2 = }", f"{x = !r}")
print(f"{x:>5}" f"{x:<5}|", f"a" "b" f"{x}")
