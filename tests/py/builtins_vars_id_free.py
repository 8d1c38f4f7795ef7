# vars() and related introspection
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p), sorted(vars(p)))
vars(p)["c"] = 3
print(p.c)
def f():
    x = 1
    y = 2
    return sorted(vars().items()) if False else sorted(locals())
print(f())
try:
    vars(5)
except TypeError:
    print("TypeError")
print("cls_attr" in vars(P), "a" in vars(P))
