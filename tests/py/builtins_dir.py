# dir (only membership tests)
class A:
    x = 1
    def meth(self):
        pass
a = A()
a.inst = 2
d = dir(a)
print("x" in d, "meth" in d, "inst" in d, "nope" in d)
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "__len__" in dir([]))
print("x" in dir(A), "inst" in dir(A))
print(type(dir()).__name__, dir(a) == sorted(dir(a)))
y = 5
print("y" in dir(), "A" in dir())
def f():
    loc = 1
    return dir()
print(f())
import sys
print("path" in dir(sys), "argv" in dir(sys))
