# custom awaitables, coroutine send values, await on non-awaitable
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        result = yield self.what
        return result
async def handler():
    a = await Request("get-a")
    b = await Request("get-b")
    return a + b
coro = handler()
req = coro.send(None)
print("loop saw", req)
req = coro.send(10)
print("loop saw", req)
try:
    coro.send(32)
except StopIteration as e:
    print("result", e.value)
async def bad_await():
    await 5
c = bad_await()
try:
    c.send(None)
except TypeError:
    print("TypeError not awaitable")
async def simple():
    return 1
s = simple()
s.close()
print("closed coroutine")
async def thrower():
    try:
        await Request("x")
    except KeyError:
        return "handled thrown"
t = thrower()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
