# closures and nonlocal corner cases
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def make_adders():
    return [lambda y, x=x: x + y for x in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late())
def cell_after_def():
    def g():
        return val
    val = "assigned later"
    return g()
print(cell_after_def())
def unbound():
    def g():
        return v
    try:
        return g()
    except NameError as e:
        return type(e).__name__
    v = 1
print(unbound())
x = "global"
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
print(shadow())
def class_in_func():
    val = 5
    class C:
        attr = val * 2
        def m(self):
            return val
    return C.attr, C().m()
print(class_in_func())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        yield total
    return add
a = gen_closure()
print(next(a(3)), next(a(4)))
print(counter.__closure__, inc.__closure__ is not None)
