# starred assignment in nested targets and loops
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[x, [y, *z]] = [10, (20, 30, 40)]
print(x, y, z)
for head, *tail in ["abc", "d", (1, 2)]:
    print(head, tail)
*a, = range(3)
print(a)
m, *n, o = "xy"
print(m, n, o)
data = [(1, "a", True), (2, "b", False)]
for num, *others in data:
    print(num, others)
first, (second, *more), *rest = 1, (2, 3, 4), 5, 6
print(first, second, more, rest)
print(type(b).__name__, type(n).__name__)
try:
    exec("*a, *b = [1, 2]")
except SyntaxError:
    print("SyntaxError two starred")
