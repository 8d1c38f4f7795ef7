class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), ml[1:3], type(ml[1:3]).__name__, isinstance(ml, list), ml == [1, 2, 3, 4])
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict()
md['a'] = 1
print(md, md['a'], len(md), 'a' in md, list(md.items()))
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(5)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__, mi == 5, hash(mi) == hash(5), str(mi), repr(mi), -mi, abs(MyInt(-3)))
class MyFloat(float):
    pass
print(MyFloat(1.5) * 2, MyFloat("2.5"), int(MyFloat(3.7)))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), s[0], len(s), s + "x", type(s + "x").__name__, s == "hey", "e" in s, s.split("e"))
class MyExc(ValueError):
    pass
try:
    raise MyExc("boom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
class MySet(set):
    pass
ms = MySet([1, 2])
ms.add(3)
print(sorted(ms), 2 in ms, len(ms))
class MyTuple(tuple):
    def first(self):
        return self[0]
mt = MyTuple([7, 8])
print(mt, mt.first(), len(mt), mt + (9,), isinstance(mt, tuple))
class WithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
w = WithInit(3)
print(w, w.n)
class B(bytes):
    pass
print(B(b"ab"), len(B(b"ab")))
class D2(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
print(D2(a=1), D2(a=1).extra)
print(MyInt.__mro__[1].__name__, issubclass(MyInt, int), int.__subclasses__ if False else "")
