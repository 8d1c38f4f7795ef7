# LoadGlobal is cached per (globals, name); every way of changing what a global name
# means must be seen by the next lookup.
import gc


def get_len():
    return len


def get_x():
    return x


# A builtin shadowed by a global, then unshadowed by del.
print(get_len()([1, 2, 3]))
len = lambda s: "shadow"
print(get_len()([1, 2, 3]))
del len
print(get_len()([1, 2, 3]))

# Shadowing through globals() and removing through globals().pop.
globals()["len"] = lambda s: "via globals()"
print(get_len()([1]))
globals().pop("len")
print(get_len()([1]))

# A global rebound, deleted, recreated after other globals were added and removed
# (entry positions move when the dict compacts).
x = 1
print(get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError", e)
for i in range(50):
    globals()["tmp%d" % i] = i
for i in range(50):
    del globals()["tmp%d" % i]
x = 3
print(get_x())
g = globals()
g.update({"x": 4})
print(get_x())

# The same code object run against different globals dicts.
src = "def f():\n    return y\n"
ns1 = {"y": "one"}
ns2 = {"y": "two"}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"]())
ns2["y"] = "two'"
print(ns2["f"](), ns1["f"]())
del ns1["y"]
try:
    ns1["f"]()
except NameError as e:
    print("NameError", e)
ns1["y"] = "one again"
print(ns1["f"]())

# A global that shadows a builtin only in one of two namespaces.
code = "def h():\n    return max(1, 2)\n"
a = {}
b = {"max": min}
exec(code, a)
exec(code, b)
print(a["h"](), b["h"](), a["h"]())
a["max"] = lambda *v: "a's max"
print(a["h"](), b["h"]())
del b["max"]
print(a["h"](), b["h"]())

# Many names (more than the cache has slots) stay right across collections.
names = ["n%d" % i for i in range(200)]
for i, n in enumerate(names):
    globals()[n] = i
fns = {}
for n in names:
    exec("def r():\n    return %s\n" % n, globals(), fns)
    globals()["get_" + n] = fns["r"]
total = 0
for _ in range(3):
    for n in names:
        total += globals()["get_" + n]()
    gc.collect()
print(total)
for n in names[::2]:
    globals()[n] = -1
print(sum(globals()["get_" + n]() for n in names))
