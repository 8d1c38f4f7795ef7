# assignment expressions :=
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter([3, 2, 1, 0, 9])
out = []
while (v := next(it)) != 0:
    out.append(v)
print(out)
print((a := 10) + a)
def f():
    if (m := 4) > 2:
        return m * 2
print(f())
total = 0
vals = [(t := t0 + 1) for t0 in range(3)]
print(vals, t)
print([(i, j) for i in range(3) if (j := i * i) > 0])
def g():
    [k := 5 for _ in range(2)]
    return k
print(g())
