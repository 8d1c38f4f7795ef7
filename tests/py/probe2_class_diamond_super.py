# super() chains through diamond hierarchies
class A:
    def __init__(self):
        print("A.__init__")
        self.trace = ["A"]
    def who(self):
        return ["A"]

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trace.append("B")
    def who(self):
        return ["B"] + super().who()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trace.append("C")
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trace.append("D")
    def who(self):
        return ["D"] + super().who()

d = D()
print(d.trace)
print(d.who())
print([k.__name__ for k in D.__mro__])
print(super(B, d).who())
print(super(C, d).who())

class E(C, B):
    pass
print([k.__name__ for k in E.__mro__])
print(E().who())

try:
    class Bad(A, B):
        pass
except TypeError:
    print("TypeError MRO")
