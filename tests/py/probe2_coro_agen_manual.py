# async generators and coroutines driven by send/throw by hand
class Tick:
    def __await__(self):
        v = yield "tick"
        return v
async def agen(n):
    for i in range(n):
        got = await Tick()
        yield (i, got)
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
c = consume()
r = c.send(None)
i = 0
try:
    while True:
        i += 1
        r = c.send(i)
except StopIteration as e:
    print(e.value)
ag = agen(2)
print(type(ag).__name__)
an = ag.__anext__()
print(an.send(None))
try:
    an.send("x")
except StopIteration as e:
    print("first item", e.value)
async def coro_finally():
    try:
        await Tick()
    finally:
        print("finally awaits")
        v = await Tick()
        print("after await in finally", v)
c = coro_finally()
c.send(None)
try:
    c.throw(KeyError("kk"))
except StopIteration:
    print("stop?")
except KeyError:
    pass
print(c.send(5) if False else "skip")
async def deleg():
    r = await inner()
    return r
async def inner():
    return await Tick()
d = deleg()
print(d.send(None))
try:
    d.send("final")
except StopIteration as e:
    print("deleg", e.value)
async def raises():
    await Tick()
    raise ValueError("inside")
r = raises()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print("ValueError", e)
try:
    r.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def f(): return 1
co = f()
print(type(co).__name__, co.__name__, co.__qualname__)
co.close()
def gen_based():
    x = yield "g"
    return x
class UsesGen:
    def __await__(self):
        return gen_based()
async def ug():
    return await UsesGen()
u = ug()
print(u.send(None))
try:
    u.send(11)
except StopIteration as e:
    print("ug", e.value)
async def ctx_sharing():
    results = []
    for aw in [Tick(), Tick()]:
        results.append(await aw)
    return results
cs = ctx_sharing()
cs.send(None); cs.send("a")
try:
    cs.send("b")
except StopIteration as e:
    print(e.value)
