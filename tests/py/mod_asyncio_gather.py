# asyncio.gather: ordering of results, return_exceptions, exception propagation
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    print("finished", name)
    if fail:
        raise ValueError("failed " + name)
    return name * 2


async def main():
    # results follow argument order, not completion order
    r = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(r)

    # empty gather
    print(await asyncio.gather())

    # return_exceptions collects exceptions as results
    r = await asyncio.gather(
        work("d", 0.01), work("e", 0.02, True), work("f", 0.03), return_exceptions=True
    )
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    print(str(r[1]))

    # without return_exceptions the first exception propagates immediately;
    # the other tasks keep running
    t_slow = asyncio.create_task(work("slow", 0.05))
    try:
        await asyncio.gather(work("g", 0.01, True), t_slow, work("h", 0.02))
    except ValueError as e:
        print("caught", e, "slow done:", t_slow.done())
    await t_slow
    print("slow result", t_slow.result())

    # mixing tasks and coroutines, same task twice
    t = asyncio.create_task(work("i", 0.01))
    print(await asyncio.gather(t, work("j", 0.02), t))

    # a cancelled child with return_exceptions
    t2 = asyncio.create_task(work("k", 0.05))
    t3 = asyncio.create_task(work("l", 0.01))
    await asyncio.sleep(0)
    t2.cancel()
    r = await asyncio.gather(t2, t3, return_exceptions=True)
    print([type(x).__name__ for x in r])

    # a cancelled child without return_exceptions
    t4 = asyncio.create_task(work("m", 0.05))
    await asyncio.sleep(0)
    t4.cancel()
    try:
        await asyncio.gather(t4, work("n", 0.01))
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    await asyncio.sleep(0.02)

    # exceptions from nested gathers
    async def inner():
        return await asyncio.gather(work("o", 0.01), work("p", 0.02, True))

    try:
        await asyncio.gather(inner(), work("q", 0.03))
    except ValueError as e:
        print("nested caught", e)
    await asyncio.sleep(0.03)


asyncio.run(main())
