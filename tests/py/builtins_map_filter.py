# map and filter
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 1, [1, 2, 3])))
m = map(int, "123")
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(sum(map(len, ["ab", "cde"])), sorted(filter(str.isupper, "aBcD")))
calls = []
def f(x):
    calls.append(x)
    return x
m2 = map(f, [1, 2, 3])
print(calls)
next(m2)
print(calls)
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError:
    print("TypeError")
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
