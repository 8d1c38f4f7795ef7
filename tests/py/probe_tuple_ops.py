t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, 2 in t, len(t), t[1:3], t[::-1])
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xy"))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) != (1, 2), () < (1,), max((1, 2), (1, 3)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)], (1, [2]) != (1, [3]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
n = ((1, 2), (3, (4, 5)))
print(n[1][1][0], len(n), sum(len(x) for x in n))
print(tuple(sorted((3, 1, 2))), min((5, 4)), (1,) * 0, 0 * (1,), (0,) * 3)
print(type(()), repr((1, 'a', None)), str(((),)), ((1,),))
print((1, 2, 3)[-1], (1, 2, 3)[-3], (1, 2)[5:], (1, 2, 3)[1:-1])
x, y = y, x = 1, 2
print(x, y)
print(tuple.__name__, isinstance((), tuple), (1, 2).__len__(), (1, 2).__contains__(2))
class T(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return super().__len__() + 100
t = T((1, 2, 3))
print(t[0], len(t), list(t), 2 in t, t + (4,), t * 2, (1, 2).__add__((3,)), (1,).__mul__(3), (1, 2).__lt__((1, 3)))
class L(list):
    pass
l = L([1])
l2 = l
l += [2]
print(l, l is l2, type(l).__name__, l * 2, 2 * l, [1].__add__([2]), [0].__mul__(2))
l *= 2
print(l, type(l).__name__)
print([1, 2] < [1, 3], [1].__lt__([2]), [1].__lt__((2,)), (3,).__ge__((3,)))
