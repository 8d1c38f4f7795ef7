# enumerate / zip / map / filter with generators
def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i
print(list(enumerate(gen(3), start=10)))
z = zip(gen(3), "ab")
print(list(z))
print(list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 20), "xyz")))
e = enumerate("abc")
print(next(e), next(e), list(e))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
m = map(lambda x: x * 10, gen(2))
print(list(m), list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, gen(4))))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
print(list(reversed(list(enumerate("ab")))))
print(any(x > 2 for x in gen(5)))
print(all(x < 1 for x in gen(5)))
