# walrus operator and comprehension scoping
data = [1, 5, 8, 2, 9]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 8])
print(y)
total = 0
print([total := total + x for x in data], total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print({k: (v := k * 2) for k in range(3)}, v)
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) for j in range(i)])
x = 10
print([x for x in range(3)], x)
print(list(i * x for i in range(3)))
class C:
    v = 3
    lst = [v for _ in range(2)] if False else None
    sq = [i * i for i in range(v)]
print(C.sq)
print({i % 3 for i in range(10)}, {i: i for i in "ab"})
print(any((hit := w) == "b" for w in "abc"), hit)
print((lambda: (q := 5) + q)())
