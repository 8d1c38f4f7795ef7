# metaclass __repr__/__str__, __prepare__, __init_subclass__ keywords, type() checks
class MetaRepr(type):
    def __repr__(cls):
        return '<custom ' + cls.__name__ + '>'
class MR(metaclass=MetaRepr):
    pass
class MR2(MR):
    pass
print(MR, repr(MR), str(MR), [MR2], f'{MR}')

class MetaStr(type):
    def __str__(cls):
        return 'str of ' + cls.__name__
class MS(metaclass=MetaStr):
    pass
print(MS, str(MS), repr(MS).startswith("<class '"))

class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class PC(metaclass=PM):
    x = injected + 1
class PD(PC, flag=True):
    pass
print(PC.injected, PC.x, PD.injected)


class Base:
    subs = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, key))

class S1(Base):
    pass
class S2(Base, key='k2'):
    pass
class S3(S2):
    pass
print(Base.subs)
try:
    class S4(Base, bad=1, key=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S5(bad=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# type() with bases whose __init_subclass__ runs, and kwargs through a metaclass
T = type('T', (Base,), {})
print(Base.subs[-1])

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.new', name, kw)
        return super().__new__(mcs, name, bases, ns)
class M1(metaclass=Meta):
    pass
class M2(M1, flag=True):
    pass
print(type(M2).__name__)

# __init_subclass__ from the MRO, not only the first base
class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin.init_subclass', cls.__name__)
        super().__init_subclass__(**kw)
class Plain:
    pass
class Both(Plain, Mixin):
    pass

# __set_name__ still runs for descriptors
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class HasD(metaclass=Meta):
    d = D()

try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
