# getattr setattr hasattr delattr
class O:
    cls_attr = "cls"
    def method(self):
        return "m"
o = O()
setattr(o, "x", 5)
print(o.x, getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "cls_attr"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(O, "method"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError:
    print("AttributeError")
try:
    getattr(o, 5)
except TypeError:
    print("TypeError")
setattr(O, "added", 9)
print(o.added, O.added)
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError int")
try:
    object().x = 1
except AttributeError:
    print("AttributeError object")
print(getattr([], "append").__name__, getattr(O, "cls_attr"))
class G:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)
print(hasattr(G(), "magic"), hasattr(G(), "other"), getattr(G(), "other", "d"))
