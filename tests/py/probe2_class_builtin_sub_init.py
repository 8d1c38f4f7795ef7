# built-in container subclasses with their own __init__ signatures and reprs
class L(list):
    def __init__(self, *a):
        super().__init__(a)
l = L(1, 2, 3)
print(l, len(l))
class S(set):
    def __init__(self, a, b):
        super().__init__([a, b])
s = S(1, 2)
print(sorted(s), len(s), 1 in s, type(s).__name__)
class S2(set):
    pass
print(sorted(S2([3, 1])), S2())
x = {1, 2}
x.__init__([5])
print(x)
class D(dict):
    def __init__(self, *pairs):
        super().__init__(pairs)
print(D(("a", 1), ("b", 2)))
class L2(list):
    pass
try:
    L2(1, 2)
except TypeError as e:
    print(e)
class S2(set): pass
class F(frozenset): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
print(S2([1]), S2(), F([2]), F(), L([1]), D(a=1), T((1,)))
