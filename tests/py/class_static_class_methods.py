# staticmethod and classmethod
class Shape:
    registry = []
    def __init__(self, n):
        self.n = n
    @classmethod
    def make(cls, n):
        obj = cls(n)
        cls.registry.append(cls.__name__)
        return obj
    @staticmethod
    def helper(a, b):
        return a + b
    def use_helper(self):
        return self.helper(self.n, 1)
class Square(Shape):
    pass
s = Shape.make(3)
q = Square.make(4)
print(type(s).__name__, type(q).__name__, s.n, q.n, Shape.registry)
print(Shape.helper(1, 2), s.helper(3, 4), q.use_helper(), Square.helper(0, 0))
print(s.make(9).n, type(q.make(1)).__name__)
def free(x):
    return x * 2
class Holder:
    sm = staticmethod(free)
    cm = classmethod(lambda cls: cls.__name__)
print(Holder.sm(4), Holder().sm(5), Holder.cm(), Holder().cm())
print(type(Holder.__dict__["sm"]).__name__, type(Holder.__dict__["cm"]).__name__)
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.inc(), Counter.inc(), Sub.inc(), Counter.n, Sub.n)
