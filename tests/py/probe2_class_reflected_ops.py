# reflected operators: subclass priority, NotImplemented fallbacks
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("V.__add__")
        return NotImplemented if not isinstance(o, (V, int)) else V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        print("V.__radd__")
        return V(o + self.v)
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
class W(V):
    def __radd__(self, o):
        print("W.__radd__")
        return W(("w", o.v if isinstance(o, V) else o, self.v))
print(V(1) + V(2))
print(V(1) + W(2))
print(3 + V(4))
print(sum([V(1), V(2)], V(0)))
print(sum([V(1), V(2)]))
class Only:
    pass
try:
    V(1) + Only()
except TypeError as e:
    print("TypeError", e)
try:
    Only() - Only()
except TypeError as e:
    print("TypeError", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v)
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v)
        return self.v > o.v
print(Cmp(1) < Cmp(2))
class M:
    def __mul__(self, o):
        return "M*%r" % (o,)
    def __rmul__(self, o):
        return "%r*M" % (o,)
    def __rpow__(self, o):
        return "%r**M" % (o,)
    def __rsub__(self, o):
        return "%r-M" % (o,)
    def __rtruediv__(self, o):
        return "%r/M" % (o,)
    def __rfloordiv__(self, o):
        return "%r//M" % (o,)
    def __rmod__(self, o):
        return "%r%%M" % (o,)
    def __rlshift__(self, o):
        return "%r<<M" % (o,)
    def __rand__(self, o):
        return "%r&M" % (o,)
m = M()
print(m * 2, 2 * m, [1] * m if False else "skip", 2 ** m, 5 - m, 1 / m, 1 // m, "s" % m if False else 3 % m, 1 << m, 1 & m)
print("abc" * M() if False else "x")
