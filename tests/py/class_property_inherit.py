# properties and inheritance, overriding, calling parent property
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
class Child(Base):
    @property
    def v(self):
        return "child sees " + str(Base.v.fget(self))
    @v.setter
    def v(self, val):
        Base.v.fset(self, val * 100)
c = Child()
print(c.v)
c.v = 2
print(c.v, c._v)
b = Base()
b.v = 5
print(b.v)
class Computed:
    def __init__(self, items):
        self.items = items
    @property
    def count(self):
        return len(self.items)
    @property
    def summary(self):
        return "%d items, first=%r" % (self.count, self.items[0] if self.items else None)
print(Computed([3, 4]).summary, Computed([]).summary)
print(type(Base.v).__name__, Base.v.fset is not None, Computed.count.fset)
