# Chaos game: an iterated function system of four affine maps (a fern-like
# shape) driven by a small integer LCG; every point is binned into a grid.
# Coefficients are multiples of 1/16 and each new point is snapped to a
# 1/4096 grid, so all float arithmetic is exact in float32 as in float64
# and the output does not depend on the float precision.
#
# usage: bm_chaos.py [N [M]]   N = points per run, M = runs
# default args: 12000 8
# device args: 5000 6
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

GRID = 32
SNAP = 4096.0


def snap(v):
    return int(v * SNAP) / SNAP


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        # (x, y) -> (a x + b y + e, c x + d y + f), coefficients in 16ths
        self.a = a / 16.0
        self.b = b / 16.0
        self.c = c / 16.0
        self.d = d / 16.0
        self.e = e / 16.0
        self.f = f / 16.0
        self.weight = weight

    def apply(self, p):
        x = p.x
        y = p.y
        p.x = snap(self.a * x + self.b * y + self.e)
        p.y = snap(self.c * x + self.d * y + self.f)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Chaos:
    def __init__(self, maps, seed):
        self.maps = maps
        self.total = 0
        for m in maps:
            self.total += m.weight
        self.seed = seed
        self.lo_x = -3.0
        self.lo_y = -0.5
        self.scale = GRID / 8.0

    def rand(self):
        self.seed = (self.seed * 3877 + 29573) % 139968
        return self.seed

    def pick(self):
        r = self.rand() % self.total
        for m in self.maps:
            if r < m.weight:
                return m
            r -= m.weight
        return self.maps[-1]

    def run(self, npoints):
        grid = [0] * (GRID * GRID)
        p = Point(0.0, 0.0)
        for i in range(20):
            self.pick().apply(p)
        min_x = max_x = p.x
        min_y = max_y = p.y
        lo_x = self.lo_x
        lo_y = self.lo_y
        scale = self.scale
        for i in range(npoints):
            self.pick().apply(p)
            x = p.x
            y = p.y
            if x < min_x:
                min_x = x
            elif x > max_x:
                max_x = x
            if y < min_y:
                min_y = y
            elif y > max_y:
                max_y = y
            gx = int((x - lo_x) * scale)
            gy = int((y - lo_y) * scale)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy * GRID + gx] += 1
        return grid, (min_x, max_x, min_y, max_y)


def make_maps():
    return [
        Affine(0, 0, 0, 3, 0, 0, 2),
        Affine(14, 1, -1, 14, 0, 16, 70),
        Affine(3, -4, 4, 4, 0, 16, 14),
        Affine(-3, 4, 4, 3, 0, 4, 14),
    ]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    maps = make_maps()
    t0 = clock()
    for rep in range(m):
        game = Chaos(maps, 42 + rep)
        grid, box = game.run(n)
    elapsed = ms_since(t0)
    cells = 0
    h = 0
    for i in range(GRID * GRID):
        if grid[i]:
            cells += 1
            h = (h * 31 + grid[i] * (i + 1)) % 1000003
    print("cells", cells, "hash", h)
    print("box", " ".join([str(int(v * SNAP)) for v in box]))
    rows = []
    for gy in range(GRID - 1, -1, -4):
        row = ""
        for gx in range(0, GRID, 2):
            row += "#" if grid[gy * GRID + gx] else "."
        rows.append(row)
    print("art", "/".join(rows))
    print("elapsed_ms %.3f" % elapsed)


main()
