# built-in functions stored as class attributes are not bound (methods of built-in types are)
class A:
    f = len
    g = lambda self: type(self).__name__
    h = print
    i = int
    j = str.upper
    k = [].append
    import math
    s = math.sqrt
a = A()
print(a.f([1, 2]), a.g(), a.i('5'), a.s(4.0))
a.h('bound print?')
def outside(self, x): return ('outside', x)
A.o = outside
print(a.o(5))
a.p = outside
try: a.p(5)
except TypeError as e: print(type(e).__name__, e)
print(a.p(1, 2))
class B:
    def __init__(self): self.fn = self.method
    def method(self): return 'm'
b = B(); print(b.fn())
class Cl:
    def __call__(self, x): return ('called', x)
class D:
    c = Cl()
print(D().c(1))
import functools
class E:
    p = functools.partial(outside, 'self-ish')
print(E().p(3))
bm = a.g
print(bm.__self__ is a, bm())
def gen_method(self):
    yield self
A.gm = gen_method
print(next(a.gm()) is a)
async def am(self): return self
A.am = am
co = a.am()
try: co.send(None)
except StopIteration as e: print(e.value is a)
print(type(A.__dict__['g']).__name__)
class G:
    up = str.upper
    app = list.append
    ln = len
try:
    G().up()
except TypeError as e:
    print(type(e).__name__)
print(G.up('abc'), G.ln('abcd'), G().ln('ab'))
lst = []
G.app(lst, 1)
print(lst)
