# the object type and default methods
o = object()
print(type(o) is object, isinstance(o, object), o.__class__ is object)
print(o == o, o != o, (o == object()))
print(callable(object), hasattr(o, "__eq__"), hasattr(o, "__hash__"), hasattr(o, "__str__"))
class A:
    pass
a = A()
print(isinstance(a, object), issubclass(A, object), A.__bases__ == (object,))
print(str(a) == repr(a), object.__eq__(a, a), object.__ne__(a, a))
print(object.__eq__(a, 1) is NotImplemented)
try:
    object(1)
except TypeError:
    print("TypeError")
class B:
    def __init__(self):
        super().__init__()
        self.ok = True
print(B().ok)
print(type(object.__new__(A)).__name__)
