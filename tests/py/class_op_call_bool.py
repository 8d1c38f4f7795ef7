# __call__, __bool__, __len__-based truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 1])))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Flag(True)), not Flag(False))
if Flag(True):
    print("truthy branch")
print(Flag(False) or "fallback")
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)), "yes" if Sized(1) else "no")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()))
class Chained:
    def __call__(self):
        return self
c = Chained()
print(c()()() is c)
