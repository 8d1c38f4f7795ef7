def register(cls):
    cls.registered = True
    return cls
def replace(cls):
    return "replaced " + cls.__name__
@register
class A:
    pass
print(A.registered)
@replace
class B:
    pass
print(B)
def deco_args(tag):
    def wrap(cls):
        cls.tag = tag
        return cls
    return wrap
@deco_args("t1")
@register
class C:
    pass
print(C.tag, C.registered)
def trace(f):
    def w(*a, **k):
        print("call", f.__name__, len(a))
        return f(*a, **k)
    return w
class D:
    @trace
    def m(self, x):
        return x * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        print("set", v)
d = D()
print(d.m(4))
print(D.s(1), d.s(2), D.c(3), d.c(4))
print(d.p)
d.p = 9
try:
    del d.p
except AttributeError as e:
    print("AttributeError")
print(type(D.__dict__['s']).__name__, type(D.__dict__['c']).__name__)
