# Word counting over generated text: N pseudo-random words (made of
# syllables, some capitalized, some followed by punctuation) in lines; the
# text is split into lines and words, lowered and stripped, counted in a
# dict of str -> int, word pairs counted too, and the most frequent words
# and pairs are sorted out.
#
# usage: bm_wordcount.py [N [M]]   N = words of text, M = runs
# default args: 2500 100
# device args: 400 25
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

SYLLABLES = ["an", "be", "co", "di", "er", "fa", "go", "hi", "in", "jo",
             "ka", "le", "mo", "nu", "or", "pi", "qu", "ra", "si", "tu"]
PUNCT = ".,;:!?"


def make_text(nwords, seed):
    x = seed
    lines = []
    line = []
    for i in range(nwords):
        x = (x * 8121 + 28411) % 134456
        nsyl = 1 + x % 3
        if x % 7 == 0:
            nsyl = 1
        w = ""
        y = x // 3
        for j in range(nsyl):
            w += SYLLABLES[y % 12 + (x >> 9) % 3 * j]
            y //= 12
        if x % 5 == 0:
            w = w[0].upper() + w[1:]
        elif x % 23 == 0:
            w = w.upper()
        if x % 11 == 0:
            w += PUNCT[x % 6]
        line.append(w)
        if len(line) >= 8 + x % 5:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    pairs = {}
    longest = ""
    total = 0
    for line in text.split("\n"):
        prev = None
        for word in line.lower().split():
            word = word.strip(PUNCT)
            if not word:
                continue
            total += 1
            counts[word] = counts.get(word, 0) + 1
            if len(word) > len(longest) or (len(word) == len(longest) and word < longest):
                longest = word
            if prev is not None:
                key = prev + " " + word
                if key in pairs:
                    pairs[key] += 1
                else:
                    pairs[key] = 1
            prev = word
    return counts, pairs, longest, total


def top(table, k):
    items = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:k]


def top_scan(table, k):
    # the k largest counts (ties by word) without sorting the whole table
    best = []
    for key in table:
        c = table[key]
        if len(best) < k or c > best[-1][1] or (c == best[-1][1] and key < best[-1][0]):
            best.append((key, c))
            i = len(best) - 1
            while i > 0 and (best[i][1] > best[i - 1][1] or
                             (best[i][1] == best[i - 1][1] and best[i][0] < best[i - 1][0])):
                best[i], best[i - 1] = best[i - 1], best[i]
                i -= 1
            if len(best) > k:
                best.pop()
    return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    text = make_text(n, 12345)
    t0 = clock()
    for rep in range(m):
        # drop the last run's tables first: a small heap has no room for two
        counts = pairs = None
        counts, pairs, longest, total = count_words(text)
        best = top(counts, 5)
        best_pairs = top_scan(pairs, 3)
        singles = 0
        for w in counts:
            if counts[w] == 1:
                singles += 1
    elapsed = ms_since(t0)
    print("words", total, "distinct", len(counts), "pairs", len(pairs), "singles", singles)
    print("top", " ".join(["%s=%d" % kv for kv in best]))
    print("top_pairs", " ".join(["%s=%d" % kv for kv in best_pairs]).replace(" ", "_"))
    print("longest", longest, "chars", len(text))
    print("elapsed_ms %.3f" % elapsed)


main()
