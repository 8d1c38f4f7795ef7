# generator basics
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)), list(count(0)))
g = count(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")
l = lazy()
print("created")
for v in l:
    print("got", v)
def early():
    yield 1
    return
    yield 2
print(list(early()))
def gen_in_gen():
    for i in count(3):
        yield i * 10
print(list(gen_in_gen()))
print(iter(g) is g, hasattr(g, "__next__"))
def empty():
    return
    yield
print(list(empty()))
