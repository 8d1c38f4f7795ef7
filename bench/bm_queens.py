# N-queens, two ways: a recursive generator that places one queen per row
# while keeping the attacked columns and diagonals in sets (solutions come
# out as tuples), and a bitmask backtracking counter over plain integers
# for the sizes up to N.
#
# usage: bm_queens.py [N [M]]   N = board size, M = runs
# default args: 9 20
# device args: 8 8
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def solutions(n):
    def extend(row, cols, sums, diffs):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or row + c in sums or row - c in diffs:
                continue
            cols.add(c)
            sums.add(row + c)
            diffs.add(row - c)
            for rest in extend(row + 1, cols, sums, diffs):
                yield (c,) + rest
            cols.remove(c)
            sums.remove(row + c)
            diffs.remove(row - c)
    return extend(0, set(), set(), set())


def is_valid(board):
    n = len(board)
    if len(set(board)) != n:
        return False
    if len(set([board[i] + i for i in range(n)])) != n:
        return False
    return len(set([board[i] - i for i in range(n)])) == n


def count_bits(n):
    full = (1 << n) - 1
    found = [0]

    def walk(cols, left, right):
        if cols == full:
            found[0] += 1
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            walk(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)

    walk(0, 0, 0)
    return found[0]


def mirror(sol):
    n = len(sol)
    return tuple([n - 1 - c for c in sol])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    t0 = clock()
    for rep in range(m):
        sols = list(solutions(n))
        valid = 0
        seen = set(sols)
        symmetric = 0
        for s in sols:
            if is_valid(s):
                valid += 1
            if mirror(s) in seen:
                symmetric += 1
        counts = [count_bits(k) for k in range(1, n + 1)]
    elapsed = ms_since(t0)
    h = 0
    for s in sols:
        for c in s:
            h = (h * n + c) % 1000003
    print("solutions", len(sols), "valid", valid, "mirrored", symmetric)
    print("first", " ".join([str(c) for c in sols[0]]), "last", " ".join([str(c) for c in sols[-1]]))
    print("hash", h)
    print("counts", " ".join([str(c) for c in counts]))
    print("elapsed_ms %.3f" % elapsed)


main()
