# isinstance/issubclass edge cases
class A: pass
class B(A): pass
class C(B): pass
objs = [A(), B(), C(), 1, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, int)), isinstance(o, ()), isinstance(o, object))
print(issubclass(C, (A,)), issubclass(C, ()), issubclass(bool, (str, int)), issubclass(int, bool))
print(isinstance(1.0, (int, (float, str))), isinstance([], (list,)), isinstance((), tuple))
print(isinstance(A, type), isinstance(A(), type), issubclass(type, type))
print(isinstance(len, object), isinstance(print, type))
