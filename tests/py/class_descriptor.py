# descriptors: __get__, __set__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("expected int")
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, p._x, type(Point.x).__name__)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError", e)
class Const:
    def __get__(self, obj, objtype=None):
        return 42
class U:
    c = Const()
u = U()
print(u.c, U.c)
u.__dict__["c"] = "instance wins for non-data"
print(u.c)
