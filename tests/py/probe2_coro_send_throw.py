# send/throw/close on coroutines
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def coro():
    try:
        v = await Suspend()
        print("got", v)
        v2 = await Suspend()
        print("got2", v2)
    except KeyError as e:
        print("caught", repr(e))
        v3 = await Suspend()
        return "after-catch:" + str(v3)
    return "normal"

c = coro()
print(c.send(None))
print(c.send(10))
print(c.throw(KeyError("k")))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)

c = coro()
try:
    c.send(1)
except TypeError as e:
    print("TypeError")
c.close()

async def guarded():
    try:
        await Suspend()
    finally:
        print("cleanup")

g = guarded()
g.send(None)
g.close()
print("closed")
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

g = guarded()
g.send(None)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
