# contextlib: generator-based context managers and the helper classes.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("handled " + str(e))
    finally:
        log.append("exit " + name)


with tag("a") as t:
    print("body", t)
print(log)
log.clear()

with tag("b"):
    raise ValueError("boom")
print("after swallowed", log)
log.clear()

try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), log)
log.clear()


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")


try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print("converted", e, type(e.__context__).__name__)


@tag("deco")
def decorated(x):
    log.append("call %d" % x)
    return x * 2


print(decorated(5), log)
print(decorated(6), len(log))
log.clear()

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "xyz"]
    stack.callback(print, "callback", 1)
    print(names)

with ExitStack() as stack:
    stack.enter_context(CM("outer", swallow=True))
    stack.enter_context(CM("inner"))
    raise ValueError("v")
print("ExitStack swallowed")

with ExitStack() as stack:
    stack.callback(print, "not yet")
    moved = stack.pop_all()
print("moved")
moved.close()
