class A:
    def m(self):
        return "A.m"
class B:
    pass
try:
    A.m(B())
    print("no check")
except TypeError:
    print("TypeError")
print(A.m(A()))
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError")
try:
    str.upper(1)
except TypeError as e:
    print("TypeError")
try:
    A.m()
except TypeError as e:
    print("TypeError", e)
class C:
    def noself():
        return "noself"
print(C.noself())
try:
    C().noself()
except TypeError as e:
    print("TypeError", e)
class D:
    def __init__(self):
        return None
D()
class E:
    def __init__(self):
        return 5
try:
    E()
except TypeError as e:
    print("TypeError", e)
class F:
    def __init__(self, a, b):
        self.s = a + b
try:
    F(1)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class G:
    pass
try:
    G(1)
except TypeError as e:
    print("TypeError", e)
print(type(object.__new__(G)).__name__)
