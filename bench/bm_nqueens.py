# N-queens: count all solutions for several board sizes using a
# recursive backtracking search over lists of booleans, and enumerate the
# solutions of a smaller board with a generator-free permutation search.
import sys
try:
    from time import perf_counter as clock
except ImportError:
    from time import time as clock


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
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    t0 = clock()
    counts = []
    sigs = 0
    listed = None
    for rep in range(n):
        counts = []
        for size in range(4, 11):
            cnt, sig = count_solutions(size)
            counts.append(cnt)
            sigs = (sigs * 7 + sig) % 1000003
        listed = solutions_list(8)
    t1 = clock()
    print("counts", " ".join([str(c) for c in counts]))
    print("signature", sigs)
    print("listed", len(listed), listed[0], listed[-1])
    print("elapsed_ms %.3f" % ((t1 - t0) * 1000.0))


main()
