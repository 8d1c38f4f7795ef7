# gather-like scheduling with sleeps counted in ticks
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    order = []
    while pending:
        nxt = []
        for i, c in pending:
            try:
                c.send(None)
                nxt.append((i, c))
            except StopIteration as e:
                results[i] = e.value
                order.append(i)
        pending = nxt
    return results, order
async def job(name, ticks):
    await Sleep(ticks)
    return name + " done after " + str(ticks)
print(gather(job("slow", 3), job("fast", 1), job("mid", 2)))
