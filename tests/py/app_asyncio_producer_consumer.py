# A small asyncio application: a bounded buffer built from a Lock and two Events,
# fed by two producers and drained by three workers that pass results to an
# aggregator; a monitor task is cancelled at shutdown and cleans up in `finally`.
import asyncio


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.lock = asyncio.Lock()
        self.not_empty = asyncio.Event()
        self.not_full = asyncio.Event()
        self.not_full.set()
        self.high_water = 0

    def _update(self):
        if self.items:
            self.not_empty.set()
        else:
            self.not_empty.clear()
        if len(self.items) < self.capacity:
            self.not_full.set()
        else:
            self.not_full.clear()

    async def put(self, item):
        while True:
            await self.not_full.wait()
            async with self.lock:
                if len(self.items) < self.capacity:
                    self.items.append(item)
                    self.high_water = max(self.high_water, len(self.items))
                    self._update()
                    return

    async def get(self):
        while True:
            await self.not_empty.wait()
            async with self.lock:
                if self.items:
                    item = self.items.pop(0)
                    self._update()
                    return item

    def __len__(self):
        return len(self.items)


STOP = object()


async def producer(name, count, delay_ms, buf, stats):
    for i in range(count):
        await asyncio.sleep(delay_ms / 1000)
        await buf.put((name, i))
        stats["produced"] += 1
    return "%s produced %d" % (name, count)


async def worker(wid, jobs, results, stats):
    handled = 0
    while True:
        job = await jobs.get()
        if job is STOP:
            break
        name, i = job
        await asyncio.sleep(0.003)
        if i == 3 and name == "beta":
            stats["errors"].append("%s-%d" % job)
            continue
        await results.put((name, i, i * i))
        handled += 1
    return handled


async def aggregator(results, expected, out):
    while len(out) < expected:
        out.append(await results.get())


async def monitor(buf, log):
    try:
        while True:
            await asyncio.sleep(0.004)
            log.append(len(buf))
    finally:
        log.append("monitor stopped")


async def main():
    jobs = BoundedBuffer(3)
    results = BoundedBuffer(2)
    stats = {"produced": 0, "errors": []}
    mon_log = []
    mon = asyncio.create_task(monitor(jobs, mon_log))

    # nothing to get yet: a timed get fails cleanly
    try:
        await asyncio.wait_for(jobs.get(), 0.005)
    except asyncio.TimeoutError:
        print("no job within 5 ms")

    out = []
    agg = asyncio.create_task(aggregator(results, 11, out))
    workers = [asyncio.create_task(worker(w, jobs, results, stats)) for w in range(3)]
    msgs = await asyncio.gather(
        producer("alpha", 6, 2, jobs, stats), producer("beta", 6, 3, jobs, stats)
    )
    print(msgs)
    for _ in workers:
        await jobs.put(STOP)
    handled = await asyncio.gather(*workers)
    await agg
    print("handled by workers:", sum(handled), "errors:", stats["errors"])
    print("produced", stats["produced"])
    print("capacity respected:", 0 < jobs.high_water <= jobs.capacity, 0 < results.high_water <= results.capacity)
    for name in ("alpha", "beta"):
        mine = sorted(r for r in out if r[0] == name)
        print(name, [r[2] for r in mine])
    print("total of squares", sum(r[2] for r in out))

    mon.cancel()
    try:
        await mon
    except asyncio.CancelledError:
        pass
    print("monitor:", mon_log[-1], mon.cancelled())
    print("buffers empty:", len(jobs) == 0, len(results) == 0)


asyncio.run(main())
