# coroutines driven by a hand-written round-robin scheduler
class Yield:
    def __await__(self):
        yield "tick"

async def worker(name, n, log):
    for i in range(n):
        log.append((name, i))
        await Yield()
    return name + "-done"

def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            v = c.send(None)
            assert v == "tick"
            queue.append(c)
        except StopIteration as e:
            results[c.__name__] = e.value
    return results

log = []
res = run([worker("a", 2, log), worker("b", 3, log)])
print(log)
print(sorted(res.items()))

async def nested():
    x = await sub(5)
    y = await sub(x)
    return x + y

async def sub(v):
    await Yield()
    return v * 2

c = nested()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print("nested", e.value, "steps", steps)
        break
