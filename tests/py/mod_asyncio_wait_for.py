# asyncio.wait_for: results, timeouts (TimeoutError), cancellation cleanup in finally
import asyncio


async def slow(delay, log):
    try:
        log.append("start")
        await asyncio.sleep(delay)
        log.append("end")
        return "slow-done"
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("cleanup")


async def main():
    log = []
    print(await asyncio.wait_for(slow(0.01, log), 0.5))
    print(log)

    log = []
    try:
        await asyncio.wait_for(slow(0.5, log), 0.02)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(log)
    print(asyncio.TimeoutError is TimeoutError)

    # timeout=None waits as long as needed
    log = []
    print(await asyncio.wait_for(slow(0.01, log), None))

    # wait_for on a task: the task is cancelled on timeout
    log = []
    t = asyncio.create_task(slow(0.5, log))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task timed out; cancelled:", t.cancelled(), t.done())
    print(log)

    # an exception from the awaited coroutine propagates
    async def bad():
        await asyncio.sleep(0.005)
        raise KeyError("k")

    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

    # a coroutine that swallows the cancellation returns its value
    async def stubborn():
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("stubborn ignores cancel")
        return "stubborn-value"

    print(await asyncio.wait_for(stubborn(), 0.01))

    # nested wait_for: the inner timeout fires first
    log = []
    try:
        await asyncio.wait_for(asyncio.wait_for(slow(0.5, log), 0.01), 0.5)
    except asyncio.TimeoutError:
        print("inner timeout")
    print(log)


asyncio.run(main())
