class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"
    def __eq__(self, o):
        return isinstance(o, Base) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, o):
        return self.x < o.x
class Child(Base):
    def __init__(self, x, y=2):
        super().__init__(x)
        self.y = y
    @property
    def total(self):
        return self.x + self.y
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, *args, k=1, **kw):
        return a, args, k, kw
items = [Child(i) for i in range(5, 0, -1)]
print(sorted(items), max(items), min(items, key=lambda c: -c.x))
print({Child(1): "a"}[Child(1)], Child.make(3).total, Child.helper(1, 2, 3, k=4, z=5))
print(Base.count, [c.total for c in items if c.x % 2])
