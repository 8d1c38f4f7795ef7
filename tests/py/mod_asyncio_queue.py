# asyncio.Queue: bounded producer/consumer, get/put blocking, nowait variants, join
import asyncio


async def producer(q, n, name):
    for i in range(n):
        await q.put("%s%d" % (name, i))
        print("put", name, i, "size", q.qsize())
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)
        await asyncio.sleep(0.002)


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    out = []
    await asyncio.gather(producer(q, 5, "p"), consumer(q, out))
    print(out)
    print(q.empty())

    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.qsize(), q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")

    # get with a timeout
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")
    q.put_nowait("after timeout")
    print(await q.get())

    # join waits for task_done of every item
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    done = []

    async def drain():
        while not q.empty():
            item = await q.get()
            await asyncio.sleep(0.001)
            done.append(item)
            q.task_done()

    t = asyncio.create_task(drain())
    await q.join()
    print("joined", done)
    await t


asyncio.run(main())
