# subclass reflected operator takes priority
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
    def __lt__(self, o):
        return "Base.__lt__"
    def __gt__(self, o):
        return "Base.__gt__"
class Derived(Base):
    def __add__(self, o):
        return "Derived.__add__"
    def __radd__(self, o):
        return "Derived.__radd__"
    def __gt__(self, o):
        return "Derived.__gt__"
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + Base(2))
print(Base(1) < Derived(2))
print(1 + Base(1))
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "NI.__radd__"
try:
    print(NI() + NI())
except TypeError:
    print("TypeError: same type gets no reflected call")
print(1 + NI())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ from " + type(o).__name__
print(Left() + Right())
try:
    Left() + Left()
except TypeError:
    print("TypeError")
