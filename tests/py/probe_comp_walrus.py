data = [1, 4, 9, 16, 25]
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
print([total := total + v for v in range(5)])
print(total)
def f():
    [last := i for i in range(4)]
    return last
print(f())
if (n := len(data)) > 3:
    print("long", n)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print((z := 5) + z)
def g(v):
    return [(w := v) for _ in range(2)], w
print(g(7))
print(any((hit := c) == 'l' for c in "hello"), hit)
