class A:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        cls.count += x
        return cls
    @classmethod
    def make(cls):
        return cls()
class B(A):
    pass
print(A.s(2), A().s(3), A.c(1).count, B.c(5).count, A.count, B.count)
print(type(B.make()).__name__, type(A.make()).__name__)
sm = staticmethod(lambda: "raw")
class C:
    f = sm
    g = classmethod(lambda cls: cls.__name__)
print(C.f(), C().f(), C.g(), C().g())
print(isinstance(A.__dict__['s'], staticmethod), isinstance(A.__dict__['c'], classmethod))
print(A.__dict__['s'].__func__(4) if hasattr(A.__dict__['s'], '__func__') else 8)
bm = A.c
print(bm.__self__ is A, bm(0) is A)
class D:
    def inst(self):
        return self
d = D()
print(d.inst() is d, D.inst(5), d.inst.__self__ is d)
m1, m2 = d.inst, d.inst
print(m1 == m2, m1 is m2)
