l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
l += "ab"
print(l)
l += range(2)
print(l)
try:
    l = l + "x"
except TypeError as e:
    print("TypeError", e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
try:
    t += [3]
except TypeError as e:
    print("TypeError", e)
class A:
    def __init__(self):
        self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
a = A(); b = a
a += 5
print(a.v, a is b)
class B:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return B(self.v + o)
b = B(1); c = b
b += 2
print(b.v, c.v, b is c)
class C:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "add fallback"
c = C()
c += 1
print(c)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tl)
s = "a"; s *= 3; print(s)
x = 5; x //= 2; x **= 3; x %= 5; x <<= 2; x |= 1; x ^= 3; x &= 6; x >>= 1; print(x)
d = {'k': [1]}
d['k'] += [2]
print(d)
st = {1}; st |= {2}; st &= {2, 3}; print(st)
