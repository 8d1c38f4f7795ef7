# String-heavy workload: building strings by concatenation and join,
# slicing, split/join/replace, searching, case conversion and formatting
# with both % and str.format.
#
# usage: bm_strings.py [N [M]]   N = sentences, M = runs
# default args: 4000 14
# device args: 500 2
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliet", "kilo", "lima", "mike", "november",
         "oscar", "papa", "quebec", "romeo", "sierra", "tango"]


def str_hash(s, h):
    for ch in s:
        h = (h * 131 + ord(ch)) & 0x3FFFFFFF
    return h


def make_sentence(i):
    n = len(WORDS)
    parts = []
    k = i
    for j in range(6 + i % 5):
        parts.append(WORDS[k % n])
        k = k * 7 + 3
    return " ".join(parts)


def transform(line, i):
    words = line.split()
    words.reverse()
    s = "-".join(words)
    s = s.replace("a", "4").replace("e", "3")
    if i % 3 == 0:
        s = s.upper()
    elif i % 3 == 1:
        s = s.lower() + "!"
    mid = len(s) // 2
    s = s[mid:] + s[:mid]
    return s


def format_record(i, name, value):
    a = "%-10s|%5d|%8.3f" % (name, i, value)
    b = "{0}:{1}:{2}".format(name[:3], i * 3, i % 7)
    c = "<" + str(i) + ">" + "".join(reversed(name))
    return a + b + c


def scan(text):
    hits = 0
    pos = text.find("echo")
    while pos >= 0:
        hits += 1
        pos = text.find("echo", pos + 1)
    hits += text.count("a")
    if text.startswith("alpha"):
        hits += 100
    if text.endswith("tango"):
        hits += 1000
    if "mike lima" in text:
        hits += 10000
    return hits


def run(count):
    h = 0
    total_len = 0
    hits = 0
    buf = ""
    pieces = []
    for i in range(count):
        line = make_sentence(i)
        hits += scan(line)
        t = transform(line, i)
        rec = format_record(i, WORDS[i % len(WORDS)], i * 0.25)
        h = str_hash(t, h)
        h = str_hash(rec, h)
        total_len += len(t) + len(rec)
        buf += t[:3]
        if len(buf) > 300:
            pieces.append(buf.strip("!"))
            buf = ""
        fields = rec.split("|")
        total_len += len(fields[0].strip()) + int(fields[1])
    joined = ",".join(pieces)
    h = str_hash(joined[-200:], h)
    return h, total_len, hits, len(joined)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("hash", result[0])
    print("lengths", result[1], result[3])
    print("hits", result[2])
    print("elapsed_ms %.3f" % elapsed)


main()
