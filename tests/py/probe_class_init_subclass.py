class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, sorted(kw.items()))
        Base.subs.append(cls.__name__)
class A(Base):
    pass
class B(Base, flag=1):
    pass
class C(A):
    pass
print(Base.subs)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "got " + self.name
class H:
    foo = Named()
    bar = Named()
print(H().foo, H().bar)
print(H.foo.name)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    pass
print(M.added, type(M).__name__)
