# async generators: awaits inside pass through to the driver, asend/athrow/aclose
import sys
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got
def run(coro):
    sent = None
    trace = []
    try:
        while True:
            req = coro.send(sent)
            trace.append(req)
            sent = "woke-" + str(req[1])
    except StopIteration as e:
        return e.value, trace
async def ticks(n):
    for i in range(n):
        w = await Sleep(i)
        yield (i, w)
async def main():
    out = []
    async for item in ticks(3):
        out.append(item)
    return out
print(run(main()))
async def gen2():
    try:
        yield 1
        yield 2
    finally:
        print("gen2 cleanup")
async def closer():
    g = gen2()
    first = await g.__anext__()
    await g.aclose()
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted after aclose")
    return first
print(run(closer()))
async def thrower():
    g = gen2()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    return "ok"
print(run(thrower()))
async def empty():
    return
    yield
async def use_empty():
    return [x async for x in empty()]
print(run(use_empty()))
g = gen2()
print(type(g).__name__, g.__aiter__() is g)
async def never_started():
    g = gen2()
    await g.aclose()
    return "closed fresh"
print(run(never_started()))
async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def bad_close():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    return 1
print(run(bad_close()))
