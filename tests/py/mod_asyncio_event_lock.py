# asyncio.Event and asyncio.Lock: producer/consumer hand-off and mutual exclusion
import asyncio


async def producer(items, box, ready, taken):
    for item in items:
        await taken.wait()
        taken.clear()
        box.append(item)
        print("produced", item)
        ready.set()
        await asyncio.sleep(0.002)
    await taken.wait()
    box.append(None)
    ready.set()


async def consumer(box, ready, taken):
    got = []
    while True:
        await ready.wait()
        ready.clear()
        item = box.pop()
        if item is None:
            break
        print("consumed", item)
        got.append(item)
        taken.set()
    return got


async def locked_worker(name, lock, shared, log):
    for i in range(3):
        async with lock:
            log.append(name + " in")
            v = shared[0]
            await asyncio.sleep(0.001)
            shared[0] = v + 1
            log.append(name + " out")


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    ev.set()
    print("is_set", ev.is_set(), await ev.wait())
    ev.clear()
    print("is_set", ev.is_set())

    # several waiters are all woken by one set()
    woke = []

    async def waiter(n):
        await ev.wait()
        woke.append(n)

    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0.005)
    print("woken before set:", woke)
    ev.set()
    await asyncio.gather(*ts)
    print("woken after set:", woke)

    box = []
    ready = asyncio.Event()
    taken = asyncio.Event()
    taken.set()
    _, got = await asyncio.gather(producer([1, 2, 3], box, ready, taken), consumer(box, ready, taken))
    print("got", got)

    lock = asyncio.Lock()
    print("locked", lock.locked())
    await lock.acquire()
    print("locked", lock.locked())
    lock.release()
    print("locked", lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError on release of unlocked lock")

    shared = [0]
    log = []
    await asyncio.gather(
        locked_worker("a", lock, shared, log),
        locked_worker("b", lock, shared, log),
        locked_worker("c", lock, shared, log),
    )
    print("shared", shared[0])
    # every "in" is directly followed by the matching "out"
    print(all(log[i].split()[0] == log[i + 1].split()[0] for i in range(0, len(log), 2)))
    print(log[:6])

    # a waiter cancelled while waiting for the lock does not take it
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter: locked", lock.locked(), "cancelled", t.cancelled())

    # exceptions inside "async with" release the lock
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("ValueError; locked", lock.locked())


asyncio.run(main())
