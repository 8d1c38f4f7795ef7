# Local-variable loops: functions whose hot loops only read and write local
# variables (small integers, masked so they stay small on a 32-bit device):
# a for-range loop with several locals, a while loop with counters, nested
# loops with augmented assignments, and tuple swaps of locals.
#
# usage: bm_localvars.py [N [M]]   N = iterations per loop, M = runs
# default args: 20000 25
# device args: 5000 20
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def for_loop(n):
    a = 1
    b = 2
    c = 3
    d = 0
    for i in range(n):
        a = (a + b + i) & 0xFFFF
        b = (b ^ a) + 1
        c = (c * 3 + a - b) & 0xFFFFF
        d += c & 15
    return a, b, c, d


def while_loop(n):
    i = 0
    lo = 0
    hi = 0
    step = 7
    acc = 0
    while i < n:
        if i & 1:
            lo += step
        else:
            hi -= step
        step = (step * 5 + 1) & 1023
        acc = (acc + lo - hi) & 0xFFFFFF
        i += 1
    return lo, hi, acc


def nested(n):
    rows = 1 + n // 50
    total = 0
    x = 1
    for r in range(rows):
        for k in range(50):
            x = x * 13 + k
            x &= 0xFFFF
            total += x >> 8
            total -= r
            total &= 0xFFFFFFF
    return total, x


def swaps(n):
    a = 1
    b = 0
    c = 5
    for i in range(n):
        a, b = b + c, a
        c, a = a & 0xFFF, c + 1
        if a > b:
            a, b = b, a
    return a, b, c


def fib_iter(n):
    a = 0
    b = 1
    k = 0
    while k < n:
        a, b = b, (a + b) % 1000003
        k += 1
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    t0 = clock()
    for rep in range(m):
        r1 = for_loop(n)
        r2 = while_loop(n)
        r3 = nested(n)
        r4 = swaps(n)
        r5 = fib_iter(n)
    elapsed = ms_since(t0)
    print("for", r1[0], r1[1], r1[2], r1[3])
    print("while", r2[0], r2[1], r2[2])
    print("nested", r3[0], r3[1])
    print("swaps", r4[0], r4[1], r4[2], "fib", r5)
    print("elapsed_ms %.3f" % elapsed)


main()
