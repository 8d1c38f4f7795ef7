# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted(c for c in "hello"), "-".join(str(i) for i in range(4)))
x = 100
g2 = (x + i for i in range(3))
x = 200
print(list(g2))
data = [1, 2, 3]
g3 = (v for v in data)
data = [9]
print(list(g3))
def f(it):
    return list(it)
print(f(i for i in "ab"))
try:
    (1 / i for i in [1, 0]).__next__()
    list(1 / i for i in [1, 0])
except ZeroDivisionError:
    print("ZeroDivisionError lazily")
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in nested])
