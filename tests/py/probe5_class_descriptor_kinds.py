# descriptor kinds: __set__ without __get__ (the instance dict wins on reads),
# __get__ only (non-data), property getter/setter inheritance, staticmethod objects
class SetOnly:
    def __set__(self, obj, v):
        print('SetOnly.set', v)
        obj.__dict__['s'] = v * 2

class C:
    s = SetOnly()

c = C()
print(type(c.s).__name__)
c.s = 5
print(c.s, c.__dict__)
print(type(C.s).__name__)

class DelOnly:
    def __delete__(self, obj):
        print('DelOnly.delete')

class D:
    d = DelOnly()

o = D()
o.__dict__['d'] = 'in dict'
print(o.d)
del o.d

class GetOnly:
    def __get__(self, obj, t=None):
        return 'GetOnly'

class E:
    g = GetOnly()

e = E()
print(e.g)
e.g = 'inst'
print(e.g, E.g)

class GetSet:
    def __get__(self, obj, t=None):
        return 'GetSet.get'
    def __set__(self, obj, v):
        print('GetSet.set', v)

class F:
    gs = GetSet()

f = F()
f.__dict__['gs'] = 'shadow'
print(f.gs)
f.gs = 1

class MetaSet(type):
    x = SetOnly()

class WithMeta(metaclass=MetaSet):
    x = 'class attr'

print(WithMeta.x)

sm = staticmethod(lambda x: x * 3)
print(callable(sm), sm(4), callable(classmethod(lambda c: c)))

class Base:
    @property
    def p(self):
        return 'base'
    @p.setter
    def p(self, v):
        print('base setter', v)

class Der(Base):
    @Base.p.getter
    def p(self):
        return 'derived getter'

d = Der()
print(d.p)
d.p = 3
print(Base.p.fset is Der.p.fset, Base.p.fget is Der.p.fget)
