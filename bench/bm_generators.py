# Generator-heavy workload: chained generator pipelines, generator
# expressions, recursive tree traversal with `yield from`, and
# coroutine-style generators driven with send().
#
# usage: bm_generators.py [N [M]]   N = values in the main pipeline (the
# other pipelines, the tree and the nested list scale with it), M = runs
# default args: 20000 64
# device args: 2000 20
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def count_up(start, stop):
    i = start
    while i < stop:
        yield i
        i += 1


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def squares(src):
    for x in src:
        yield x * x


def take(src, n):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0
    count = 0
    avg = 0
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def fib_gen():
    a = 0
    b = 1
    while True:
        yield a
        a, b = b, a + b


def run(n):
    acc = 0
    acc += sum(squares(only_odd(count_up(0, n))))
    for chunk in chunks(take(count_up(5, 5 * n), n * 3 // 5), 7):
        acc += chunk[-1] - chunk[0]
    acc += sum(x % 13 for x in count_up(0, n * 3 // 4) if x % 3)
    tree = build(0, n * 4096 // 20000 - 1)
    prev = -1
    ordered = 0
    for k in inorder(tree):
        if k > prev:
            ordered += 1
        prev = k
    acc += ordered
    nested = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(n * 3 // 40)]
    acc += sum(flatten(nested))
    avg = averager()
    next(avg)
    last = 0
    for v in count_up(0, n * 2 // 5):
        last = avg.send(v * 3)
    acc += last
    fsum = 0
    for f in take(fib_gen(), 300):
        fsum += f % 1000
    acc += fsum
    return acc % 1000000007, ordered, last, fsum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("checksum", result[0])
    print("ordered", result[1], "avg", result[2], "fib", result[3])
    print("elapsed_ms %.3f" % elapsed)


main()
