# attribute hooks: property raising AttributeError + __getattr__, __instancecheck__, __dir__, __class__ cell
class P:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr:" + name
p = P()
print(p.broken, p.other)
class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
    def __getattribute__(self, k):
        if k == "secret":
            return "intercepted"
        return object.__getattribute__(self, k)
l = Logged()
l.a = 1
print(l.a, l.secret)
del l.a
print(hasattr(l, "a"))
class MetaCheck(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Fake(metaclass=MetaCheck):
    pass
print(isinstance(42, Fake), isinstance(41, Fake), issubclass(int, Fake), issubclass(str, Fake))
class G:
    def __class_getitem__(cls, item):
        return "G[%s]" % (item.__name__,)
print(G[int])
class WithDir:
    def __dir__(self):
        return ["b", "a"]
print(dir(WithDir()))
x = "global x"
class Scope:
    x = "class x"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(Scope().m(), Scope.y)
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
print(Outer.Inner().who(), Outer.Inner.__name__)
class UsesClassCell:
    def m(self):
        return __class__.__name__
print(UsesClassCell().m())
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        def inner():
            return super(Child, self).hello()
        return "child+" + inner()
print(Child().hello())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
class Ro:
    __slots__ = ()
    val = property(lambda self: 5)
r = Ro()
try:
    r.val = 1
except AttributeError:
    print("AttributeError read-only property")
print(getattr(r, "val"), type(r).val.__class__.__name__)
class DelDesc:
    def __get__(self, o, t=None): return "got"
    def __delete__(self, o): print("deleted via descriptor")
class HD:
    d = DelDesc()
h = HD()
del h.d
print(h.d)
