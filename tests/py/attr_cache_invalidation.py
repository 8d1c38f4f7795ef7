# Attribute lookups inside loops (where the VM caches them per instruction) must see
# every change: class attributes changed after some iterations, instance attributes
# shadowing methods, properties and __getattr__ added later, __class__ assignment,
# dict entries deleted and reinserted, monkey-patching.


class A:
    k = 1

    def m(self):
        return "A.m"


def read_k(objs):
    return [o.k for o in objs]


def call_m(objs):
    return [o.m() for o in objs]


# Class attribute changed after N loop iterations.
a = A()
out = []
for i in range(6):
    if i == 3:
        A.k = 100
    out.append(a.k)
print("class attr change:", out)

# Class attribute deleted: falls back to a base class, then disappears.
class Base:
    v = "base"


class Derived(Base):
    v = "derived"


d = Derived()
out = []
for i in range(6):
    if i == 2:
        del Derived.v
    if i == 4:
        del Base.v
    try:
        out.append(d.v)
    except AttributeError as e:
        out.append("AttributeError")
print("class attr delete:", out)

# Instance attribute added/deleted shadowing a method.
a = A()
out = []
for i in range(8):
    if i == 2:
        a.m = lambda: "instance"
    if i == 5:
        del a.m
    out.append(a.m())
print("shadow method:", out)
out = []
for i in range(6):
    if i == 3:
        a.__dict__["m"] = lambda: "via __dict__"
    out.append(a.m())
print("shadow via __dict__:", out)

# Monkey-patching the method on the class.
a = A()
out = []
for i in range(6):
    if i == 3:
        A.m = lambda self: "patched"
    out.append(a.m())
    f = a.m
    out.append(f())
print("patch method:", out)

# Property added to the class later wins over the instance dict.
class P:
    pass


p = P()
p.x = "instance"
out = []
for i in range(6):
    if i == 3:
        P.x = property(lambda self: "property")
    out.append(p.x)
print("property added:", out)

# Setting through a property added later calls its setter.
class Q:
    pass


log = []
q = Q()
for i in range(5):
    if i == 2:
        Q.y = property(lambda self: self.__dict__.get("y"), lambda self, v: log.append(v))
    q.y = i
print("setter added:", log, q.__dict__)

# __getattr__ added later serves missing names.
class G:
    pass


g = G()
out = []
for i in range(5):
    if i == 2:
        G.__getattr__ = lambda self, name: "getattr:" + name
    try:
        out.append(g.missing)
    except AttributeError:
        out.append("AttributeError")
print("getattr added:", out)

# __setattr__ added later intercepts stores.
class S:
    pass


s = S()
seen = []
for i in range(5):
    if i == 3:
        def hook(self, name, value):
            seen.append((name, value))
        S.__setattr__ = hook
    s.val = i
print("setattr added:", seen, s.__dict__)

# __class__ assignment changes where methods and class attributes come from.
class One:
    tag = "one"

    def who(self):
        return "One"


class Two:
    tag = "two"

    def who(self):
        return "Two"


o = One()
out = []
for i in range(6):
    if i == 3:
        o.__class__ = Two
    out.append((o.tag, o.who()))
print("__class__ assignment:", out)

# Dict entries deleted and reinserted (positions move).
class R:
    pass


r = R()
r.a = 1
r.b = 2
r.c = 3
out = []
for i in range(8):
    if i == 2:
        del r.a
    if i == 4:
        r.a = 10
    if i == 6:
        del r.b
        r.__dict__.clear()
        r.c = 30
    out.append(getattr(r, "a", None))
    out.append(r.c)
print("reinserted:", out)

# Different instances of one class with different dict layouts share a site.
objs = []
for n in range(4):
    x = A()
    if n % 2:
        x.first = n
    x.k = n * 10
    objs.append(x)
print("layouts:", read_k(objs), read_k(objs))
objs.append(A())
print("mixed:", read_k(objs))

# Instances of different classes at one site.
class B2:
    k = "b2"

    def m(self):
        return "B2.m"


class C3(A):
    def m(self):
        return "C3.m"


mixed = [A(), B2(), C3(), 5, "s", [1]]
out = []
for o in mixed:
    try:
        out.append(o.m())
    except AttributeError:
        out.append("no m")
print("polymorphic:", out)

# Replacing the instance __dict__.
class D:
    pass


dd = D()
dd.z = 1
out = []
for i in range(4):
    if i == 2:
        dd.__dict__ = {"z": 2}
    out.append(dd.z)
print("dict replaced:", out)

# del obj.attr inside a loop.
class E:
    pass


e = E()
out = []
for i in range(4):
    e.t = i
    out.append(e.t)
    del e.t
    out.append(hasattr(e, "t"))
print("del attr:", out)

# Class attributes read through the class object, changed later.
class K:
    n = 1

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return cls.__name__


out = []
for i in range(5):
    if i == 3:
        K.n = 2
        K.s = staticmethod(lambda: "static2")
    out.append((K.n, K.s(), K.c()))
print("class object:", out)

# A non-data descriptor with __get__ added to the class after caching.
class NonData:
    def __get__(self, obj, cls):
        return "nondata"


class H:
    pass


h = H()
out = []
for i in range(6):
    if i == 2:
        H.w = NonData()
    if i == 4:
        h.w = "instance wins"
    try:
        out.append(h.w)
    except AttributeError:
        out.append("AttributeError")
print("non-data descriptor:", out)

# Subclass of a built-in type with attributes and methods.
class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
out = []
for i in range(4):
    ml.extra = i
    out.append((ml.total(), ml.extra, len(ml)))
    ml.append(i)
print("builtin subclass:", out)

# Module attributes through LoadAttr/LoadMethod.
import math

out = []
for i in range(3):
    out.append(math.floor(2.5 + i))
    out.append(math.pi > 3)
print("module:", out)

# Inplace operations on attributes.
class Cnt:
    total = 0


cnt = Cnt()
for i in range(5):
    cnt.total += i
print("inplace:", cnt.total, Cnt.total)

# __getattr__ added to a base class after the subclass exists.
class GBase:
    pass


class GSub(GBase):
    pass


gs = GSub()
out = []
for i in range(4):
    if i == 2:
        GBase.__getattr__ = lambda self, name: "base getattr"
    try:
        out.append(gs.nothing)
    except AttributeError:
        out.append("AttributeError")
print("base getattr added:", out)


# Classes created and dropped repeatedly (their slots get reused after collection):
# one site sees a fresh class every time.
import gc


def make(n):
    class T:
        val = n

        def get(self):
            return self.val * 2

    return T()


out = []
for n in range(300):
    t = make(n)
    if n % 50 == 0:
        gc.collect()
    out.append(t.val + t.get())
print("fresh classes:", sum(out), out[:5], out[-3:])


# Instance dict keys that are str subclasses or non-interned strs.
class SK(str):
    def __eq__(self, other):
        return other == "zz"

    def __hash__(self):
        return hash("zz")


class Holder:
    pass


hd = Holder()
hd.__dict__[SK("zz")] = 1
for i in range(3):
    hd.zz = i
print("str subclass key:", sorted(hd.__dict__.items()), type(list(hd.__dict__)[0]).__name__)
long_name = "attr_" + "x" * 80
hd2 = Holder()
setattr(hd2, long_name, 1)
for i in range(3):
    setattr(hd2, long_name, getattr(hd2, long_name) + 1)
print("long name:", getattr(hd2, long_name), len(hd2.__dict__))
