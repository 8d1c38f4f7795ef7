# with statements: multiple items, failures in __enter__/__exit__, targets
class CM:
    def __init__(self, n, fail=False):
        self.n = n
        self.fail = fail
    def __enter__(self):
        print("enter", self.n)
        if self.fail:
            raise RuntimeError("enter failed " + self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("a"), CM("b", fail=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
class Sup:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("suppress", t.__name__, v)
        return True
def g():
    with Sup():
        raise ValueError("hidden")
    return "after"
print(g())
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
def exit_raises():
    class X:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise KeyError("from exit")
    try:
        with X():
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, type(e.__context__).__name__)
exit_raises()
with CM("t") as (t):
    pass
with CM("x") as lst_target:
    pass
d = {}
with CM("k") as d["key"]:
    pass
print(d)
