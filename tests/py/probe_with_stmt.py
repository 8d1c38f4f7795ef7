class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise KeyError("k")
try:
    with CM("n"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("no body")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise IndexError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except IndexError as e:
    print("IndexError", e, type(e.__context__).__name__)
with CM("t") as (x):
    print(x)
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Tup() as (p, q):
    print(p, q)
