# augmented assignment fallbacks and in-place semantics
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return A(self.v + o)
class B(A):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
a = A(1)
a0 = a
a += 5
print(a.v, a is a0)
b = B(1)
b0 = b
b += 5
print(b.v, b is b0)
class N:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
n = N()
n += 1
print(n)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError:
    print("TypeError tuple item")
print(t)
x = [1, 2]
y = x
x += (3,)
print(y, x is y)
try:
    x = x + (4,)
except TypeError:
    print("TypeError list + tuple")
s = "a"
s += "b"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
for _ in range(3):
    o.count += 1
print(o.count)
st = {1}
st |= {2}
st &= {2, 3}
st ^= {4}
st -= {4}
print(st)
i = 7
i //= 2; i **= 3; i %= 10; i <<= 2; i >>= 1; i |= 1; i ^= 3; i &= 6
print(i)
f = 1.5
f /= 0.5
f -= 1
print(f)
