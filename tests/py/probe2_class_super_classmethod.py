# super() in __init_subclass__ and classmethods
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.extra = kw.get("extra", None)
        Base.registry.append(cls.__name__)
    @classmethod
    def make(cls):
        return "Base.make(%s)" % cls.__name__

class Mid(Base, extra=1):
    def __init_subclass__(cls, **kw):
        print("Mid init_subclass", cls.__name__)
        super().__init_subclass__(**kw)
    @classmethod
    def make(cls):
        return "Mid>" + super().make()

class Leaf(Mid, extra="leaf"):
    @classmethod
    def make(cls):
        return "Leaf>" + super().make()

print(Base.registry)
print(Mid.extra, Leaf.extra)
print(Leaf.make())
print(Mid.make())
print(Leaf().make())

class S:
    @staticmethod
    def st():
        return "st"
class T(S):
    @classmethod
    def go(cls):
        return super().st()
print(T.go())
