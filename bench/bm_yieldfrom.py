# `yield from` chains: values pass up through a stack of delegating
# generators, a binary tree is walked by recursive delegation, values are
# sent down a delegation chain into an accumulating coroutine, and
# sub-generators hand results back as the value of `yield from`.
#
# usage: bm_yieldfrom.py [N [M]]   N = values per pipeline, M = runs
# default args: 3000 100
# device args: 1000 16
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

DEPTH = 8


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def relay(gen, depth):
    if depth == 0:
        yield from gen
    else:
        yield from relay(gen, depth - 1)


def tree(lo, hi):
    # a balanced binary tree as nested tuples (left, key, right)
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (tree(lo, mid - 1), mid, tree(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node[0])
        yield node[1]
        yield from walk(node[2])


def accumulator():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            return total, count
        total = (total + v) & 0xFFFFFF
        count += 1


def delegate(depth):
    if depth == 0:
        result = yield from accumulator()
    else:
        result = yield from delegate(depth - 1)
    return result


def chunk_sum(values, lo, hi):
    s = 0
    for i in range(lo, hi):
        s += values[i]
        yield values[i]
    return s


def chunks(values, size):
    sums = []
    for lo in range(0, len(values), size):
        s = yield from chunk_sum(values, lo, min(lo + size, len(values)))
        sums.append(s)
    return sums


def collect(values, size, out):
    out.append((yield from chunks(values, size)))


def run(n):
    total = 0
    for v in relay(source(n), DEPTH):
        total += v
    ordered = 0
    prev = -1
    for k in walk(tree(0, n // 2)):
        if k > prev:
            ordered += 1
        prev = k
    co = delegate(DEPTH)
    next(co)
    last = 0
    for i in range(n):
        last = co.send(i * 7)
    try:
        co.send(None)
        final = None
    except StopIteration as e:
        final = e.value
    values = list(range(n // 4))
    out = []
    seen = 0
    for v in collect(values, 16, out):
        seen += 1
    sums = out[0]
    return total, ordered, last, final, seen, len(sums), sum(sums)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    total, ordered, last, final, seen, nsums, ssum = result
    print("relay", total, "tree", ordered, "last", last)
    print("final", final[0], final[1], "chunks", seen, nsums, ssum)
    print("elapsed_ms %.3f" % elapsed)


main()
