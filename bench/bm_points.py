# Float points: a list of N Point objects built from trigonometric
# functions, each normalized to unit length, then folded with a
# component-wise maximum and minimum, a centroid and an extreme-point
# search.  Results are printed rounded to two decimals, far
# coarser than float32 rounding, so float32 and float64 agree.
#
# usage: bm_points.py [N [M]]   N = points, M = runs
# default args: 5000 40
# device args: 500 30
import sys
from math import sin, cos, sqrt
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        n = self.length()
        self.x /= n
        self.y /= n
        self.z /= n
        return self

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def minimize(self, other):
        self.x = self.x if self.x < other.x else other.x
        self.y = self.y if self.y < other.y else other.y
        self.z = self.z if self.z < other.z else other.z
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def scaled(self, k):
        return Point(self.x * k, self.y * k, self.z * k)


def make_point(i):
    t = i * 0.013
    x = sin(t * 3.0) * 2.0
    y = cos(t) * 3.0 + 0.25
    z = x * x * 0.5 - 1.0
    return Point(x, y, z)


def rounded(v):
    if v < 0:
        return -int(-v * 100.0 + 0.5)
    return int(v * 100.0 + 0.5)


def run(n):
    points = [make_point(i) for i in range(n)]
    for p in points:
        p.normalize()
    hi = Point(points[0].x, points[0].y, points[0].z)
    lo = Point(hi.x, hi.y, hi.z)
    for p in points:
        hi.maximize(p)
        lo.minimize(p)
    total = Point(0.0, 0.0, 0.0)
    for p in points:
        total = total.add(p)
    centroid = total.scaled(1.0 / n)
    axis = Point(1.0, 2.0, -2.0).normalize()
    best_dot = points[0].dot(axis)
    for p in points:
        d = p.dot(axis)
        if d > best_dot:
            best_dot = d
    return hi, lo, centroid, best_dot


def fmt(p):
    return "%d %d %d" % (rounded(p.x), rounded(p.y), rounded(p.z))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    t0 = clock()
    for rep in range(m):
        hi, lo, centroid, best_dot = run(n)
    elapsed = ms_since(t0)
    print("max", fmt(hi))
    print("min", fmt(lo))
    print("centroid", fmt(centroid))
    print("extreme", rounded(best_dot))
    print("elapsed_ms %.3f" % elapsed)


main()
