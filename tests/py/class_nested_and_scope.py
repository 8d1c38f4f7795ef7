# nested classes, classes in functions, closures over class creation
class Outer:
    class Inner:
        val = "inner"
        def hi(self):
            return "hi from inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().hi(), Outer.Inner.__name__)
def factory(base_val):
    class Made:
        v = base_val
        def get(self):
            return self.v + base_val
    return Made
M1, M2 = factory(1), factory(10)
print(M1().get(), M2().get(), M1 is M2)
classes = []
for i in range(3):
    class T:
        idx = i
    classes.append(T)
print([c.idx for c in classes])
x = "global x"
class Sc:
    x = "class x"
    def f(self):
        return x
print(Sc().f())
