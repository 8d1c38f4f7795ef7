# None and NoneType
print(None, type(None).__name__, None is None)
def f():
    return
def g():
    pass
print(f(), g(), f() is None)
print([None] * 3, {None: 1}[None], None in [0, None])
try:
    n = None
    n()
except TypeError:
    print("TypeError not callable")
try:
    None.x
except AttributeError:
    print("AttributeError")
try:
    None + 1
except TypeError:
    print("TypeError")
print(None == 0, None == False, None == "", not None)
print(str(None), repr(None), f"{None}", "%s" % None)
print(sorted([3, 1], key=lambda x: x) and None)
x = None
print(x or "default", x and "never")
print(hash(None) == hash(None))
