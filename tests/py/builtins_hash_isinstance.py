# hash, isinstance, issubclass
print(hash(1) == 1, hash(0), hash(-5) == -5, hash((1, 2)) == hash((1, 2)), hash(True) == 1, hash(1.0) == 1)
print(hash(()) == hash(()), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Eq:
    def __eq__(self, o):
        return True
try:
    hash(Eq())
except TypeError:
    print("TypeError: __eq__ without __hash__")
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object))
print(isinstance(1, (str, float)), isinstance(1, (str, int)), isinstance(True, int), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError")
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(range(1), range))
