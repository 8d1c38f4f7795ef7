# async def / await driven by coro.send(None)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(main()))
c = add(1, 1)
print(type(c).__name__)
print(run(c))
async def nothing():
    pass
print(run(nothing()))
async def raises():
    raise ValueError("async error")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))
try:
    run(raises())
except ValueError as e:
    print("propagated", e)
async def chain(n):
    if n == 0:
        return 0
    return n + await chain(n - 1)
print(run(chain(50)))
