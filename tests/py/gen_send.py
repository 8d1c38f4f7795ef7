# generator send
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(next(g))
def acc():
    total = 0
    while True:
        v = yield total
        total += v
a = acc()
next(a)
for i in range(1, 5):
    print(a.send(i))
try:
    echo().send(5)
except TypeError as e:
    print("TypeError", e)
def two_way():
    x = yield "first"
    y = yield "got " + str(x)
    return "done " + str(y)
t = two_way()
print(t.send(None), t.send(1))
try:
    t.send(2)
except StopIteration as e:
    print("StopIteration", e.value)
def running():
    yield gen_self.send(None)
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print("ValueError", e)
