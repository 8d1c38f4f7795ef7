# Digits of pi with big integers, two ways: a streaming spigot over a
# linear fractional transformation (q, r, t) that emits one digit at a time,
# and Machin's formula pi = 16 atan(1/5) - 4 atan(1/239) in fixed point
# (scaled by a power of ten) with the arctangent series summed in integers.
#
# usage: bm_pidigits.py [N [M]]   N = digits, M = runs
# default args: 600 20
# device args: 300 3
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def spigot(count):
    q = 1
    r = 0
    t = 1
    k = 1
    digits = []
    while len(digits) < count:
        # the next digit is known once floor((3q + r) / t) == floor((4q + r) / t)
        a = 3 * q + r
        d = a // t
        if d == (a + q) // t:
            digits.append(d)
            q *= 10
            r = 10 * (r - d * t)
        else:
            k2 = 2 * k + 1
            r = (2 * q + r) * k2
            q *= k
            t *= k2
            k += 1
    return digits


def arctan_inv(x, unity):
    # atan(1/x) * unity = sum (-1)^i unity / ((2i+1) x^(2i+1))
    x2 = x * x
    power = unity // x
    total = power
    i = 1
    sign = -1
    while power:
        power //= x2
        term = power // (2 * i + 1)
        if sign < 0:
            total -= term
        else:
            total += term
        sign = -sign
        i += 1
    return total


def machin(count):
    guard = 10
    unity = 10 ** (count + guard)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** guard)[:count]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    t0 = clock()
    for rep in range(m):
        digits = spigot(n)
        text = machin(n)
    elapsed = ms_since(t0)
    streamed = "".join([str(d) for d in digits])
    total = 0
    for d in digits:
        total += d
    print("first", streamed[:16], "last", streamed[-16:])
    print("digit_sum", total, "sevens", streamed.count("7"))
    print("agree", streamed == text)
    print("elapsed_ms %.3f" % elapsed)


main()
