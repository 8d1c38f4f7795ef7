# Task.cancel: CancelledError thrown into the coroutine, cleanup in finally,
# cancelling tasks that have not started, are waiting on other tasks, or catch it
import asyncio


async def worker(name, log):
    log.append(name + " start")
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append(name + " tick")
    finally:
        log.append(name + " cleanup")


async def main():
    print(issubclass(asyncio.CancelledError, BaseException))
    print(issubclass(asyncio.CancelledError, Exception))

    log = []
    t = asyncio.create_task(worker("w", log))
    await asyncio.sleep(0.06)
    print("cancel returns", t.cancel())
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print([x for x in log if "tick" not in x])
    print("cancelled", t.cancelled(), "done", t.done(), "cancel again", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raised CancelledError")

    # cancelling a task that never started: its body never runs
    log = []
    t = asyncio.create_task(worker("never", log))
    t.cancel()
    await asyncio.sleep(0)
    print("never started:", log, t.cancelled())

    # a task that catches the cancellation and returns normally
    async def catcher():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("caught the cancellation")
            await asyncio.sleep(0.001)
            return "recovered"

    t = asyncio.create_task(catcher())
    await asyncio.sleep(0.005)
    t.cancel()
    print("result", await t, t.cancelled())

    # cancelling a task that awaits another task cancels the inner one too
    log = []

    async def outer():
        inner = asyncio.create_task(worker("inner", log))
        try:
            await inner
        finally:
            log.append("outer finally; inner cancelled=%s" % inner.cancelled())

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    print([x for x in log if "tick" not in x])

    # cancel with a message
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # a task cancelling itself
    async def selfcancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            print("self-cancel delivered at the next await")
            raise

    t = asyncio.create_task(selfcancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled", t.cancelled())

    # CancelledError is not caught by "except Exception"
    async def guarded():
        try:
            await asyncio.sleep(1)
        except Exception:
            print("wrong handler")
        return "no"

    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("not an Exception")


asyncio.run(main())

# tasks still pending when run() returns are cancelled (finally blocks run)
async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")


async def main2():
    asyncio.create_task(background())
    await asyncio.sleep(0.005)
    print("main2 done")


asyncio.run(main2())
print("after run")
