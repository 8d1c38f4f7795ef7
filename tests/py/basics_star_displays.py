# * and ** unpacking in displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*a,))
print({*a, *b} == {1, 2, 3, 4})
print(sorted({*a, 2, 9}))
print([*range(3), *"ab"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print({**{}, **{}})
print([*[], *()])
x, *y = *a, *b
print(x, y)
try:
    print({**[1, 2]})
except TypeError:
    print("TypeError")
