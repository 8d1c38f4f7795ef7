# async generators driven manually (asend / athrow / aclose)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        x = yield 1
        print("agen received", x)
        yield 2
    except ValueError:
        yield "handled ValueError"
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.asend("sent"))
    print(await g.athrow(ValueError))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    return "done"
print(run(main()))
