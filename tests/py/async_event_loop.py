# a tiny round-robin event loop with a yielding awaitable
class Yield:
    def __await__(self):
        yield "tick"
class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
                self.ready.append((name, coro))
            except StopIteration as e:
                self.results[name] = e.value
        return self.results
log = []
async def worker(name, n):
    total = 0
    for i in range(n):
        log.append("%s:%d" % (name, i))
        total += i
        await Yield()
    return total
loop = Loop()
loop.spawn("a", worker("a", 3))
loop.spawn("b", worker("b", 2))
loop.spawn("c", worker("c", 4))
print(loop.run())
print(log)
