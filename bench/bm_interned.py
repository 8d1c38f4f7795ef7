# Interned-string loop: attribute reads and writes, dict lookups with
# constant string keys, `in` tests, comparisons against string constants,
# getattr/setattr/hasattr with constant names, keyword arguments and dict
# literals -- all lookups by short identifier-like strings known at compile
# time.
#
# usage: bm_interned.py [N [M]]   N = loop iterations, M = runs
# default args: 10000 25
# device args: 2000 20
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

MODES = ("idle", "run", "wait", "stop")


class Sensor:
    kind = "temp"

    def __init__(self, name):
        self.name = name
        self.mode = "idle"
        self.level = 0
        self.count = 0
        self.limit = 40

    def configure(self, mode="idle", level=0, limit=40):
        self.mode = mode
        self.level = level
        self.limit = limit


def step(sensor, table, i):
    score = 0
    mode = MODES[i & 3]
    if mode == "idle":
        score += table["idle"]
    elif mode == "run":
        score += table["run"] * 2
    elif mode == "wait":
        score += table.get("wait", 0)
    else:
        score += table.get("halt", 5)
    if "stop" in table:
        score += 1
    if "missing" in table:
        score += 1000
    sensor.level = (sensor.level + score) & 255
    sensor.count += 1
    if sensor.level > sensor.limit:
        sensor.mode = "run"
    else:
        sensor.mode = mode
    if sensor.kind == "temp":
        score += 3
    return score


def reflect(sensor, i):
    v = getattr(sensor, "level") + getattr(sensor, "count", 0)
    if hasattr(sensor, "limit"):
        setattr(sensor, "limit", 30 + (i & 15))
    if hasattr(sensor, "nothing"):
        v += 1000
    return v & 1023


def records(i):
    r = {"id": i, "mode": MODES[i & 3], "ok": i & 1 == 0}
    r["value"] = r["id"] * 3
    total = r["value"]
    if r["ok"]:
        total += len(r["mode"])
    return total


def run(n):
    sensor = Sensor("s1")
    table = {"idle": 1, "run": 2, "wait": 3, "stop": 4}
    total = 0
    for i in range(n):
        total += step(sensor, table, i)
        total += reflect(sensor, i)
        total += records(i)
        if i % 64 == 0:
            sensor.configure(mode="wait", level=i & 7, limit=50)
        total &= 0xFFFFFFF
    return total, sensor.mode, sensor.level, sensor.count, sensor.limit


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("result", " ".join([str(v) for v in result]))
    print("elapsed_ms %.3f" % elapsed)


main()
