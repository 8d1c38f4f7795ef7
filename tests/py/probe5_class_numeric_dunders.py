# conversions through user dunders: int()/float()/complex()/round()/math, and their
# result checks
import math
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __index__(self): return 3
n = N()
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n))
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), hex(OnlyIndex()), complex(OnlyIndex()), float(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
print(complex(OnlyFloat()), complex(OnlyFloat(), OnlyFloat()), math.sqrt(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
for bad in ['x', 1.5, None]:
    class BadInt:
        def __int__(self): return bad
    try:
        int(BadInt())
    except TypeError as e:
        print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 'no'
try:
    int(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
class BoolInt:
    def __int__(self): return 10 ** 30
print(int(BoolInt()))
class BadComplex:
    def __complex__(self): return 5
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing:
    pass
try:
    complex(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
