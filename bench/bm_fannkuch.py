# Fannkuch ("pancake flipping"): walk all permutations of 0..n-1 in the
# rotation order, count prefix reversals until 0 reaches the front, and
# keep the maximum and an alternating-sign checksum of the flip counts.
#
# usage: bm_fannkuch.py [N [M]]   N = the larger permutation size (N - 1 is
# run too), M = runs
# default args: 8 14
# device args: 7 6
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    nperm = 0
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        if perm[0] != 0:
            p = perm[:]
            flips = 0
            k = p[0]
            while k != 0:
                i = 0
                j = k
                while i < j:
                    t = p[i]
                    p[i] = p[j]
                    p[j] = t
                    i += 1
                    j -= 1
                flips += 1
                k = p[0]
            if flips > max_flips:
                max_flips = flips
            if sign > 0:
                checksum += flips
            else:
                checksum -= flips
        sign = -sign
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    t0 = clock()
    results = []
    for rep in range(m):
        results.append(fannkuch(n - 1))
        results.append(fannkuch(n))
    elapsed = ms_since(t0)
    for size, res in ((n - 1, results[-2]), (n, results[-1])):
        print("fannkuch(%d) checksum %d maxflips %d perms %d" % (size, res[0], res[1], res[2]))
    print("elapsed_ms %.3f" % elapsed)


main()
