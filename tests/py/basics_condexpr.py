# conditional expressions
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for v in (-3, 0, 8):
    print(v, sign(v))
x = 1 if True else 1 / 0
print(x)
y = 1 / 0 if False else 2
print(y)
print([a if a % 2 else -a for a in range(6)])
f = lambda v: "odd" if v & 1 else "even"
print(f(3), f(4))
z = (lambda: 1) if x else (lambda: 2)
print(z())
print((1 if 0 else 2) + 10)
print(1 if 0 else 2 + 10)
