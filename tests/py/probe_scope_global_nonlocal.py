g = 1
def read():
    return g
def write():
    global g
    g = 2
def shadow():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    g = 3
print(read()); write(); print(g); shadow()
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())
def decl_global_in_nested():
    def inner():
        global newglobal
        newglobal = "made"
    inner()
decl_global_in_nested()
print(newglobal)
x = "module"
def f():
    x = "enclosing"
    def g():
        global x
        return x
    return g()
print(f())
class K:
    x = "class"
    def m(self):
        return x
    y = x + "!"
print(K().m(), K.y)
def free_after_del():
    v = 1
    def h():
        return v
    del v
    try:
        h()
    except NameError as e:
        print("NameError", e)
free_after_del()
def loop_closure():
    fs = []
    for i in range(3):
        def c(i=i):
            return i
        fs.append(c)
    return [f() for f in fs]
print(loop_closure())
def unbound_use():
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound_use()
try:
    print(undefined_global)
except NameError as e:
    print("NameError", e)
