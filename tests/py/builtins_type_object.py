# type() and object
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(len).__name__)
print(type(1) is int, type(True) is bool, type(type(1)) is type)
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError:
    print("AttributeError")
Dyn = type("Dyn", (), {"x": 5, "m": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.m(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"y": 1})
print(Sub.__name__, Sub().x, Sub().y, issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(Dyn.__bases__ == (object,), Sub.__bases__ == (Dyn,), object.__bases__)
try:
    type("X", 1, {})
except TypeError:
    print("TypeError")
print(int.__name__, object.__name__, type.__name__)
print(type("s") == str, type(1) in (int, float))
class M:
    pass
print(M.__name__, type(M()).__name__, type(M) is type, M.__module__)
