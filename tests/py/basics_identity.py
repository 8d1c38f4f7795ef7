# identity vs equality (only guaranteed identities)
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True, ... is Ellipsis, NotImplemented is NotImplemented)
def f():
    pass
print(f() is None, type(None)() is None if False else "skip")
t = ()
print(() == t, len(t))
x = object()
y = x
print(x is y, x == y, x is object())
s = "abc"
print(s is s, s == "ab" + "c")
print(int is int, type(1) is int, type(a) is list)
class A:
    pass
print(A is A, A() is A(), isinstance(A(), A))
lst = [a, a]
print(lst[0] is lst[1])
