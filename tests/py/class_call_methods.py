# calling methods in different ways
class Calc:
    def __init__(self, v=0):
        self.v = v
    def add(self, n):
        self.v += n
        return self
    def result(self):
        return self.v
c = Calc()
print(c.add(5).add(3).result())
print(Calc.add(Calc(1), 1).result())
m = getattr(c, "add")
m(2)
print(c.result())
ops = [("add", 10), ("add", -4)]
for name, arg in ops:
    getattr(c, name)(arg)
print(c.result())
print(list(map(Calc.result, [Calc(1), Calc(2)])))
print(sorted([Calc(3), Calc(1), Calc(2)], key=Calc.result)[0].v)
class WithCls:
    @classmethod
    def create(cls, *a):
        return cls(*a)
    def __init__(self, *a):
        self.a = a
print(WithCls.create(1, 2).a, WithCls().create(3).a)
