class Desc:
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        return 10
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__['_v'] = value
    def __delete__(self, obj):
        print("delete")
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class A:
    d = Desc()
    n = NonData()
a = A()
print(a.d)
print(A.d)
a.d = 5
print(a._v)
del a.d
print(a.n)
a.n = "shadow"
print(a.n)
class Prop:
    def __init__(self):
        self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx, None, "doc x")
p = Prop()
p.x = 4
print(p.x, Prop.x.__doc__ if hasattr(Prop.x, '__doc__') else '', type(Prop.x).__name__)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError")
class Cached:
    @property
    def val(self):
        print("computing")
        return 7
c = Cached()
print(c.val, c.val)
def method(self): return "bound"
class M: pass
M.f = method
print(M().f(), M.f(M()))
m = M()
bm = m.f
print(bm.__self__ is m, bm.__func__ is method, bm())
