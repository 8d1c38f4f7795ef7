# arithmetic operator overloading, reflected and in-place
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a @ b)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
class Radd:
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub(%r)" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rpow__(self, o):
        return "rpow"
    def __rlshift__(self, o):
        return "rlshift"
    def __rand__(self, o):
        return "rand"
print(1 + Radd(), "s" + Radd(), [1] + Radd(), 5 - Radd(), 1 / Radd(), 2 ** Radd(), 1 << Radd(), 1 & Radd())
print(sum([Radd()]) if False else sum([], 0))
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return "Bits(%s)" % bin(self.v)
print(Bits(12) & Bits(10), Bits(12) | Bits(10), Bits(12) ^ Bits(10), Bits(1) << 4, Bits(16) >> 2)
