# The native stack guard on the device: recursion in Rust past the firmware's fixed
# stack is a RecursionError (a RuntimeError), never a fault; the board keeps working.
import gc


def check(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError", isinstance(e, RuntimeError))


class R:
    def __repr__(self):
        return repr(self)


class E:
    def __eq__(self, other):
        return self == other


check("__repr__", lambda: repr(R()))
check("__eq__", lambda: E() == E())
check("sorted key", lambda: sorted([1, 2], key=lambda x: repr(R())))
a = []
b = []
for i in range(3000):
    a = [a]
    b = [b]
check("list repr", lambda: repr(a))
check("list ==", lambda: a == b)
a = b = None
t = ()
for i in range(3000):
    t = (t,)
check("tuple hash", lambda: hash(t))
t = None
gc.collect()
it = iter([1, 2])
for i in range(2000):
    it = map(abs, it)
check("map chain", lambda: next(it))
it = None
gc.collect()
check("parens", lambda: eval("(" * 199 + "1" + ")" * 199))
check("unary", lambda: eval("-" * 1000 + "1"))
check("lambdas", lambda: eval("lambda: " * 1000 + "1"))
print("alive", sum(range(10)), repr([1, (2,), {3: 4}]), eval("((1 + 2) * 3)"))
