# Exception-heavy workload: raising and catching builtin and user-defined
# exceptions, try/except/else/finally, exceptions crossing several frames,
# and EAFP-style dict/list access.
#
# usage: bm_exceptions.py [N [M]]   N = loop iterations, M = runs
# default args: 8000 50
# device args: 1000 10
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


def parse_int(s):
    value = 0
    if not s:
        raise ParseError(0, "empty")
    for i in range(len(s)):
        c = s[i]
        if c < "0" or c > "9":
            raise ParseError(i, "bad digit")
        value = value * 10 + (ord(c) - 48)
    return value


def deep(n, fail_at):
    if n == fail_at:
        raise ValueError(n)
    if n == 0:
        return 1
    return deep(n - 1, fail_at) + 1


def guarded(n, fail_at, log):
    try:
        r = deep(n, fail_at)
    except ValueError as e:
        r = -e.args[0]
    else:
        r += 1000
    finally:
        log[0] += 1
    return r


def lookup_all(table, keys):
    hits = 0
    misses = 0
    for k in keys:
        try:
            hits += table[k]
        except KeyError:
            misses += 1
    return hits, misses


def index_walk(items, count):
    total = 0
    i = 0
    while True:
        try:
            total += items[i % (len(items) + 3)]
        except IndexError:
            total -= 1
        i += 1
        if i >= count:
            break
    return total


def run(loops):
    tokens = []
    for i in range(loops):
        if i % 4 == 0:
            tokens.append(str(i) + "x")
        elif i % 9 == 0:
            tokens.append("")
        else:
            tokens.append(str(i * 7))
    parsed = 0
    errpos = 0
    errors = 0
    for t in tokens:
        try:
            parsed += parse_int(t)
        except AppError as e:
            errors += 1
            errpos += e.pos
    log = [0]
    g = 0
    for i in range(loops // 4):
        g += guarded(8, i % 12, log)
    table = {}
    for i in range(0, 500, 3):
        table[i] = i * 2
    hits, misses = lookup_all(table, range(loops))
    walk = index_walk([1, 2, 3, 4, 5], loops)
    caught = 0
    for i in range(loops // 2):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                caught += 1
            finally:
                caught += 2
        except KeyError:
            caught += 5
    return parsed % 1000000007, errors, errpos, g, log[0], hits, misses, walk, caught


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("result", " ".join([str(v) for v in result]))
    print("elapsed_ms %.3f" % elapsed)


main()
