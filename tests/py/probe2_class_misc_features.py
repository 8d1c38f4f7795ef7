# metaclass __call__, properties, descriptors, __new__, built-in subclasses
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
a = A(3)
print(a.x, A.added, type(A).__name__, isinstance(A, Meta))
class P:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = P()
p.v = 5
print(p.v)
del p.v
print(hasattr(p, "_v"))
class Q(P):
    @property
    def v(self):
        return "Q" + str(super().v)
q = Q()
q._v = 1
print(q.v)
try:
    q.v = 3
except AttributeError as e:
    print("AttributeError", e)
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "default-" + self.name)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class U:
    f = D()
u = U()
print(u.f, U.f.name)
u.f = 9
print(u.f)
class Callable:
    def __call__(self, *a, **k):
        return a, k
c = Callable()
print(c(1, k=2), callable(c))
class WithNew:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        o = super().__new__(cls)
        o.v = v
        return o
    def __init__(self, v):
        print("init", v)
print(WithNew(-1), WithNew(2).v)
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hi")
print(s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str), len(s), s == "hi")
class L(list):
    def __init__(self, *a):
        super().__init__(a)
l = L(1, 2, 3)
l.append(4)
print(l, len(l), l[1:], type(l[1:]).__name__, sum(l))
class Dd(dict):
    def __missing__(self, k):
        return k * 2
dd = Dd(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd)
class I(int):
    def __repr__(self):
        return "I(%d)" % self
print(I(5), I(5) + 1, type(I(5) + 1).__name__, repr(I(3)), I("7"), str(I(2)))
print(type("T", (object,), {"m": lambda self: 5})().m())
class Ab:
    __x = 1
    def get(self):
        return self.__x
print(Ab().get(), hasattr(Ab, "_Ab__x"), hasattr(Ab, "__x"))
print(A.__name__, A.__qualname__, A.__module__, a.__class__.__name__)
class Empty: pass
print(Empty.__bases__, Empty.__doc__, P.v.fget.__name__, isinstance(P.v, property))
