# await on objects with __await__ returning iterators of different kinds
class FromGen:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("req", self.v)
        return self.v + 1

class FromIter:
    def __await__(self):
        return iter([1, 2, 3])

class BadAwait:
    def __await__(self):
        return 5

class NotAwaitable:
    pass

async def main():
    a = await FromGen(1)
    b = await FromGen(a)
    c = await FromIter()
    return (a, b, c)

co = main()
out = []
try:
    while True:
        out.append(co.send(None))
except StopIteration as e:
    print(out)
    print(e.value)

async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError:
    print("TypeError bad __await__")

async def bad2():
    await NotAwaitable()
try:
    bad2().send(None)
except TypeError:
    print("TypeError not awaitable")

async def inner():
    return "inner"
async def outer():
    x = await inner()
    return x * 2
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
