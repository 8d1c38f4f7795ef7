class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, N): return N(self.v + o.v)
        if isinstance(o, int): return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return N(o + self.v)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * o)
    __rmul__ = __mul__
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __repr__(self): return "N(%r)" % self.v
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o, m=None): return N(pow(self.v, o, m) if m else self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return "divmod"
print(N(1) + N(2), N(1) + 5, 5 + N(1), 10 - N(3), N(3) - 1, 3 * N(2), N(2) * 3)
print(-N(4), +N(4), abs(N(-4)), ~N(0), N(7) / 2, N(7) // 2, N(7) % 4, N(2) ** 3, 2 ** N(3), pow(N(2), 3, 5))
print(N(1) << 3, N(6) & 3, N(4) | 1, N(5) ^ 1, N(1) @ N(2), divmod(N(1), 2))
try:
    N(1) + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + N(1)
except TypeError as e:
    print("TypeError", e)
class P:
    pass
for op in [lambda: P() + 1, lambda: 1 - P(), lambda: P() * P(), lambda: -P(), lambda: P() < P(), lambda: ~P(), lambda: P() @ 1]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
for op in [lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 < "a", lambda: {} < {}, lambda: None + 1, lambda: -"a", lambda: 2 ** "a", lambda: "a" * "b", lambda: [1] * 1.5]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
print(1 + IntSub(2), IntSub(2) + 1)
