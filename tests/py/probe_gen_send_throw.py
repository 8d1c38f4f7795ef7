def inner():
    got = yield "i1"
    print("inner got", got)
    try:
        got = yield "i2"
    except ValueError as e:
        print("inner caught", e)
        got = yield "i3"
    return "inner-ret:" + str(got)
def outer():
    r = yield from inner()
    print("outer r", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("s1"))
print(g.throw(ValueError("boom")))
print(g.send("s2"))
try:
    next(g)
except StopIteration:
    print("done")
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
a = acc()
next(a)
a.send(3); a.send(4)
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(t))
def yf():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    return (yield from inner())
print(list(yf()))
