# **kwargs preserve call order; keyword argument evaluation order
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
log = []
def v(x):
    log.append(x)
    return x
def g(a, b, c=None, d=None):
    return (a, b, c, d)
print(g(v(1), v(2), d=v(4), c=v(3)), log)
log.clear()
print(g(*[v("p1"), v("p2")], **{"c": v("k")}), log)
def h(a, *, b):
    return a, b
print(h(b=v("b"), a=v("a")), log[-2:])
