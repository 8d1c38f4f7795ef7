# positional, keyword, default args
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, d=9), f(b=2, a=1), f(1, c=7, b=0))
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
val = 10
def captured_default(v=val):
    return v
val = 20
print(captured_default())
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(), show(1, 2), show(a=1), show(1, b=2, c=3))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=0))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def mixed(a, /, b, *args, c, d=5, **kw):
    return a, b, args, c, d, sorted(kw)
print(mixed(1, 2, 3, 4, c=5, e=6), mixed(1, b=2, c=3))
errs = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, z=1),
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: posonly(1, b=2, c=3),
]
for e in errs:
    try:
        e()
    except TypeError:
        print("TypeError")
def noargs():
    return "none"
print(noargs())
