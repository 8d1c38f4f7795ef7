# argument errors (types only; messages differ across implementations)
def f(a, b=1, *, c):
    return a, b, c
cases = [
    ("missing positional", lambda: f(c=1)),
    ("missing kwonly", lambda: f(1)),
    ("too many", lambda: f(1, 2, 3, c=1)),
    ("unexpected kw", lambda: f(1, c=1, d=2)),
    ("dup", lambda: f(1, a=2, c=3)),
    ("builtin too many", lambda: len([1], [2])),
    ("builtin kw", lambda: len(obj=[1])),
    ("not callable", lambda: list([1])()),
]
for name, fn in cases:
    try:
        fn()
        print(name, "no error")
    except TypeError:
        print(name, "TypeError")
print(f(1, c=2), f(1, 2, c=3))
