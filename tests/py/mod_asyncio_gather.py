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
    r = await asyncio.gather(work("a", 0.15), work("b", 0.05), work("c", 0.1))
    print(r)

    # empty gather
    print(await asyncio.gather())

    # return_exceptions collects exceptions as results
    r = await asyncio.gather(
        work("d", 0.05), work("e", 0.1, True), work("f", 0.15), return_exceptions=True
    )
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    print(str(r[1]))

    # without return_exceptions the first exception propagates immediately;
    # the other tasks keep running
    t_slow = asyncio.create_task(work("slow", 0.3))
    try:
        await asyncio.gather(work("g", 0.05, True), t_slow, work("h", 0.15))
    except ValueError as e:
        print("caught", e, "slow done:", t_slow.done())
    await t_slow
    print("slow result", t_slow.result())

    # mixing tasks and coroutines, same task twice
    t = asyncio.create_task(work("i", 0.05))
    print(await asyncio.gather(t, work("j", 0.1), t))

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
        await asyncio.gather(t4, work("n", 0.03))
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    await asyncio.sleep(0.05)

    # exceptions from nested gathers
    async def inner():
        return await asyncio.gather(work("o", 0.05), work("p", 0.1, True))

    try:
        await asyncio.gather(inner(), work("q", 0.2))
    except ValueError as e:
        print("nested caught", e)
    await asyncio.sleep(0.15)


asyncio.run(main())
