def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(3)), sum(countdown(4)), max(countdown(5)))
g = countdown(2)
print(iter(g) is g, next(g), next(g), next(g, None))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(5)])
def pipeline():
    nums = (x * x for x in range(10))
    evens = (x for x in nums if x % 2 == 0)
    return list(evens)
print(pipeline())
def gen_with_return_in_loop():
    for i in range(10):
        if i == 3:
            return
        yield i
print(list(gen_with_return_in_loop()))
def two_way():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
tw = two_way()
print(next(tw), tw.send("a"), tw.send("b"), tw.send("c"))
g = (i for i in range(3))
print(type(g).__name__, list(zip(g, g)))
def closed():
    yield 1
c = closed()
c.close()
print(list(c))
c2 = closed()
print(next(c2))
c2.close(); c2.close()
print(next(c2, "exhausted"))
def lazy():
    print("started")
    yield 1
lz = lazy()
print("created")
print(next(lz))
def gen_exc():
    yield 1
    raise ValueError("in gen")
ge = gen_exc()
next(ge)
try:
    next(ge)
except ValueError as e:
    print("ValueError", e)
print(next(ge, "after exc"))
print(list(x for x in range(3) for y in range(2)))
print(sorted((x for x in [3, 1, 2]), reverse=True))
def sub():
    x = yield 1
    return x * 2
def deleg():
    r = yield from sub()
    yield r
d = deleg()
print(next(d), d.send(21))
