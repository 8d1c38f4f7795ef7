# pass, Ellipsis, None basics
def f():
    pass
print(f())
class E:
    pass
print(E.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def g():
    ...
print(g())
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0)
x = [1, ..., 3]
print(x)
if True:
    pass
for _ in range(2):
    pass
print("done")
