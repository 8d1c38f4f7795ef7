# Method calls through classes and instances hitting the same call site many times
# (inline caches): static and class methods, plain functions and values reached through
# the class object, shadowing by the instance dict, class changes, and sites that see
# several classes.


class Base:
    scale = 3

    def plain(self, x):
        return ("plain", type(self).__name__, x)

    @staticmethod
    def stat(x):
        return ("stat", x)

    @classmethod
    def klass(cls, x):
        return ("klass", cls.__name__, x * cls.scale)


class Sub(Base):
    scale = 5

    def plain(self, x):
        return ("sub", Base.plain(self, x + 1))


def via_class(c, x):
    return c.stat(x), c.klass(x), c.plain(Sub(), x)


def via_instance(o, x):
    return o.stat(x), o.klass(x), o.plain(x)


for i in range(3):
    print(via_class(Base, i))
    print(via_class(Sub, i))
    print(via_instance(Base(), i))
    print(via_instance(Sub(), i))

# The same site alternating between classes (cls.scale in a class method).
print([Base.klass(1) if i % 2 else Sub.klass(1) for i in range(6)])


# Instance attributes shadow static and class methods found on the class.
o = Base()
for i in range(4):
    if i == 2:
        o.stat = lambda x: ("shadow-stat", x)
        o.klass = lambda x: ("shadow-klass", x)
    print(o.stat(i), o.klass(i))
del o.stat
del o.klass
print(o.stat(9), o.klass(9))


# Replacing a method on the class after the site was used.
def call_all(c):
    return c.stat(1), c.klass(1), c().stat(2), c().klass(2)


class C(Base):
    pass


print(call_all(C))
print(call_all(C))
C.stat = staticmethod(lambda x: ("new-stat", x))
print(call_all(C))
C.klass = classmethod(lambda cls, x: ("new-klass", cls.__name__, x))
print(call_all(C))
C.stat = lambda *a: ("now-a-function", len(a))
print(C.stat(1), C().stat(2))
del C.stat
print(call_all(C))
Base.scale = 10
print(call_all(C), call_all(Sub))
C.scale = 100
print(call_all(C), Sub.klass(1))


# Plain (non-function) class values called through a class site.
class Holder:
    f = len
    g = staticmethod(len)
    h = 42


for i in range(3):
    print(Holder.f("ab" * i), Holder.g("abc"), Holder().g("x" * i), Holder.h)
    try:
        Holder.h()
    except TypeError as e:
        print("TypeError", e)


# Metaclass attributes and methods reached through the class.
class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__


class WithMeta(metaclass=Meta):
    @classmethod
    def cm(cls):
        return "cm " + cls.__name__


for i in range(3):
    print(WithMeta.hello(), WithMeta.cm(), WithMeta().cm())


# A descriptor with __get__ in the class must keep going through the protocol.
class Desc:
    def __get__(self, obj, owner):
        return lambda *a: ("desc", obj is None, owner.__name__, a)


class UsesDesc:
    d = Desc()


for i in range(3):
    print(UsesDesc.d(i), UsesDesc().d(i))


# __class__ assignment between sites.
class A:
    @classmethod
    def who(cls):
        return "A"


class B:
    @classmethod
    def who(cls):
        return "B"


x = A()
out = []
for i in range(4):
    out.append(x.who())
    x.__class__ = B if i % 2 == 0 else A
print(out)

# Class methods called on instances whose class is garbage collected and replaced.
import gc

for i in range(3):
    class T:
        n = i

        @classmethod
        def get(cls):
            return cls.n

        @staticmethod
        def s():
            return "s"

    print(T.get(), T().get(), T.s(), T().s())
    del T
    gc.collect()


# Built-in methods reached through their class, called from one site many times.
d = {"a": 1}
for i in range(3):
    print(dict.get(d, "a"), dict.get(d, "b", i), str.upper("ab" * i), list.__len__([0] * i))
    print(int.from_bytes(b"\x01\x00", "little"), sorted(dict.fromkeys("ba" * i)))
    print(str.join("-", ["x"] * i), Exception.__init__(Exception(), 1))


class Err(Exception):
    def __init__(self, pos, msg):
        Exception.__init__(self, msg)
        self.pos = pos


for i in range(3):
    try:
        raise Err(i, "bad")
    except Err as e:
        print(e.args, e.args[0], e.pos, str(e), repr(e))
