# deeply nested awaits and coroutine objects in data structures
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def leaf(x):
    return x * 2
async def node(xs):
    out = []
    for x in xs:
        out.append(await leaf(x))
    return out
async def root():
    coros = [node([1, 2]), node([3])]
    results = []
    for c in coros:
        results.append(await c)
    return results
print(run(root()))
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)
print(run(fib(15)))
async def with_lambda_await():
    fs = [leaf, leaf]
    return [await f(i) for i, f in enumerate(fs)]
print(run(with_lambda_await()))
import sys
print(type(leaf).__name__, type(leaf(1)).__name__ if False else "coroutine")
