# Hexagon puzzle search (hexiom-like): on a hexagonal board of radius 2
# (19 cells) some cells hold tiles, and each tile shows how many of its six
# neighbours hold tiles.  A puzzle is made from a pseudo-random layout (the
# multiset of tile numbers plus a few revealed cells); a backtracking solver
# with forward checking then counts every layout that fits the clues.
#
# usage: bm_hexiom.py [N [M]]   N = puzzles, M = runs
# default args: 12 2
# device args: 3 1
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

EMPTY = -1
UNSET = -2
DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Board:
    def __init__(self, radius):
        self.cells = []
        index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if -radius <= q + r <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.size = len(self.cells)
        self.neighbours = []
        for (q, r) in self.cells:
            near = []
            for (dq, dr) in DIRS:
                k = (q + dq, r + dr)
                if k in index:
                    near.append(index[k])
            self.neighbours.append(near)


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 1597 + 51749) % 244944
        return self.x * bound // 244944


def make_puzzle(board, rng, empties, reveal):
    layout = [1] * board.size
    placed = 0
    while placed < empties:
        c = rng.next(board.size)
        if layout[c]:
            layout[c] = 0
            placed += 1
    values = []
    for c in range(board.size):
        if layout[c]:
            v = 0
            for nb in board.neighbours[c]:
                v += layout[nb]
            values.append(v)
        else:
            values.append(EMPTY)
    clues = {}
    while len(clues) < reveal:
        c = rng.next(board.size)
        clues[c] = values[c]
    return values, clues


class Solver:
    def __init__(self, board, values, clues):
        self.board = board
        self.counts = [0] * 7
        self.empty_left = 0
        for v in values:
            if v == EMPTY:
                self.empty_left += 1
            else:
                self.counts[v] += 1
        self.grid = [UNSET] * board.size
        self.order = []
        for c in range(board.size):
            if c in clues:
                v = clues[c]
                self.grid[c] = v
                if v == EMPTY:
                    self.empty_left -= 1
                else:
                    self.counts[v] -= 1
            else:
                self.order.append(c)
        self.nodes = 0
        self.solutions = 0
        self.signature = 0

    def consistent(self, c):
        # a tile is consistent while its number lies between the occupied
        # neighbours and the occupied-or-undecided neighbours
        grid = self.grid
        v = grid[c]
        if v < 0:
            return True
        full = 0
        open_ = 0
        for nb in self.board.neighbours[c]:
            g = grid[nb]
            if g == UNSET:
                open_ += 1
            elif g != EMPTY:
                full += 1
        return full <= v <= full + open_

    def check_around(self, c):
        if not self.consistent(c):
            return False
        for nb in self.board.neighbours[c]:
            if not self.consistent(nb):
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            sig = 0
            for g in self.grid:
                sig = (sig * 8 + g + 1) % 1000003
            self.signature = (self.signature + sig) % 1000003
            return
        c = self.order[k]
        grid = self.grid
        if self.empty_left > 0:
            self.empty_left -= 1
            grid[c] = EMPTY
            if self.check_around(c):
                self.search(k + 1)
            self.empty_left += 1
        counts = self.counts
        for v in range(7):
            if counts[v]:
                counts[v] -= 1
                grid[c] = v
                if self.check_around(c):
                    self.search(k + 1)
                counts[v] += 1
        grid[c] = UNSET

    def solve(self):
        for c in range(self.board.size):
            if self.grid[c] != UNSET and not self.check_around(c):
                return
        self.search(0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    board = Board(2)
    t0 = clock()
    for rep in range(m):
        rng = Rng(2024)
        results = []
        for p in range(n):
            values, clues = make_puzzle(board, rng, 4 + p % 3, 3)
            s = Solver(board, values, clues)
            s.solve()
            results.append((s.solutions, s.nodes, s.signature))
    elapsed = ms_since(t0)
    total_nodes = 0
    for r in results:
        total_nodes += r[1]
    print("solutions", " ".join([str(r[0]) for r in results]))
    print("nodes", total_nodes)
    h = 0
    for r in results:
        h = (h * 31 + r[2]) % 1000003
    print("signature", h)
    print("elapsed_ms %.3f" % elapsed)


main()
