# class basics: attributes, methods, __init__
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(1)
print(q.y)
Point.dims = 3
print(p.dims, q.dims)
p.dims = 10
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
m = p.move
print(m(0, -5).y, Point.move(p, 1, 0).x)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
try:
    Point()
except TypeError:
    print("TypeError missing arg")
try:
    p.nothere
except AttributeError as e:
    print("AttributeError", e)
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__)
