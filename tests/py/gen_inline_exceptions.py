# Exceptions through inline-resumed generator frames: propagation out of for loops and
# yield from, PEP 479, try/finally, throw/close.


def failing(n):
    for i in range(n):
        yield i
    raise ValueError("failed after %d" % n)


def relay(src):
    for x in src:
        yield x * 10


try:
    for v in relay(failing(2)):
        print("got", v)
except ValueError as e:
    print("caught", e)


# The consumer catches the exception inside its own loop body, generator finished.
g = failing(1)
out = []
try:
    for v in g:
        out.append(v)
except ValueError:
    out.append("err")
print(out, list(g))


# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")


def leaky_next():
    it = iter([])
    yield 1
    next(it)


for fn in (leaky, leaky_next):
    try:
        for v in fn():
            pass
    except RuntimeError as e:
        print(fn.__name__, "RuntimeError", e, type(e.__cause__).__name__)


def leaky_outer():
    yield from leaky()


try:
    list(leaky_outer())
except RuntimeError as e:
    print("outer RuntimeError", e)


# try/finally in generators consumed inline; break leaves them suspended.
log = []


def guarded(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally " + name)


for x in guarded("a", 3):
    pass
print(log)
g = guarded("b", 5)
for x in g:
    if x == 1:
        break
print(log, x)
g.close()
print(log)


def delegating_guard():
    try:
        yield from guarded("c", 3)
    finally:
        log.append("outer finally")


d = delegating_guard()
print(next(d), next(d))
d.close()
print(log)


# throw() into a generator delegating to an inline chain.
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "caught %r" % (e.args[0],)


def mid():
    yield from catcher()


def top():
    yield from mid()


t = top()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(IndexError("ix"))
except IndexError as e:
    print("propagated", e)
print(list(t))


# Exception raised in the consumer's loop body with a suspended generator.
def numbers():
    yield 1
    yield 2


try:
    for n in numbers():
        raise TypeError("body %d" % n)
except TypeError as e:
    print("body error", e)


# Traceback lines through inline frames.
def deep_fail():
    yield 1
    1 / 0


def shallow():
    yield from deep_fail()


try:
    for _ in shallow():
        pass
except ZeroDivisionError as e:
    print("zde", e)


# GeneratorExit handling and ignoring it.
stop_ignoring = False


def ignores_exit():
    while not stop_ignoring:
        try:
            yield 1
        except GeneratorExit:
            pass


g = ignores_exit()
for v in g:
    break
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
stop_ignoring = True
print("finished", list(g))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = returns_on_exit()
for v in g:
    break
print("closed", g.close())
