x = 10
l = [x for x in range(3)]
print(x, l)
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print([[j * i for j in range(3)] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v})
print({c for c in "hello"} == set("helo"))
print(sum(i * i for i in range(5)))
print(list(i for i in range(10) if i > 5 if i < 8))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
y = 5
print([y + k for k in range(2)])
def f():
    z = 3
    return [z * n for n in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals]
    except NameError as e:
        err = "NameError"
    factor = 2
print(C.doubled, C.err)
g = (n for n in range(3))
print(next(g), list(g))
print([(a, b) for a, b in [(1, 2), (3, 4)]])
nested = [[1, 2], [3], []]
print([e for sub in nested for e in sub])
try:
    g2 = (undefined_thing for _ in [])
    print("ok lazy")
except NameError:
    print("eager")
