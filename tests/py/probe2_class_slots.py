# __slots__ behaviours MicroPython shares (enforcement is not tested)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(P.__slots__)

class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.z)

class R:
    __slots__ = ["a"]
r = R()
try:
    r.a
except AttributeError:
    print("unset slot AttributeError")
r.a = 1
del r.a
try:
    print(r.a)
except AttributeError:
    print("deleted slot AttributeError")

class S:
    __slots__ = "only"
s = S()
s.only = "yes"
print(s.only)
