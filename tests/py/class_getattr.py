# __getattr__, __getattribute__, __setattr__, __delattr__
class Dyn:
    existing = "real"
    def __getattr__(self, name):
        return "dyn_" + name
d = Dyn()
print(d.existing, d.foo, getattr(d, "bar"), hasattr(d, "anything"))
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Rec()
r.a = 5
r.b = "x"
print(r.a, r.b, r.log)
del r.a
print(r.log, hasattr(r, "a"))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Strict:
    def __getattr__(self, name):
        raise AttributeError("no attribute " + name)
try:
    Strict().zz
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = GA()
print(g.x, g.secret)
