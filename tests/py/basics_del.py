# del statement
x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class A:
    pass
a = A()
a.v = 1
a.w = 2
del a.v
print(hasattr(a, "v"), a.w)
try:
    del a.v
except AttributeError:
    print("AttributeError")
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
def f():
    loc = 5
    del loc
    try:
        return loc
    except UnboundLocalError:
        return "unbound"
print(f())
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
