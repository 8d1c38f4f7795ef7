# abc: abstract methods block instantiation until overridden (also properties, classmethods)
from abc import ABC, abstractmethod, ABCMeta
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): pass
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Sq(3).area(), Sq(2).describe(), isinstance(Sq(1), Shape), issubclass(Sq, ABC))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
print(Impl.make().name, type(Impl).__name__)
try: Base()
except TypeError as e: print(e)
class Plain(ABC): pass
print(type(Plain()).__name__)
class WithInit(ABC):
    def __init__(self, x): self.x = x
    @abstractmethod
    def f(self): ...
class WI(WithInit):
    def f(self): return self.x
print(WI(5).f())
