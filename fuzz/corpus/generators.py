def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
def chain(*its):
    for it in its:
        yield from it
def echo():
    x = None
    while True:
        try:
            x = yield x
        except ValueError as e:
            x = str(e)
print(list(fib(10)), sum(chain(fib(5), range(3))))
g = echo()
next(g)
print(g.send(1), g.throw(ValueError("v")), g.send([2]))
g.close()
print(list(zip(fib(20), "abc")), dict(enumerate(fib(4))))
print(list(map(lambda a, b: a * b, fib(5), range(5))), list(filter(None, fib(6))))
print(any(x > 3 for x in fib(10)), all(x >= 0 for x in fib(10)), max(fib(12)), min(fib(12), default=0))
