# multiple inheritance and C3 MRO
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1):
        pass
except TypeError:
    print("TypeError inconsistent MRO")
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return "Named"
class Both(Mixin, Named):
    pass
print(Both().greet())
class P1:
    attr = "p1"
class P2:
    attr = "p2"
    only2 = "only2"
class Q(P1, P2):
    pass
print(Q.attr, Q.only2)
