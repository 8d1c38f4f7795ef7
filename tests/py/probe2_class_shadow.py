# class variables shadowed by instance variables
class C:
    count = 0
    items = []
    def __init__(self):
        self.count += 1
        self.items.append(1)

a = C()
b = C()
print(C.count, a.count, b.count)
print(C.items, a.items is b.items)
a.count = 100
print(a.count, C.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError:
    print("AttributeError del")
C.count = 7
print(a.count, b.count)
print("count" in a.__dict__, "count" in b.__dict__)

class D:
    def meth(self):
        return "method"
d = D()
d.meth = lambda: "instance attr"
print(d.meth())
del d.meth
print(d.meth())

class E:
    x = 1
class F(E):
    pass
f = F()
print(f.x)
F.x = 2
print(f.x, E.x)
del F.x
print(f.x)
