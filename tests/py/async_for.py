# async for with __aiter__/__anext__ and async generators
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def use_ticker():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(use_ticker()))
async def agen(n):
    for i in range(n):
        yield i * i
async def use_agen():
    res = []
    async for v in agen(4):
        if v > 4:
            break
        res.append(v)
    return res
print(run(use_agen()))
async def comp():
    return [v async for v in agen(5) if v % 2 == 0]
print(run(comp()))
