# super() forms
class A:
    def __init__(self):
        self.log = ["A"]
    def f(self, x):
        return "A.f(%s)" % x
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def f(self, x):
        return "B+" + super().f(x)
    @classmethod
    def cm(cls):
        return "B+" + super().cm()
    def sm_via_super(self):
        return super().sm()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append("C")
    def f(self, x):
        return "C+" + super(B, self).f(x)
c = C()
print(c.log, c.f(1), C.cm(), c.sm_via_super(), B().f(2))
class Cooperative:
    def __init__(self, **kw):
        self.extra = sorted(kw)
class L(Cooperative):
    def __init__(self, left=None, **kw):
        self.left = left
        super().__init__(**kw)
class R(Cooperative):
    def __init__(self, right=None, **kw):
        self.right = right
        super().__init__(**kw)
class LR(L, R):
    pass
o = LR(left=1, right=2, other=3)
print(o.left, o.right, o.extra)
class Prop(A):
    @property
    def p(self):
        return super().f("prop")
print(Prop().p)
