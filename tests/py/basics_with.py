# with statement: multiple items, exceptions, suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
try:
    with CM("outer"), CM("inner", True):
        raise TypeError("t")
    print("inner suppressed it")
except TypeError:
    print("not reached")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
with CM("tuple") as (p):
    print(p)
class Target:
    pass
t = Target()
with CM("attr") as t.v:
    pass
print(t.v)
