# Event loop objects: new_event_loop, run_until_complete, run_forever/stop, close,
# call_soon/call_later, futures, exception handlers
import asyncio


async def compute(x):
    await asyncio.sleep(0.005)
    return x * 10


loop = asyncio.new_event_loop()
print("running", loop.is_running(), "closed", loop.is_closed())
print(loop.run_until_complete(compute(4)))
t = loop.create_task(compute(5))
print(loop.run_until_complete(t), t.done())

# run_forever until a task calls stop()
log = []


async def stopper():
    log.append("stopper start")
    await asyncio.sleep(0.01)
    log.append("stopping")
    asyncio.get_running_loop().stop()


loop.create_task(stopper())
loop.call_soon(log.append, "soon 1")
loop.call_soon(log.append, "soon 2")
loop.call_later(0.005, log.append, "later")
h = loop.call_later(0.002, log.append, "cancelled handle")
h.cancel()
loop.run_forever()
print(log)

# futures
async def use_future():
    lp = asyncio.get_running_loop()
    fut = lp.create_future()
    lp.call_later(0.005, fut.set_result, "future-value")
    print("future done?", fut.done())
    print(await fut)
    fut2 = lp.create_future()
    fut2.set_exception(ValueError("from future"))
    try:
        await fut2
    except ValueError as e:
        print("ValueError", e)
    fut3 = lp.create_future()
    called = []
    fut3.add_done_callback(lambda f: called.append(f.result()))
    fut3.set_result(7)
    await asyncio.sleep(0)
    print("callback got", called)
    try:
        fut3.set_result(8)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    return "ok"


print(loop.run_until_complete(use_future()))

# exception handler for callbacks that raise
seen = []


def handler(lp, context):
    msg = context["message"]
    seen.append((msg.startswith("Exception in callback"), type(context["exception"]).__name__))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def bad_callback():
    raise KeyError("cb")


loop.call_soon(bad_callback)
loop.run_until_complete(asyncio.sleep(0.001))
print(seen)

loop.close()
print("closed", loop.is_closed())
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()

# the running loop inside run()
async def check_loop():
    lp = asyncio.get_running_loop()
    print(lp is asyncio.get_event_loop(), lp.is_running())
    c = compute(1)
    try:
        asyncio.run(c)
    except RuntimeError:
        print("nested run() refused")
    c.close()


asyncio.run(check_loop())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
