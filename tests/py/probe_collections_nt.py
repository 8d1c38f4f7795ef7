from collections import namedtuple, OrderedDict, deque
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x, y, p._fields, p._replace(x=5), P._make([3, 4]), p._asdict())
Q = namedtuple("Q", ["a", "b", "c"])
print(Q(1, b=2, c=3), Q(*range(3)), Q(a=1, b=2, c=3).c)
try:
    Q(1, 2)
except TypeError as e:
    print("TypeError")
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
print(hash(p) == hash((1, 2)), p < P(1, 3), sorted([P(2, 1), P(1, 2)]))
od = OrderedDict()
od['b'] = 1; od['a'] = 2
print(list(od.keys()), od, OrderedDict([(1, 2)]))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d.popleft(), d.pop(), len(d), list(d))
R = namedtuple("R", "a, b")
print(R(1, 2), R.__name__)
class Sub(namedtuple("Base", "u v")):
    def total(self):
        return self.u + self.v
print(Sub(1, 2).total(), Sub(1, 2))
