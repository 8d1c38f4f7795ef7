# descriptors with __delete__, __init_subclass__, metaclasses, __class_getitem__, __slots__
class Field:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.key = "_f_" + name
    def __get__(self, obj, typ=None):
        if obj is None:
            return "class access via " + typ.__name__
        return obj.__dict__.get(self.key, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.key] = value
    def __delete__(self, obj):
        print("deleting", self.key)
        del obj.__dict__[self.key]
class Rec:
    f = Field()
r = Rec()
print(r.f, Rec.f, Rec.__dict__["f"].owner_name)
r.f = 3
print(r.f, sorted(vars(r)))
del r.f
print(r.f)
class Plugin:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, tag))
class A(Plugin, tag="a"):
    pass
class B(A):
    pass
print(Plugin.registry)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
w = WithMeta(5)
print(w.x, WithMeta.made_by, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int], Box["x"])
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, Slotted.__slots__)
class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
lg = Logged()
lg.visible = 1
print(lg.visible, lg.secret_x, getattr(lg, "secret_y", "dflt"))
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del RO().v
except AttributeError as e:
    print("AttributeError", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError", e)
class P:
    pass
p = P()
p.__dict__ = {"z": 26}
print(p.z)
p.__class__ = Rec
print(type(p).__name__, p.f)
def fn(a, *, k=3):
    return a + k
fn.__defaults__ = (10,)
print(fn(k=1), fn.__kwdefaults__, fn.__code__ is not None, fn.__closure__)
