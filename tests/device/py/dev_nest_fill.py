# Nesting containers until the heap is full raises MemoryError (never an abort: this
# once exhausted the region's emergency pool), and the board keeps working.
import gc


def nest(make):
    d = None
    n = 0
    try:
        while True:
            d = make(d)
            n += 1
    except MemoryError:
        d = None
        gc.collect()
        return n > 100


for name, make in (
    ("dicts", lambda d: {"k": d, "v": [d]}),
    ("lists", lambda d: [d, d, 1]),
    ("tuples", lambda d: (d, "x" * 20)),
    ("frozensets", lambda d: frozenset((1, 2, d))),
):
    print(name, nest(make))
    gc.collect()

print(sum(range(100)), sorted({3: 1, 1: 2}))
