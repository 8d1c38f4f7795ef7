# N-queens: count all solutions for several board sizes using a
# recursive backtracking search over lists of booleans, and enumerate the
# solutions of a smaller board with a generator-free permutation search.
#
# usage: bm_nqueens.py [N [M]]   N = largest board counted (all boards from
# 4 up; boards of N - 2 are listed, so N >= 6), M = runs
# default args: 10 16
# device args: 8 16
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def count_solutions(size):
    cols = [False] * size
    up = [False] * (2 * size - 1)
    down = [False] * (2 * size - 1)
    placed = [0] * size
    found = [0, 0]  # count, signature of solutions

    def place(row):
        if row == size:
            found[0] += 1
            sig = 0
            for c in placed:
                sig = sig * size + c
            found[1] = (found[1] + sig) % 1000003
            return
        for c in range(size):
            u = row + c
            d = row - c + size - 1
            if not cols[c] and not up[u] and not down[d]:
                cols[c] = True
                up[u] = True
                down[d] = True
                placed[row] = c
                place(row + 1)
                cols[c] = False
                up[u] = False
                down[d] = False

    place(0)
    return found[0], found[1]


def safe(queens, col):
    row = len(queens)
    for r in range(row):
        q = queens[r]
        if q == col or q - col == row - r or col - q == row - r:
            return False
    return True


def solutions_list(size):
    # Iterative backtracking with an explicit stack of partial placements.
    result = []
    stack = [[]]
    while stack:
        partial = stack.pop()
        if len(partial) == size:
            result.append(tuple(partial))
            continue
        for c in range(size - 1, -1, -1):
            if safe(partial, c):
                stack.append(partial + [c])
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    t0 = clock()
    counts = []
    sigs = 0
    listed = None
    for rep in range(m):
        counts = []
        for size in range(4, n + 1):
            cnt, sig = count_solutions(size)
            counts.append(cnt)
            sigs = (sigs * 7 + sig) % 1000003
        listed = solutions_list(n - 2)
    elapsed = ms_since(t0)
    print("counts", " ".join([str(c) for c in counts]))
    print("signature", sigs)
    print("listed", len(listed), listed[0], listed[-1])
    print("elapsed_ms %.3f" % elapsed)


main()
