# staticmethod/classmethod called on instances and subclasses
class A:
    tag = "A"
    @staticmethod
    def s(x):
        return ("s", x)
    @classmethod
    def c(cls, x):
        return (cls.__name__, cls.tag, x)

class B(A):
    tag = "B"

a = A(); b = B()
print(a.s(1), A.s(2), b.s(3))
print(a.c(1), b.c(2), B.c(3))
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__)
f = A.__dict__["s"].__func__
print(f(9))
m = b.c
print(m.__self__ is B)
print(A.c.__func__ is B.c.__func__)

class C:
    def plain(self=None):
        return self
print(C.plain())
print(C().plain() is not None)
sm = staticmethod(len)
class D:
    ln = sm
print(D().ln("abc"))
