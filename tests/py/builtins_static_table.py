# The builtins namespace: names made on first use, assignment, deletion, shadowing,
# the module's __dict__, dir() and star imports all see one namespace.
import builtins

print(len is len, builtins.len is len, builtins.__name__)
print(getattr(builtins, "zip") is zip, hasattr(builtins, "sorted"))
print(hasattr(builtins, "no_such_builtin"))
names = dir(builtins)
for n in ["len", "print", "range", "int", "ValueError", "IOError", "open",
          "format", "NotImplemented", "Ellipsis", "__name__", "__debug__"]:
    print(n, n in names)
print(names == sorted(names), len(names) == len(set(names)))

# Assigning a new name: seen everywhere, then deleted.
builtins.my_global = 41
print(my_global + 1, "my_global" in dir(builtins))
def f():
    return my_global
print(f())
del builtins.my_global
try:
    f()
except NameError as e:
    print("NameError", e)
print("my_global" in dir(builtins))

# Shadowing a builtin in the module, then deleting the shadow.
def use_len():
    return len([1, 2, 3])
print(use_len())
len = lambda x: -1
print(use_len())
del len
print(use_len())

# Replacing a builtin in builtins itself, then restoring it.
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-2), use_len())
builtins.abs = orig
print(abs(-2))

# Deleting a builtin makes the name undefined.
saved = builtins.divmod
del builtins.divmod
try:
    divmod(7, 2)
except NameError as e:
    print("NameError", e)
print(hasattr(builtins, "divmod"), "divmod" in dir(builtins))
builtins.divmod = saved
print(divmod(7, 2))

# Assign then delete a builtin name: the original does not come back.
saved = builtins.oct
builtins.oct = 5
del builtins.oct
try:
    oct(8)
except NameError:
    print("oct gone")
builtins.oct = saved
print(oct(8))

# The dict is one namespace with the module.
d = builtins.__dict__
print(type(d).__name__, abs is d["abs"], "divmod" in d)
print(d is vars(builtins), d["range"] is range, d["ValueError"] is ValueError)
d["via_dict"] = 7
print(via_dict, builtins.via_dict)
del d["via_dict"]
print(hasattr(builtins, "via_dict"))

# exec's globals get __builtins__.
g = {}
exec("y = max(3, 9)", g)
print(g["y"], "__builtins__" in g)

from builtins import min as m2, enumerate
print(m2(4, 2), list(enumerate("ab")))
ns = {}
exec("from builtins import *", ns)
print(ns["sum"] is sum, ns["KeyError"] is KeyError, "__name__" in ns)
