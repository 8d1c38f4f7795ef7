class A:
    def who(self): return ["A"]
    def __init__(self): print("A init")
class B(A):
    def who(self): return ["B"] + super().who()
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def who(self): return ["C"] + super().who()
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def who(self): return ["D"] + super().who()
    def __init__(self):
        print("D init")
        super().__init__()
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(D, d).who())
class E:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return "st"
class F(E):
    @classmethod
    def make(cls): return "F+" + super().make()
print(F.make(), F().make(), F.st())
class G:
    def __init__(self, v):
        self.v = v
class H(G):
    def __init__(self):
        super().__init__(10)
print(H().v)
try:
    class X(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class Prop:
    @property
    def p(self): return "base p"
class Prop2(Prop):
    @property
    def p(self): return "derived " + super().p
print(Prop2().p)
class O:
    def __init__(self):
        super().__init__()
        print("O ok")
O()
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l), isinstance(l, list))
class Dct(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
dd = Dct(a=1)
print(dd['a'], dd.get('a'), dict(dd))
class Missing(dict):
    def __missing__(self, k):
        return "missing " + k
print(Missing()['q'])
