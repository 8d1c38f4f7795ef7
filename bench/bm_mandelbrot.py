# Mandelbrot set with the complex type: z = z * z + c until |z|^2 > 4 or
# 64 iterations, over an N x 3N/4 grid; per-row iteration totals are hashed
# and a few rows are printed as characters.  With at most 64 iterations on
# a coarse grid, float32 and float64 give the same counts for the sizes
# used here (checked up to N=80; at 96 and more, with higher limits, a few
# pixels near the boundary start to differ).
#
# usage: bm_mandelbrot.py [N [M]]   N = grid width, M = runs
# default args: 64 25
# device args: 48 3
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

LIMIT = 64


def escape(c):
    z = 0j
    for i in range(LIMIT):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return LIMIT


def render(w):
    h = w * 3 // 4
    rows = []
    for row in range(h):
        ci = -1.2 + row * 2.4 / h
        counts = []
        for col in range(w):
            counts.append(escape(complex(-2.1 + col * 2.7 / w, ci)))
        rows.append(counts)
    return rows


def shade(k):
    if k == LIMIT:
        return "#"
    if k > 12:
        return "+"
    if k > 4:
        return "-"
    return "."


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    t0 = clock()
    for rep in range(m):
        rows = render(n)
    elapsed = ms_since(t0)
    total = 0
    inside = 0
    h = 0
    for counts in rows:
        s = 0
        for k in counts:
            s += k
            if k == LIMIT:
                inside += 1
        total += s
        h = (h * 131 + s) % 1000003
    print("iterations", total, "inside", inside, "hash", h)
    mid = len(rows) // 2
    for r in (mid // 2, mid):
        print("".join([shade(k) for k in rows[r]]))
    print("elapsed_ms %.3f" % elapsed)


main()
