class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        if isinstance(o, V):
            return self.v == o.v
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.v)
        if isinstance(o, V):
            return self.v < o.v
        return NotImplemented
print(V(1) == V(1), V(1) != V(2))
print(V(1) < V(2), V(3) > V(2))
print(V(1) == 1)
print(1 == V(1))
try:
    V(1) < 1
except TypeError as e:
    print("TypeError", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError", e)
class W:
    def __gt__(self, o):
        return "W.gt"
    def __le__(self, o):
        return "W.le"
print(1 < W(), 1 >= W())
class X:
    pass
x = X()
print(x == x, x != x, x == X(), x != X())
print(sorted([V(3), V(1), V(2)], key=lambda v: v.v)[0].v)
class Sub(V):
    def __eq__(self, o):
        print("sub eq")
        return True
print(V(1) == Sub(2))
class N:
    def __ne__(self, o):
        return "custom ne"
print(N() != 1)
print(None == 0, [] == (), [1] == [1.0], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
print({1: 2} == {1: 2.0}, {1} == frozenset([1]))
