# Float-heavy workload: create many 3-D points from trigonometric
# functions, normalize them, fold them with a component-wise maximum, then
# do a little numeric integration and Newton iteration.
import sys
import math
try:
    from time import perf_counter as clock
except ImportError:
    from time import time as clock


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
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 27
    t0 = clock()
    for rep in range(n):
        best, dots = points_pass(20000)
        area = simpson(curve, 0.0, math.pi * 4.0, 20000)
        roots = newton_roots(5000)
    t1 = clock()
    print("best %.6f %.6f %.6f" % (best.x, best.y, best.z))
    print("dots %.4f" % dots)
    print("area %.6f" % area)
    print("roots %.4f" % roots)
    print("elapsed_ms %.3f" % ((t1 - t0) * 1000.0))


main()
