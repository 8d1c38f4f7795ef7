# __enter__ / __exit__ in classes
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("release", self.name, exc_type is not None)
        if exc_type is KeyError:
            print("suppressing", repr(exc))
            return True
        return False
with Resource("r1") as r:
    print("using", r.name, r.open)
print("after", r.open)
with Resource("r2"):
    raise KeyError("swallowed")
try:
    with Resource("r3"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
class Nested:
    depth = 0
    def __enter__(self):
        Nested.depth += 1
        return Nested.depth
    def __exit__(self, *a):
        Nested.depth -= 1
with Nested() as a:
    with Nested() as b:
        print(a, b, Nested.depth)
print(Nested.depth)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print("error without __exit__")
class ExitSeesTb:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v.args, tb is not None)
        return True
with ExitSeesTb():
    1 / 0
print("done")
