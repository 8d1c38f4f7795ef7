# yield used as an expression in various positions
def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    lst = [(yield "in list"), (yield "second")]
    print("lst =", lst)
    d = {"k": (yield "dict value")}
    print("d =", d)
    return "end"
it = g()
print(next(it))
print(it.send("first"))
print(it.send(10))
print(it.send("A"))
print(it.send("B"))
try:
    it.send("V")
except StopIteration as e:
    print("StopIteration", e.value)
def bare_yields():
    yield
    yield
print(list(bare_yields()))
def yield_in_call():
    print("called with", (yield 1), (yield 2))
gi = yield_in_call()
print(next(gi), gi.send("a"))
try:
    gi.send("b")
except StopIteration:
    pass
