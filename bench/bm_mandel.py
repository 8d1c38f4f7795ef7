# Mandelbrot set: escape-time iteration over a grid of the complex plane,
# using only float arithmetic (no complex type).
#
# usage: bm_mandel.py [N [M]]   N = grid width (height N/2), M = runs
# default args: 120 20
# device args: 40 3
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def mandel_row(y0, width, x_min, dx, max_iter):
    counts = []
    for col in range(width):
        cr = x_min + col * dx
        ci = y0
        zr = 0.0
        zi = 0.0
        it = 0
        while it < max_iter:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            it += 1
        counts.append(it)
    return counts


def render(width, height, max_iter):
    x_min = -2.0
    x_max = 0.75
    y_min = -1.25
    y_max = 1.25
    dx = (x_max - x_min) / width
    dy = (y_max - y_min) / height
    total = 0
    inside = 0
    art = []
    for row in range(height):
        counts = mandel_row(y_min + row * dy, width, x_min, dx, max_iter)
        for c in counts:
            total += c
            if c == max_iter:
                inside += 1
        art.append("".join(["#" if c == max_iter else ("+" if c > 8 else ".") for c in counts]))
    return total, inside, art


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    t0 = clock()
    for rep in range(m):
        total, inside, art = render(n, n // 2, 200)
    elapsed = ms_since(t0)
    h = 0
    for line in art:
        for ch in line:
            h = (h * 33 + ord(ch)) % 1000000007
    print("iterations", total, "inside", inside)
    print("art_hash", h)
    print(art[len(art) * 3 // 10][n // 6:n * 5 // 6])
    print("elapsed_ms %.3f" % elapsed)


main()
