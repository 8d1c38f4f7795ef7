# generator state and reuse patterns
def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter(10)
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("final", e.value)
def pipeline():
    def numbers():
        for i in range(10):
            yield i
    def evens(src):
        for v in src:
            if v % 2 == 0:
                yield v
    def squares(src):
        for v in src:
            yield v * v
    return list(squares(evens(numbers())))
print(pipeline())
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])
def gen_with_local_state():
    seen = set()
    for x in [3, 1, 3, 2, 1]:
        if x not in seen:
            seen.add(x)
            yield x
print(list(gen_with_local_state()))
