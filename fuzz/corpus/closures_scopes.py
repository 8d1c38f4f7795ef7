def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(5), c())
x = "global"
def outer():
    x = "outer"
    def inner():
        global x
        x = "changed"
        return x
    return inner(), x
print(outer(), x)
adders = [lambda v, i=i: v + i for i in range(3)]
print([a(10) for a in adders])
def deco(f):
    def wrap(*a, **k):
        return ("wrapped", f(*a, **k))
    return wrap
@deco
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 2, c=4))
print((lambda *a, **k: (a, k))(1, 2, x=3))
