# __new__ and __init__
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("new instance")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first(), len(p))
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(Weird()).__name__)
class NoneInit:
    def __init__(self):
        return None
print(type(NoneInit()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError:
    print("TypeError init returned non-None")
class WithArgs:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
w = WithArgs(1, 2, k=3)
print(w.args, w.kw)
