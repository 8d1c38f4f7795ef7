# Call-heavy workload: plain positional calls, keyword and default
# arguments, *args/**kwargs, closures with nonlocal state, bound methods,
# static/class methods, lambdas and recursion.
#
# usage: bm_calls.py [N [M]]   N = loop iterations, M = runs
# default args: 20000 18
# device args: 2000 8
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def add3(a, b, c):
    return a + b + c


def with_defaults(a, b=2, c=3, d=4):
    return a * b + c - d


def varargs(*args):
    t = 0
    for x in args:
        t += x
    return t


def kwargs_fn(**kw):
    return kw.get("x", 0) + kw.get("y", 0) * 2


def mixed(a, b, *rest, **opts):
    return a - b + len(rest) + opts.get("bias", 0)


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann_small(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann_small(m - 1, 1)
    return ackermann_small(m - 1, ackermann_small(m, n - 1))


class Acc:
    scale = 3

    def __init__(self, start):
        self.value = start

    def add(self, x):
        self.value += x
        return self

    def get(self):
        return self.value

    @staticmethod
    def twice(x):
        return x + x

    @classmethod
    def scaled(cls, x):
        return x * cls.scale


class SubAcc(Acc):
    def add(self, x):
        return Acc.add(self, x + 1)


def run(loops):
    total = 0
    tick = make_counter(3)
    inc5 = make_adder(5)
    both = compose(inc5, make_adder(-2))
    acc = Acc(0)
    sub = SubAcc(10)
    add = acc.add
    for i in range(loops):
        total += add3(i, 1, 2)
        total += with_defaults(i)
        total += with_defaults(i, 3)
        total += with_defaults(i, c=7)
        total += with_defaults(a=i, d=1, b=1)
        total += varargs(i, 1, 2, 3)
        total += kwargs_fn(x=i, y=2)
        total += mixed(i, 1, 2, 3, bias=4)
        total += tick()
        total += both(i)
        add(i & 7)
        sub.add(1).add(2)
        total += Acc.twice(i) + Acc.scaled(i) + sub.scaled(1)
        total &= 0xFFFFFFF
    total += fib(20)
    # Ackermann(2, k) recurses about 2k deep: keep it shallow for small N
    base = min(40, loops // 500)
    for j in range(10):
        total += ackermann_small(2, base + j)
    return total, acc.get(), sub.get(), tick()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 18
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("checksum", result[0])
    print("state", result[1], result[2], result[3])
    print("elapsed_ms %.3f" % elapsed)


main()
