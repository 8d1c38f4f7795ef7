# global statement at module level and in nested contexts
global gm
gm = 1
print(gm)
def read():
    return gm
def write(v):
    global gm
    gm = v
write(5)
print(read(), gm)
def declare_only():
    global never_assigned
    return "never_assigned" in globals()
print(declare_only())
class C:
    global from_class
    from_class = "set in class body"
print(from_class, hasattr(C, "from_class"))
def loop_global():
    global counter
    counter = 0
    for i in range(4):
        counter += i
loop_global()
print(counter)
def nested():
    def inner():
        global gm
        gm = "inner"
    inner()
nested()
print(gm)
