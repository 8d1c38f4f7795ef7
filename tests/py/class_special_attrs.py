# __class__, __name__, __bases__, __doc__, __module__, __dict__ of instances
class Base:
    "base doc"
class Child(Base):
    def __init__(self):
        self.a = 1
        self.b = 2
c = Child()
print(c.__class__.__name__, Child.__name__, Child.__bases__[0].__name__, Base.__doc__, Child.__doc__)
print(sorted(c.__dict__.items()), Child.__module__)
print(type(c).__mro__ == Child.__mro__, len(Child.__mro__))
print(isinstance(c, Base))
def f():
    "function doc"
print(f.__name__, f.__doc__)
print(int.__name__, (1).__class__.__name__, [].__class__.__name__)
