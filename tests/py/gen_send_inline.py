# gen.send(v) on Python generators (resumed inline by the VM): values, return values,
# exceptions in both directions, delegation, state errors and close/throw afterwards.
import sys


def echo():
    got = []
    try:
        while True:
            v = yield len(got)
            got.append(v)
    finally:
        print("echo finally", got)


g = echo()
print(g.send(None))
for i in range(5):
    print("sent", i * 10, "->", g.send(i * 10))
g.close()
print("after close")
try:
    g.send(1)
except StopIteration as e:
    print("closed send StopIteration", e.value)


def returns(n):
    total = 0
    while total < n:
        total += yield total
    return ("done", total)


g = returns(10)
next(g)
try:
    while True:
        print("partial", g.send(4))
except StopIteration as e:
    print("returned", e.value, type(e.value).__name__)
try:
    g.send(0)
except StopIteration as e:
    print("again", e.value)


def raises():
    x = yield 1
    raise ValueError("bad %r" % (x,))


g = raises()
next(g)
try:
    g.send("v")
except ValueError as e:
    print("ValueError", e)
try:
    g.send(None)
except StopIteration:
    print("finished after error")


def stop_inside():
    yield 1
    raise StopIteration("inner")


g = stop_inside()
next(g)
try:
    g.send(2)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))
g.close()


def selfsend():
    yield me.send(None)


me = selfsend()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def inner():
    a = yield "i1"
    b = yield "i2 got %s" % a
    return "inner ret %s" % b


def outer():
    r = yield from inner()
    c = yield "outer got " + r
    return c


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("outer returned", e.value)


def handler_state():
    try:
        raise KeyError("k")
    except KeyError:
        v = yield 1
        print("in handler", v, sys.exc_info()[0].__name__)
        v = yield 2
        print("still", v, sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
    yield 3


g = handler_state()
print(next(g))
print(sys.exc_info()[0])
print(g.send("x"))
print(sys.exc_info()[0])
print(g.send("y"))


def catcher():
    while True:
        try:
            v = yield
            print("caught nothing", v)
        except ZeroDivisionError as e:
            print("caught", e)


g = catcher()
next(g)
g.send(1)
g.throw(ZeroDivisionError("zd"))
g.send(2)
g.close()

# send through a bound method object and through getattr (not the inline path)
g = echo()
send = g.send
send(None)
print(send(7), getattr(g, "send")(8))
g.close()


# a generator sent values from inside a loop of another generator
def acc():
    total = 0
    while True:
        total += yield total


def driver(n):
    a = acc()
    next(a)
    for i in range(n):
        yield a.send(i)


print(list(driver(6)))
print(sum(acc().send(None) for _ in range(3)))


# exception from the generator while the sender is inside try/finally
def boom():
    yield 1
    yield 1 // 0


g = boom()
next(g)
try:
    try:
        g.send(None)
    finally:
        print("sender finally")
except ZeroDivisionError as e:
    print("propagated", e)
