x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
try:
    del x
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]; print(l)
del l[-1]; print(l)
del l[1:3]; print(l)
del l[:]; print(l)
try:
    del l[0]
except IndexError as e:
    print("IndexError", e)
d = {'a': 1, 'b': 2}
del d['a']; print(d)
try:
    del d['zz']
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O(); o.v = 1
del o.v
try:
    del o.v
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
l = [1, 2, 3]
del (l[0], l[0])
print(l)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
class D:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
dd = D()
del dd[1:2], dd["k"]
del dd.attr
nested = [[1, 2], [3]]
del nested[0][1]
print(nested)
