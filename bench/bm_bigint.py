# Big-integer workload: digits of pi from a streaming spigot over exact
# integer state (pidigits-like), plus factorials, powers and Fibonacci
# numbers with hundreds of digits.
#
# usage: bm_bigint.py [N [M]]   N = pi digits (the other numbers scale with
# it), M = runs
# default args: 2000 6
# device args: 300 2
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def pi_digits(ndigits):
    # State of the linear fractional transformation (num*x + acc) / den.
    num = 1
    acc = 0
    den = 1
    k = 0
    out = []
    while len(out) < ndigits:
        k += 1
        k2 = 2 * k + 1
        acc = (acc + 2 * num) * k2
        den = den * k2
        num = num * k
        if num > acc:
            continue
        d3 = (num * 3 + acc) // den
        d4 = (num * 4 + acc) // den
        if d3 != d4:
            continue
        out.append(d3)
        acc = (acc - den * d3) * 10
        num = num * 10
    return out


def digit_sum(n):
    s = 0
    for ch in str(n):
        s += ord(ch) - 48
    return s


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def big_fib(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def mixed_ops(n):
    f = factorial(n // 5)
    p = 3 ** (n * 7 // 20)
    g = big_fib(n * 3 // 4)
    q, r = divmod(f, p + 12345)
    x = (f ^ (g << 17)) | (p >> 33)
    y = (x * x) % (10 ** 60 + 7)
    fs = 0
    for i in range(10, n // 5, 13):
        fs += digit_sum(factorial(i)) + digit_sum(big_fib(i * 3))
    return digit_sum(f), digit_sum(p), digit_sum(g), digit_sum(q) + digit_sum(r), y % 1000000007, fs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    t0 = clock()
    for rep in range(m):
        digits = pi_digits(n)
        extra = mixed_ops(n)
    elapsed = ms_since(t0)
    text = "".join([str(d) for d in digits])
    print("pi", text[:20], text[-20:])
    print("digit_sum", sum(digits))
    print("mixed", " ".join([str(v) for v in extra]))
    print("elapsed_ms %.3f" % elapsed)


main()
