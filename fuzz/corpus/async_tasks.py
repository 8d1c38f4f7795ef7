import asyncio
async def worker(name, n, out):
    for i in range(n):
        await asyncio.sleep(0)
        out.append((name, i))
    return name * n
async def main():
    out = []
    r = await asyncio.gather(worker("a", 2, out), worker("b", 3, out))
    t = asyncio.create_task(worker("c", 1, out))
    await t
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(r, t.result(), len(out))
asyncio.run(main())
