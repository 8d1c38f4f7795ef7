# asyncio basics: run, sleep, create_task, Task.done/result, current_task, nesting
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def child(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def nested(depth):
    if depth == 0:
        await asyncio.sleep(0.01)
        return 0
    t = asyncio.create_task(nested(depth - 1))
    return 1 + await t


async def main():
    print("add", await add(2, 3))
    log = []
    t1 = asyncio.create_task(child("a", 0.08, log))
    t2 = asyncio.create_task(child("b", 0.01, log))
    print("done before", t1.done(), t2.done())
    await asyncio.sleep(0)
    print(log)
    r2 = await t2
    print("r2", r2, t2.done(), t2.result())
    r1 = await t1
    print("r1", r1, t1.result())
    print(log)
    print("awaiting a finished task again:", await t1)
    print("nested", await nested(4))
    me = asyncio.current_task()
    print("current_task is a Task:", isinstance(me, asyncio.Task))
    t3 = asyncio.create_task(add(1, 1))
    print("t3 not started:", t3.done())
    try:
        t3.result()
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    await asyncio.sleep(0.01)
    print("t3", t3.done(), t3.result())
    print("sleep result", await asyncio.sleep(0.001, result="x"))
    return "main-result"


print(asyncio.run(main()))

# order of round-robin scheduling with sleep(0)
async def ticker(name, n, out):
    for i in range(n):
        out.append("%s%d" % (name, i))
        await asyncio.sleep(0)


async def rr():
    out = []
    await asyncio.gather(ticker("x", 3, out), ticker("y", 2, out), ticker("z", 4, out))
    print(out)


asyncio.run(rr())

# awaiting a plain coroutine inside a task and exceptions out of run()
async def boom():
    await asyncio.sleep(0.001)
    raise ValueError("boom")


try:
    asyncio.run(boom())
except ValueError as e:
    print("run raised", e)

try:
    asyncio.run(42)
except ValueError:
    print("ValueError for non-coroutine")
