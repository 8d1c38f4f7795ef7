# * and ** unpacking in calls
def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, sorted(kw.items()))

print(f(1, 2))
print(f(*[1, 2, 5]))
print(f(*(1,), *[2, 3, 4]))
print(f(1, *range(2, 6), d=9))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "x": 8}, y=9))
print(f(*"ab", **{"d": 0}, **{"z": 1}))
args = (10, 20)
kwargs = {"c": 30, "e": 50}
print(f(*args, **kwargs))
print(max(*[3, 9, 2]))
print(*[1, 2, 3], sep="-")
print(*"hey")
def g(*a, **k):
    return len(a), len(k)
print(g(*[], **{}))
try:
    f(1, 2, **{"a": 5})
except TypeError:
    print("TypeError dup a")
try:
    f(1, **{"b": 1}, **{"b": 2})
except TypeError:
    print("TypeError dup b")
try:
    f(*5)
except TypeError:
    print("TypeError not iterable")
