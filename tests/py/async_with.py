# async with
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name * 2
    async def __aexit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress
async def main():
    async with ACM("a") as x:
        log.append("body " + x)
    async with ACM("b") as y, ACM("c") as z:
        log.append("body2 " + y + z)
    async with ACM("s", True):
        raise KeyError("k")
    try:
        async with ACM("n"):
            raise ValueError("v")
    except ValueError:
        log.append("caught ValueError")
    return "ok"
print(run(main()))
for line in log:
    print(line)
