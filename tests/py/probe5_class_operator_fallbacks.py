# binary/in-place/reflected operator fallbacks and __len__ results
# operator fallbacks
class A:
    def __add__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return 'B.radd'
print(A() + B())
try: A() + A()
except TypeError as e: print(type(e).__name__, e)
class Sub(int):
    def __radd__(self, o): return 'Sub.radd'
    def __add__(self, o): return 'Sub.add'
print(1 + Sub(2), Sub(2) + 1)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Derived(Base):
    def __radd__(self, o): return 'Derived.radd'
print(Base() + Derived(), Derived() + Base())
class IA:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'IA.add'
x = IA(); x += 1; print(x)
class NoIadd:
    def __add__(self, o): return 'plain add'
y = NoIadd(); y += 5; print(y)
l = [1]; l2 = l; l += [2]; print(l is l2, l)
t = (1,); t2 = t; t += (2,); print(t is t2, t)
s = 'a'; s += 'b'; print(s)
class P:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
print(P() ** 2, 2 ** P(), pow(P(), 2, 3))
class M:
    def __mul__(self, o): return 'M.mul'
print([1] * 2, 'ab' * 2, M() * [1])
try: [1] * M()
except TypeError as e: print(type(e).__name__, e)
class RM:
    def __rmul__(self, o): return 'RM.rmul'
print([1] * RM(), 'x' * RM(), 3 * RM())
class Idx:
    def __index__(self): return 3
print([1] * Idx(), 'ab' * Idx(), Idx() * 'ab' if False else '')
class Cmp:
    def __eq__(self, o): return NotImplemented
print(Cmp() == 1, 1 == Cmp(), Cmp() != 1, None == Cmp())
class Truthy:
    def __lt__(self, o): return 1
print(Truthy() < 5, 5 > Truthy())
class Div:
    def __truediv__(self, o): return 'div'
    def __rtruediv__(self, o): return 'rdiv'
    def __floordiv__(self, o): return 'fdiv'
print(Div() / 1, 1 / Div(), Div() // 1)
try: 1 // Div()
except TypeError as e: print(type(e).__name__, e)
class Neg:
    def __neg__(self): return NotImplemented
print(-Neg())
class C1:
    def __contains__(self, x): return []
print(1 in C1(), 1 not in C1())
class Hashy:
    def __hash__(self): return -1
print(hash(Hashy()))
class Lenny:
    def __len__(self): return 2**70
try: len(Lenny())
except OverflowError as e: print(type(e).__name__, e)
try: bool(Lenny())
except OverflowError as e: print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -2**70
try: len(NegLen())
except ValueError as e: print(type(e).__name__, e)
