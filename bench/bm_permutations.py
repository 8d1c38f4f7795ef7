# Permutations of N items, three ways: a recursive generator that yields
# tuples, Heap's algorithm swapping in place, and lexicographic
# "next permutation" steps; each is folded into an order-independent
# checksum (and the lexicographic walk also into ranks and inversions).
#
# usage: bm_permutations.py [N [M]]   N = number of items, M = runs
# default args: 7 10
# device args: 7 2
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

MOD = 1000003


def perm_gen(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in perm_gen(rest):
            yield (head,) + tail


def encode(p):
    code = 0
    for v in p:
        code = code * 11 + v
    return code % MOD


def via_generator(n):
    count = 0
    acc = 0
    firsts = [0] * n
    for p in perm_gen(list(range(n))):
        count += 1
        acc = (acc + encode(p)) % MOD
        firsts[p[0]] += 1
    return count, acc, firsts


def via_heap(n):
    a = list(range(n))
    c = [0] * n
    count = 1
    acc = encode(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i & 1:
                j = c[i]
            else:
                j = 0
            a[j], a[i] = a[i], a[j]
            count += 1
            acc = (acc + encode(a)) % MOD
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1
    return count, acc


def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    lo = i + 1
    hi = len(a) - 1
    while lo < hi:
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1
        hi -= 1
    return True


def inversions(a):
    inv = 0
    n = len(a)
    for i in range(n):
        ai = a[i]
        for j in range(i + 1, n):
            if a[j] < ai:
                inv += 1
    return inv


def via_lexicographic(n):
    a = list(range(n))
    count = 0
    acc = 0
    inv_total = 0
    fixed = 0
    while True:
        count += 1
        acc = (acc + encode(a)) % MOD
        inv_total += inversions(a)
        for k in range(n):
            if a[k] == k:
                fixed += 1
        if not next_perm(a):
            break
    return count, acc, inv_total, fixed, a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    t0 = clock()
    for rep in range(m):
        g = via_generator(n)
        h = via_heap(n)
        x = via_lexicographic(n)
    elapsed = ms_since(t0)
    print("generator", g[0], g[1], " ".join([str(v) for v in g[2]]))
    print("heap", h[0], h[1])
    print("lexicographic", x[0], x[1], x[2], x[3], x[4])
    print("elapsed_ms %.3f" % elapsed)


main()
