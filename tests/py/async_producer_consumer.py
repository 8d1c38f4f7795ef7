# producer/consumer over a simple queue with a cooperative scheduler
class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Suspend()
        return self.items.pop(0)
    def put(self, v):
        self.items.append(v)
class Suspend:
    def __await__(self):
        yield
def run_all(*coros):
    tasks = list(coros)
    results = []
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
log = []
async def producer(q, n):
    for i in range(n):
        log.append("put %d" % i)
        q.put(i)
        await Suspend()
    q.put(None)
    return "producer done"
async def consumer(q):
    total = 0
    while True:
        v = await q.get()
        if v is None:
            return "consumer total %d" % total
        log.append("got %d" % v)
        total += v
q = Queue()
print(run_all(consumer(q), producer(q, 4)))
print(log)
