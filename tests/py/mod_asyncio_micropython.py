# MicroPython-only asyncio API: uasyncio alias, sleep_ms, wait_for_ms, ThreadSafeFlag,
# Stream (StreamReader/StreamWriter) over io.BytesIO, get_event_loop().run_until_complete
import asyncio
import uasyncio
import io
import micropython

print(uasyncio is asyncio)


async def sleeper(name, ms, out):
    await asyncio.sleep_ms(ms)
    out.append(name)
    return ms


async def main():
    out = []
    r = await asyncio.gather(sleeper("a", 150, out), sleeper("b", 50, out), sleeper("c", 100, out))
    print(r, out)

    try:
        await asyncio.wait_for_ms(sleeper("slow", 500, out), 10)
    except asyncio.TimeoutError:
        print("wait_for_ms timeout")
    print(await asyncio.wait_for_ms(sleeper("fast", 5, out), 500))

    # ThreadSafeFlag set from a scheduled callback
    flag = asyncio.ThreadSafeFlag()

    async def flag_waiter():
        await flag.wait()
        print("flag received")
        return "flag-ok"

    t = asyncio.create_task(flag_waiter())
    await asyncio.sleep_ms(5)
    print("waiter done before set:", t.done())
    micropython.schedule(lambda _: flag.set(), None)
    print(await t)
    # set before wait: wait returns immediately and clears the flag
    flag.set()
    await flag.wait()
    print("second wait returned")

    # streams over BytesIO
    reader = asyncio.StreamReader(io.BytesIO(b"line one\nline two\nrest of data"))
    print(await reader.readline())
    print(await reader.read(4))
    print(await reader.readexactly(5))
    print(await reader.read())
    try:
        await reader.readexactly(1)
    except EOFError:
        print("EOFError")

    buf = io.BytesIO()
    writer = asyncio.StreamWriter(buf, {"peername": ("test", 1)})
    writer.write(b"hello ")
    writer.write(b"world")
    await writer.drain()
    await writer.awrite(b"--xyz--", 2, 3)
    print(buf.getvalue(), writer.get_extra_info("peername"))

    lines = []
    async for line in asyncio.StreamReader(io.BytesIO(b"a\nb\nc")):
        lines.append(line)
    print(lines)


asyncio.get_event_loop().run_until_complete(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(sleeper("x", 1, [])))
