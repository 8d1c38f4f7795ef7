# int/float `__round__`, three-argument `__pow__`/`__rpow__` and `list.__reversed__`.
print((5).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
print((7).__round__(2), (-1234).__round__(-1), True.__round__(), type(True.__round__()).__name__)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(1), (1.0).__round__(None))
print((10**30 + 6).__round__(-1))
print(round(7, -1), round(15, -1), round(25, -1))


class I(int):
    pass


r = I(17).__round__(-1)
print(r, type(r).__name__, type(I(17).__round__()).__name__)
print((5).__pow__(2, 3), (2).__rpow__(5, 3), (5).__pow__(2), (5).__pow__(2, None))
print((3).__pow__(-1, 7), (2).__pow__(10**20, 97))
print((5).__pow__(2.0), (2.0).__pow__(3))
for f in (lambda: (5).__pow__(2, 0), lambda: (2.0).__pow__(2, 3), lambda: (5).__round__("x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print((5).__pow__("a", 3))
l = [1, 2, 3]
it = l.__reversed__()
print(list(it), list(reversed(l)), list([].__reversed__()))


class L(list):
    def __getitem__(self, i):
        return "x"


print(list(L([4, 5, 6]).__reversed__()))
print(list.__reversed__([7, 8]) is not None, next(iter([1, 2].__reversed__())))
