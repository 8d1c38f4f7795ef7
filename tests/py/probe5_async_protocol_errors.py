# await/async for/async with protocol errors and awaiting custom awaitables
def run(coro, sends=()):
    sends = list(sends)
    v = None
    try:
        while True:
            y = coro.send(v)
            print('yielded', y)
            v = sends.pop(0) if sends else None
    except StopIteration as e:
        return e.value
class ItAwait:
    def __await__(self): return iter([1, 2])
async def a1():
    return await ItAwait()
print(run(a1()))
class BadAwait:
    def __await__(self): return 5
async def a2():
    await BadAwait()
try: run(a2())
except TypeError as e: print(type(e).__name__, e)
class NoAwait: pass
async def a3():
    await NoAwait()
try: run(a3())
except TypeError as e: print(type(e).__name__, e)
async def a4():
    return 'a4'
async def a5():
    c = a4()
    r = await c
    try: await c
    except RuntimeError as e: print(type(e).__name__, e)
    return r
print(run(a5()))
async def a6():
    async for x in [1, 2]: pass
try: run(a6())
except TypeError as e: print(type(e).__name__, e)
async def a7():
    async with object(): pass
try: run(a7())
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class ACM:
    async def __aenter__(self):
        await ItAwait()
        return 'val'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        await ItAwait()
        return True
async def a8():
    async with ACM() as v:
        print('body', v)
        raise ValueError
    return 'after'
print(run(a8()))
async def a9():
    try:
        await ItAwait()
    finally:
        print('finally in coro')
        await ItAwait()
print(run(a9()))
c = a9()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
async def a10():
    try:
        await ItAwait()
    except GeneratorExit:
        print('GeneratorExit in coro')
        raise
c = a10(); c.send(None); c.close()
gen_await = a4().__await__()
print(type(gen_await).__name__ in ('coroutine_wrapper', 'generator', 'coroutine'))
try: next(gen_await)
except StopIteration as e: print('await wrapper value', e.value)
async def a11():
    x = [await ItAwait() for _ in range(2)]
    return x
print(run(a11()))
async def agen():
    yield 1
    yield 2
async def a12():
    ag = agen()
    print(await ag.__anext__(), await ag.__anext__())
    try: await ag.__anext__()
    except StopAsyncIteration: print('StopAsyncIteration')
run(a12())
async def raising_agen():
    yield 1
    raise ValueError('agen err')
async def a13():
    try:
        async for v in raising_agen(): print('v', v)
    except ValueError as e: print('caught', e)
run(a13())
async def a14():
    return [x async for x in agen() if x > 1]
print(run(a14()))

class AIterNoNext:
    def __aiter__(self):
        return 5
async def a15():
    async for x in AIterNoNext():
        pass
try:
    run(a15())
except TypeError as e:
    print(type(e).__name__, e)
class NoAExit:
    async def __aenter__(self):
        return 1
async def a16():
    async with NoAExit():
        pass
try:
    run(a16())
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        print('enter must not run')
class NoEnter:
    def __exit__(self, *a):
        pass
for o in (NoExit(), NoEnter(), 5):
    try:
        with o:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
