class Desc:
    def __init__(self): self.store = {}
    def __get__(self, obj, typ=None): return self if obj is None else self.store.get(id(obj), "unset")
    def __set__(self, obj, v): self.store[id(obj)] = v
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by = "meta"
        return inst
class A(metaclass=Meta):
    d = Desc()
    __slots__ = ()
    def __init_subclass__(cls, **kw):
        cls.sub = True
class B(A):
    def __getattr__(self, n): return n * 2
b = B()
b.d = 5
print(A.tag, B.tag, b.d, b.made_by, B.sub, b.missing, type(b).__mro__[1].__name__)
