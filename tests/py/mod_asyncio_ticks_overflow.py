# MicroPython: a ticks deadline must stay within half the ticks period, so
# `asyncio.sleep_ms(ticks_max // 2 + 1)` raises OverflowError instead of sleeping.
import asyncio
import time

tm = time.ticks_add(0, -1)  # ticks_max
print(tm > 0, (tm + 1) & tm == 0)


def check(f):
    try:
        r = f()
        print("ok", r if isinstance(r, (int, bool)) else type(r).__name__)
    except OverflowError as e:
        print("OverflowError", e)


for d in (tm // 2 + 1, tm // 2, -(tm // 2), -(tm // 2) - 1, tm, 1, -1, 0):
    check(lambda: time.ticks_add(0, d) == d % (tm + 1))
check(lambda: time.ticks_diff(time.ticks_add(5, tm // 2), 5) == tm // 2)


async def main():
    for f in (
        lambda: asyncio.sleep_ms(tm // 2 + 1),
        lambda: asyncio.sleep((tm // 2 + 1) / 1000),
        lambda: asyncio.sleep_ms(-(tm // 2) - 5),
        lambda: asyncio.sleep_ms(1),
        lambda: asyncio.sleep(0),
    ):
        try:
            await f()
            print("slept")
        except OverflowError as e:
            print("OverflowError", e)


asyncio.run(main())
