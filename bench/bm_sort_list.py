# List-heavy workload: pseudo-random data from an LCG, builtin sort with
# and without key/reverse, a hand-written merge sort, binary search,
# list comprehensions, slicing, insert/pop/remove and min/max.
#
# usage: bm_sort_list.py [N [M]]   N = list length (at least 300), M = runs
# default args: 10000 23
# device args: 800 12
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append(x >> 8)
    return out


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    out = []
    i = 0
    j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def bisect_find(items, value):
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def digit_key(x):
    return (x % 1000, x // 1000)


def run(n, seed):
    data = lcg_list(n, seed)
    a = sorted(data)
    b = merge_sort(data)
    ok = 1 if a == b else 23
    c = sorted(data, key=digit_key)
    d = sorted(data, reverse=True)
    pairs = [(x % 97, -x) for x in data]
    pairs.sort()
    words = ["w%d" % (x % 5000) for x in data[:n * 3 // 10]]
    words.sort(key=len)
    found = 0
    for probe in data[::7]:
        pos = bisect_find(a, probe)
        if a[pos] == probe:
            found += 1
    evens = [x for x in data if x % 2 == 0]
    sq = [x * x % 1000 for x in evens]
    grid = [[i * j for j in range(30)] for i in range(30)]
    diag = sum([grid[i][i] for i in range(30)])
    work = data[:n // 25]
    for i in range(200):
        v = work.pop(0)
        work.insert(i % 50, v + 1)
    work.remove(work[10])
    work.reverse()
    rot = work[5:] + work[:5]
    cs = 0
    for i in range(0, n, 50):
        cs = (cs * 31 + a[i] + c[i] * 3 + d[i] * 7 + pairs[i][0]) % 1000000007
    extra = (sum(sq) + diag + max(rot) - min(rot) + len(words[0]) + len(words[-1])
             + data.index(a[0]) + data.count(a[-1]))
    return cs, ok, found, len(evens), extra


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 23
    t0 = clock()
    results = []
    for rep in range(m):
        results.append(run(n, 12345 + rep))
    elapsed = ms_since(t0)
    cs = 0
    for r in results:
        cs = (cs * 7 + r[0] + r[4]) % 1000000007
    print("checksum", cs)
    print("last", " ".join([str(v) for v in results[-1]]))
    print("elapsed_ms %.3f" % elapsed)


main()
