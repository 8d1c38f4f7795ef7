# async with / async for with custom classes, driven by hand
class Tick:
    def __await__(self):
        yield "t"

class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        await Tick()
        return self.swallow

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i * 10

async def main():
    async with ACM("a") as v:
        print("body", v)
    async with ACM("b", True):
        raise ValueError("x")
    print("after swallow")
    try:
        async with ACM("c"):
            raise KeyError("y")
    except KeyError:
        print("caught KeyError")
    total = []
    async for x in ARange(3):
        total.append(x)
    else:
        print("for-else")
    print(total)
    async for x in ARange(5):
        if x == 20:
            break
    print("broke at", x)
    return "end"

def drive(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n

print(drive(main()))
