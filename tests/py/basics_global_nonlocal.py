# global and nonlocal
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global newname
    newname = "created"
make_global()
print(newname)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def outer2():
    v = "outer"
    def mid():
        def inner():
            nonlocal v
            v = "changed"
        inner()
    mid()
    return v
print(outer2())
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def unbound():
    try:
        print(y_unbound)
    except NameError as e:
        print("NameError", e)
    y_unbound = 1
unbound()
def unbound_local():
    try:
        z = counter
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError")
unbound_local()
try:
    print(undefined_name)
except NameError as e:
    print(e)
