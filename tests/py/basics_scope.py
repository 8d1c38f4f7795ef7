# name resolution: LEGB
x = "global"
def f():
    print(x)
f()
def g():
    x = "enclosing"
    def h():
        print(x)
    h()
g()
def shadow_builtin():
    len = lambda v: "mylen"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
class C:
    y = 5
    z = y * 2
    def m(self):
        try:
            return y
        except NameError:
            return "class scope not visible"
print(C.z, C().m())
class D:
    v = 3
    items = [v for _ in range(2)] if False else None
    w = [i * 2 for i in range(3)]
print(D.w)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c2())
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
