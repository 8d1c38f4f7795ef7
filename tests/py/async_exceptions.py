# exceptions across await boundaries
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield
async def fail_after_tick(msg):
    await Tick()
    raise KeyError(msg)
async def middle():
    try:
        await fail_after_tick("deep")
    except KeyError as e:
        raise ValueError("wrapped") from e
async def top():
    try:
        await middle()
    except ValueError as e:
        return "top caught %s (cause %r)" % (e, e.__cause__)
print(run(top()))
async def finally_runs():
    log = []
    try:
        await Tick()
        raise RuntimeError("x")
    except RuntimeError:
        log.append("except")
    finally:
        log.append("finally")
    return log
print(run(finally_runs()))
async def returns_in_finally():
    try:
        await Tick()
        return "try"
    finally:
        print("cleanup in coroutine")
print(run(returns_in_finally()))
async def reuse():
    return 1
c = reuse()
run(c)
try:
    run(c)
except RuntimeError:
    print("RuntimeError: cannot reuse coroutine")
