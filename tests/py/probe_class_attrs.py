class A:
    count = 0
    items = []
    def __init__(self):
        A.count += 1
        self.items = self.items + [A.count]
a = A(); b = A()
print(A.count, a.count, a.items, b.items, A.items)
a.count = 100
print(A.count, a.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    count = -1
print(B.count, B().count, A.count)
print(B.__bases__[0].__name__, B.__name__, B.__mro__[-1])
print('count' in B.__dict__, 'items' in B.__dict__)
class C:
    x = 1
    def get(self):
        try:
            return x
        except NameError:
            return "no x"
print(C().get())
class D:
    def m(self):
        return "m"
d = D()
d.m = lambda: "instance"
print(d.m(), D.m(d))
print(type(D.__dict__['m']).__name__)
print(A.__init__ is A.__dict__['__init__'])
print(getattr(A, 'nope', 'dflt'))
class F:
    pass
F.z = 3
print(F().z, vars(F())=={}, sorted(k for k in vars(F) if not k.startswith('__')))
