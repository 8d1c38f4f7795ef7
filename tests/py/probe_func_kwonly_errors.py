def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(1, b=2, c=4))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, b=2, d=5), lambda: f(b=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def g(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print(g(1))
print(g(1, 2, 3, 4, x=5))
print(g(*[1, 2, 3], **{'z': 1}))
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError", e)
def h(*, x):
    return x
try:
    h(1)
except TypeError as e:
    print("TypeError", e)
def p(a, b, /, c):
    return a + b + c
print(p(1, 2, c=3))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, b=2, **{'b': 3})
except TypeError as e:
    print("TypeError")
def dflt(a, b=1):
    pass
try:
    dflt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
def one(a):
    pass
try:
    one(1, 2)
except TypeError as e:
    print("TypeError", e)
def pk(a, /, **kw):
    return a, kw
print(pk(1, a=2))
