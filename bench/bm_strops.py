# String building, slicing and methods: records are built with +=, % and
# join into a text, parsed back with split/strip/find/slicing, reformatted
# with upper/lower/replace/startswith/endswith, scanned character by
# character, and a string is reversed and rotated by slices (no slice steps).
#
# usage: bm_strops.py [N [M]]   N = records, M = runs
# default args: 2000 50
# device args: 250 12
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

NAMES = ["north", "south", "east", "west", "upper", "lower", "inner", "outer"]
UNITS = ["mV", "mA", "degC", "Hz"]


def build_records(n):
    out = []
    x = 17
    for i in range(n):
        x = (x * 1309 + 13849) % 65536
        name = NAMES[x % 8] + "_" + str(i % 13)
        rec = "  " + name + " = "
        rec += "%d.%02d" % (x % 500, x % 100)
        rec += " " + UNITS[(x >> 4) % 4]
        if x & 64:
            rec += " # ok"
        out.append(rec)
    return "\n".join(out)


def parse(text):
    totals = {}
    tagged = 0
    chars = 0
    for line in text.split("\n"):
        line = line.strip()
        hash_at = line.find("#")
        if hash_at >= 0:
            tagged += 1
            line = line[:hash_at].rstrip()
        eq = line.find("=")
        key = line[:eq].strip()
        rest = line[eq + 1:].strip()
        space = rest.find(" ")
        number = rest[:space]
        unit = rest[space + 1:]
        dot = number.find(".")
        whole = int(number[:dot])
        frac = int(number[dot + 1:])
        base = key[:key.find("_")]
        k = base + "/" + unit
        totals[k] = totals.get(k, 0) + whole * 100 + frac
        chars += len(key) + len(unit)
    return totals, tagged, chars


def reverse(s):
    out = []
    i = len(s) - 1
    while i >= 0:
        out.append(s[i])
        i -= 1
    return "".join(out)


def rotate_words(s, k):
    words = s.split(" ")
    k %= len(words)
    return " ".join(words[k:] + words[:k])


def reformat(totals):
    lines = []
    for k in sorted(totals):
        v = totals[k]
        base, unit = k.split("/")
        label = base.upper() if unit.startswith("m") else base.lower()
        if unit.endswith("C"):
            label = label.replace("o", "0")
        s = label + ":" + str(v // 100) + "." + str(v % 100 + 100)[1:] + unit
        lines.append(s)
    return lines


def scan(text):
    digits = 0
    upper = 0
    spaces = 0
    for ch in text:
        if "0" <= ch <= "9":
            digits += 1
        elif "A" <= ch <= "Z":
            upper += 1
        elif ch == " ":
            spaces += 1
    return digits, upper, spaces


def str_hash(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000003
    return h


def run(n):
    text = build_records(n)
    totals, tagged, chars = parse(text)
    lines = reformat(totals)
    report = "; ".join(lines)
    rev = reverse(report)
    rot = rotate_words(report, n)
    mid = len(text) // 2
    swapped = text[mid:] + text[:mid]
    counts = scan(swapped[:len(swapped) // 4]) + scan(rev)
    return (str_hash(report), str_hash(rev[:50] + rot[-50:]), tagged, chars, len(text),
            text.count("mV"), counts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    t0 = clock()
    for rep in range(m):
        result = run(n)
    elapsed = ms_since(t0)
    print("hashes", result[0], result[1])
    print("tagged", result[2], "chars", result[3], "text", result[4], "mV", result[5])
    print("scan", " ".join([str(c) for c in result[6]]))
    print("elapsed_ms %.3f" % elapsed)


main()
