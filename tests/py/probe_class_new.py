class A:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, x):
        print("init", x)
        self.x = x
a = A(1)
print(a.x, a.made)
print(A(-1))
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(B())
class Other:
    def __init__(self):
        print("Other init")
class C:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("C init never")
print(type(C()).__name__)
class Sub(A):
    pass
s = Sub(5)
print(type(s).__name__, s.x)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Single() is Single())
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
m = MyInt(21)
print(m, m + 1, type(m).__name__, isinstance(m, int))
class MyTuple(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
print(MyTuple(1, 2, 3), len(MyTuple(1, 2)))
class MyStr(str):
    pass
ms = MyStr("hi")
print(ms.upper(), ms + "!", type(ms).__name__, ms == "hi")
