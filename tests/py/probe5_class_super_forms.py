class A:
    def __init__(self, **kw):
        print('A.init', kw)
    def who(self): return ['A']
class B(A):
    def __init__(self, b=0, **kw):
        print('B.init', b); super().__init__(**kw)
    def who(self): return ['B'] + super().who()
class C(A):
    def __init__(self, c=0, **kw):
        print('C.init', c); super().__init__(**kw)
    def who(self): return ['C'] + super().who()
class D(B, C):
    def __init__(self, **kw):
        print('D.init'); super().__init__(**kw)
    def who(self): return ['D'] + super().who()
d = D(b=1, c=2, extra=3)
print(d.who())
print(super(B, d).who(), super(C, d).who())
try: super(B, 5)
except TypeError as e: print(type(e).__name__, e)
try: super(int, 'x')
except TypeError as e: print(type(e).__name__, e)
class E:
    def gen(self):
        yield super().__repr__()[:10]
    def lam(self):
        f = lambda: super(E, self).__class__
        return f()
    def comp(self):
        return [super().__hash__() == object.__hash__(self) for _ in range(1)]
e = E()
print(list(e.gen()), e.lam())
class F:
    def __setattr__(self, k, v):
        print('F.setattr', k)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        return super().__getattribute__(k)
f = F(); f.x = 1; print(f.x)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
g = G(); g['a'] = 5; print(g['a'], dict(g))
class H(list):
    def append(self, x):
        super().append(x * 10)
h = H(); h.append(1); print(h)
class I:
    @staticmethod
    def s():
        try: return super().x
        except RuntimeError as e: return 'RuntimeError ' + str(e)
print(I.s())
class J:
    x = 'J.x'
class K(J):
    x = 'K.x'
    def get(self): return super().x
print(K().get())
class L:
    def m(self): return 'L'
class M(L):
    def m(self):
        s = super()
        return s.m() + '>M'
print(M().m())
# super() with self reassigned
class N(L):
    def m(self):
        self = 5
        try: return super().m()
        except TypeError as e: return 'TypeError ' + str(e)
print(N().m())
# super().__class__, super().__init__ unbound
print(super(M, M()).m())
sup = super(M, M)
print(sup.m(M()))
# super in classmethod with cls
class P:
    @classmethod
    def make(cls): return cls.__name__
class Q(P):
    @classmethod
    def make(cls): return 'Q>' + super().make()
print(Q.make(), Q().make())
# __init__ not calling super
class R:
    def __init__(self): self.r = 1
class S(R):
    def __init__(self): pass
print(hasattr(S(), 'r'))
# super() in __new__ of subclass of builtin
class T(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T(5), type(T(5)).__name__)
class U(str):
    def __new__(cls, v):
        o = super().__new__(cls, v.upper())
        o.extra = 1
        return o
u = U('abc'); print(u, u.extra, len(u))
class V(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(V(1, 2), len(V(1, 2, 3)))
class W:
    def m(self):
        return super()
class X(W):
    pass
print(X().m(), super(X, X), super(W))
try:
    super(5, X())
except TypeError as e:
    print(type(e).__name__, e)
print(super(X, X()).__class__ is super)
