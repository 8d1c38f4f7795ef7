# class vs instance attribute lookup, mutable class attrs
class A:
    shared = []
    n = 0
    def add(self, v):
        self.shared.append(v)
        self.n += 1
a1, a2 = A(), A()
a1.add(1)
a2.add(2)
print(A.shared, a1.n, a2.n, A.n)
print("n" in vars(a1), "shared" in vars(a1))
print(vars(a1))
class B:
    pass
b = B()
b.__dict__["z"] = 3
print(b.z, b.__dict__)
print(a1.__class__.__name__, a1.__class__ is A)
B.new_method = lambda self: "added later"
print(b.new_method())
def outside(self, x):
    return x * 2
B.m = outside
print(b.m(4), B.m(b, 5))
b.inst_fn = lambda x: x + 1
print(b.inst_fn(1))
class C:
    x = 1
    y = x + 1
    def get(self):
        return self.x, self.y
print(C().get())
