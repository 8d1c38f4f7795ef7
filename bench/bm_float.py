# Float-heavy workload: create many 3-D points from trigonometric
# functions, normalize them, fold them with a component-wise maximum, then
# do a little numeric integration and Newton iteration.  Results are printed
# coarsely enough that float32 and float64 agree.
#
# usage: bm_float.py [N [M]]   N = points (integration steps too, Newton
# roots N/4), M = runs
# default args: 2000 270
# device args: 300 40
import sys
import math
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


class Vec3:
    def __init__(self, seed):
        a = seed * 0.37
        self.x = math.sin(a) * 3.0 + 0.5
        self.y = math.cos(a) * 2.0 - 0.25
        self.z = self.x * self.x / 2.0 + 0.125

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        length = math.sqrt(x * x + y * y + z * z)
        self.x = x / length
        self.y = y / length
        self.z = z / length

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


def points_pass(count):
    pts = [Vec3(i) for i in range(count)]
    for p in pts:
        p.normalize()
    best = pts[0]
    for p in pts[1:]:
        best = best.maximize(p)
    s = 0.0
    for i in range(1, count):
        s += pts[i].dot(pts[i - 1])
    return best, s


def simpson(f, a, b, steps):
    h = (b - a) / steps
    total = f(a) + f(b)
    for i in range(1, steps):
        x = a + i * h
        if i % 2:
            total += 4.0 * f(x)
        else:
            total += 2.0 * f(x)
    return total * h / 3.0


def curve(x):
    return math.sin(x) * math.cos(x * 0.5) + x * x * 0.001


def newton_roots(count):
    acc = 0.0
    for k in range(1, count + 1):
        v = float(k)
        guess = v / 2.0 + 1.0
        for it in range(12):
            guess = 0.5 * (guess + v / guess)
        acc += guess - math.sqrt(v)
        acc += guess
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 270
    t0 = clock()
    for rep in range(m):
        best, dots = points_pass(n)
        area = simpson(curve, 0.0, math.pi * 4.0, n)
        roots = newton_roots(n // 4)
    elapsed = ms_since(t0)
    print("best %.3f %.3f %.3f" % (best.x, best.y, best.z))
    print("dots %.1f" % dots)
    print("area %.4f" % area)
    print("roots %.2f" % roots)
    print("elapsed_ms %.3f" % elapsed)


main()
