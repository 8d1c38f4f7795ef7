# N-body style simulation: a small planetary system integrated with a
# symplectic Euler step, using lists of floats for body state.  Results are
# printed coarsely enough that float32 and float64 agree.
#
# usage: bm_nbody.py [N [M]]   N = time steps, M = runs
# default args: 5000 21
# device args: 500 5
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    # [x, y, z, vx, vy, vz, mass]; made-up orbits, loosely solar-system shaped.
    specs = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (5.2, -1.1, -0.1, 0.0016, 0.0077, -0.00007, 0.00095),
        (8.3, 4.1, -0.4, -0.0028, 0.0050, 0.00002, 0.00029),
        (12.9, -15.1, -0.2, 0.0030, 0.0024, -0.00003, 0.000044),
        (15.4, -25.9, 0.18, 0.0027, 0.0016, -0.00009, 0.000051),
        (1.0, 0.3, 0.01, -0.004, 0.016, 0.0001, 0.0000030),
    ]
    bodies = []
    for s in specs:
        bodies.append([s[0], s[1], s[2], s[3] * DAYS_PER_YEAR, s[4] * DAYS_PER_YEAR,
                       s[5] * DAYS_PER_YEAR, s[6] * SOLAR_MASS])
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    out = []
    n = len(bodies)
    for i in range(n - 1):
        for j in range(i + 1, n):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, pairs, dt, steps):
    for s in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies, pairs):
    e = 0.0
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= (b1[6] * b2[6]) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for b in bodies:
        e += b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5]) / 2.0
    return e


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    t0 = clock()
    for rep in range(m):
        bodies = make_system()
        pairs = pairs_of(bodies)
        e0 = energy(bodies, pairs)
        advance(bodies, pairs, 0.01, n)
        e1 = energy(bodies, pairs)
    elapsed = ms_since(t0)
    print("energy %.4f %.4f" % (e0, e1))
    print("sun %.5f %.5f" % (bodies[0][0], bodies[0][1]))
    print("elapsed_ms %.3f" % elapsed)


main()
