# Pystone-like mixed workload: small records (classes), many small
# procedure calls, integer arithmetic, character/string comparisons and
# accesses to one- and two-dimensional global arrays.
#
# usage: bm_pystone_like.py [N [M]]   N = loops of the first run (each run
# does one more), M = runs
# default args: 1000 180
# device args: 500 12
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

RED = 0
GREEN = 1
BLUE = 2
YELLOW = 3
BLACK = 4

VEC = [0] * 64
MAT = [[0] * 64 for _i in range(64)]


class Record:
    def __init__(self, link=None, kind=0, flavor=RED, num=0, text=""):
        self.link = link
        self.kind = kind
        self.flavor = flavor
        self.num = num
        self.text = text

    def clone(self):
        return Record(self.link, self.kind, self.flavor, self.num, self.text)


class State:
    def __init__(self):
        self.counter = 0
        self.flag = False
        self.letter_a = "A"
        self.letter_b = "B"
        self.head = None


def shade(flavor, bump):
    if flavor == RED:
        if bump:
            return GREEN
        return RED
    elif flavor == GREEN:
        return BLUE
    elif flavor == BLUE:
        if bump:
            return YELLOW
        return BLACK
    elif flavor == YELLOW:
        return RED
    return BLACK


def same_letter(c1, c2):
    if c1 == c2:
        return YELLOW
    return RED


def text_after(s1, s2):
    # Compare two strings character by character starting at index 4.
    i = 4
    n1 = len(s1)
    n2 = len(s2)
    while i < n1 and i < n2:
        a = s1[i]
        b = s2[i]
        if a != b:
            return a > b
        i += 1
    return n1 > n2


def arith(a, b):
    c = a + 2
    d = b * c
    return d // 3 - a


def bump_until(x, limit):
    y = x
    steps = 0
    while y < limit:
        y = y * 2 + 1
        steps += 1
    return steps


def fill_tables(a, b):
    loc = a + 5
    VEC[loc] = b
    VEC[loc + 1] = VEC[loc]
    VEC[loc + 30] = loc
    row = MAT[loc]
    for j in range(loc, loc + 2):
        row[j] = loc
    row[loc - 1] += 1
    MAT[loc + 20][loc] = VEC[loc]
    return row[loc - 1]


def relink(st, rec):
    if rec is not None:
        rec.num = st.counter + 3
        return rec.link
    return st.head


def letters(st):
    ok = st.letter_a == "A"
    st.flag = ok or st.flag
    st.letter_b = "B"
    return ok


def bump_counter(st):
    if st.letter_a == "A":
        st.counter = st.counter + 10 - 1
    return st.counter


def process(st, rec):
    nxt = rec.link
    saved = rec.clone()
    nxt.num = 5
    rec.num = nxt.num
    nxt.link = relink(st, rec.link)
    if nxt.kind == 0:
        nxt.num = 6
        nxt.flavor = shade(rec.flavor, st.flag)
        nxt.link = st.head.link
        nxt.num = arith(nxt.num, 10)
    else:
        rec.num = saved.num + 1
    return nxt.num


def run(loops):
    st = State()
    tail = Record(None, 0, RED, 0, "TAIL RECORD")
    head = Record(tail, 0, YELLOW, 40, "HEAD RECORD, SOME STRING")
    st.head = head
    text1 = "PYSTONE-LIKE PROGRAM, FIRST STRING"
    total = 0
    flavor_hist = [0] * 5
    for i in range(loops):
        letters(st)
        bump_counter(st)
        a = 2
        b = 3
        text2 = "PYSTONE-LIKE PROGRAM, " + ("SECOND" if i & 1 else "OTHER") + " STRING"
        st.flag = not text_after(text1, text2)
        c = 0
        while a < b:
            c = 5 * a - b
            c = arith(a, c)
            a += 1
        t = fill_tables(a % 20, c)
        total += process(st, head)
        ch = "A"
        while ch <= st.letter_b:
            if same_letter(ch, "C") == YELLOW:
                st.letter_b = "C"
            ch = chr(ord(ch) + 1)
        b = c * a
        c = b // a
        b = 7 * (b - c) - a
        fl = shade(i % 5, st.flag)
        flavor_hist[fl] += 1
        total += bump_until(i & 255, 1000)
        total = (total + b + c + t + st.counter) & 0xFFFFFF
    return total, flavor_hist, st.counter, head.num, tail.num


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 180
    t0 = clock()
    results = []
    for k in range(m):
        results.append(run(n + k))
    elapsed = ms_since(t0)
    acc = 0
    for r in results:
        acc = (acc * 31 + r[0] + r[2] + r[3] + r[4]) % 1000000007
    last = results[-1]
    print("checksum", acc)
    print("flavors", " ".join([str(x) for x in last[1]]))
    print("elapsed_ms %.3f" % elapsed)


main()
