def f(*args, **kw):
    return args, sorted(kw.items())
print(f())
print(f(*()))
print(f(*[], **{}))
print(f(1, *[2, 3], 4, *(5,)))
print(f(*"ab", *range(2)))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*(i for i in range(3))))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2], 3))
print(g(1, *[2], **{'c': 3}))
try:
    g(*[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError")
try:
    f(**[1])
except TypeError as e:
    print("TypeError")
a, *b = 1, 2, 3
print(a, b)
*a, b = [1]
print(a, b)
a, *b, c = "hello"
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
print([*range(3), *"xy"])
print({*[1, 2], *(2, 3)})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print((*[1], *[2]))
