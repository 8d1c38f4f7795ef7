class A:
    pass
A.cls_attr = 1
a = A()
print(a.cls_attr)
a.cls_attr = 2
print(A.cls_attr, a.cls_attr)
A.cls_attr = 3
print(a.cls_attr)
def m(self): return "m-" + str(self.cls_attr)
A.m = m
print(a.m())
a.__dict__['direct'] = "d"
print(a.direct)
class B:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
b = B()
print(b.get(), hasattr(b, '__private'), b._B__private)
class C:
    __mangled = "cm"
    def get(self): return C.__mangled
print(C().get(), C._C__mangled)
class D:
    count = 0
    def inc(self):
        self.count += 1
d1, d2 = D(), D()
d1.inc(); d1.inc()
print(d1.count, d2.count, D.count)
class E:
    lst = []
    def add(self, v): self.lst.append(v)
e1, e2 = E(), E()
e1.add(1); e2.add(2)
print(E.lst)
print(A.__name__, A.__qualname__, a.__class__ is A, type(a) is A, A.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
def factory(n):
    class Local:
        val = n
    return Local
print(factory(1).val, factory(2).val, factory(3).__name__)
class Empty: pass
class Empty2(): pass
class Empty3(object): pass
print(Empty.__bases__, Empty2.__bases__, Empty3.__bases__)
print(isinstance(Empty, type), issubclass(Empty, object))
