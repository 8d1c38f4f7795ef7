# property getter/setter/deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError read-only")
try:
    del t.fahrenheit
except AttributeError:
    print("AttributeError no deleter")
class P:
    def _get(self):
        return "got"
    def _set(self, v):
        self.stored = v
    x = property(_get, _set, None, "doc of x")
p = P()
p.x = 7
print(p.x, p.stored, P.x.__doc__, type(P.x).__name__)
class Inh(Temp):
    @property
    def celsius(self):
        return "overridden"
print(Inh().celsius)
class Lazy:
    @property
    def val(self):
        try:
            return self._cache
        except AttributeError:
            print("computing")
            self._cache = 42
            return self._cache
l = Lazy()
print(l.val, l.val)
