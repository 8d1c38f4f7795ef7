# methods stored in lists/dicts and called later; bound-method identity
class Acc:
    def __init__(self, n):
        self.n = n
    def add(self, k):
        self.n += k
        return self.n
    def get(self):
        return self.n

a = Acc(0)
ops = [a.add, a.add, a.get]
print(ops[0](5), ops[1](2), ops[2]())
table = {"inc": a.add, "get": Acc.get}
table["inc"](10)
print(table["get"](a))

m1 = a.add
m2 = a.add
print(m1 == m2, m1 is m2)
print(m1.__self__ is a, m1.__func__ is Acc.add)
print(m1.__func__.__name__)
b = Acc(0)
print(a.add == b.add)
print(m1.__func__(b, 3), b.n)

fs = [Acc(i).get for i in range(3)]
print([f() for f in fs])

class K:
    def f(self):
        return 1
k = K()
print(hash(k.f) == hash(k.f))
s = {k.f, k.f}
print(len(s))
print(type(k.f).__name__)
