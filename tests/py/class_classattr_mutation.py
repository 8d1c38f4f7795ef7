# class attributes modified at runtime and seen by instances/subclasses
class A:
    x = 1
class B(A):
    pass
b = B()
print(b.x)
A.x = 2
print(b.x, B.x)
B.x = 3
print(A.x, B.x, b.x)
del B.x
print(B.x)
A.method = lambda self: "dynamic method"
print(b.method())
def counter_init(self):
    type(self).instances = getattr(type(self), "instances", 0) + 1
A.__init__ = counter_init
A(); A(); B()
print(A.instances, B.instances)
class C:
    items = []
c1, c2 = C(), C()
c1.items.append(1)
c2.items = [2]
print(C.items, c1.items, c2.items)
