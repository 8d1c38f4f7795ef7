# in-place operators
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        self.items.remove(v)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is orig)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o is o2)
class RetOther:
    def __iadd__(self, v):
        return "replaced"
r = RetOther()
r += 1
print(r)
class Imat:
    def __ior__(self, o):
        return "ior"
    def __iand__(self, o):
        return "iand"
    def __ixor__(self, o):
        return "ixor"
    def __ilshift__(self, o):
        return "ilshift"
    def __irshift__(self, o):
        return "irshift"
    def __ifloordiv__(self, o):
        return "ifloordiv"
    def __itruediv__(self, o):
        return "itruediv"
    def __imod__(self, o):
        return "imod"
    def __ipow__(self, o):
        return "ipow"
res = []
for op in ["|=", "&=", "^=", "<<=", ">>=", "//=", "/=", "%=", "**="]:
    x = Imat()
    exec("x " + op + " 1", {"x": x}, ns := {"x": x})
    res.append(ns["x"])
print(res)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError")
