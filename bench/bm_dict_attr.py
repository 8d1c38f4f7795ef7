# Dict- and attribute-heavy workload: instance attribute reads/writes,
# getattr/setattr, dict get/set/setdefault/update/pop, word counting over
# generated text and grouping into dict-of-lists.
#
# usage: bm_dict_attr.py [N [M]]   N = words (bank rounds and merges scale
# with it), M = runs
# default args: 12000 36
# device args: 250 30
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "xe", "zu", "po", "qa"]


class Account:
    def __init__(self, ident):
        self.ident = ident
        self.balance = 0
        self.deposits = 0
        self.withdrawals = 0
        self.flags = 0
        self.last = None

    def deposit(self, amount):
        self.balance += amount
        self.deposits += 1
        self.last = amount

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            self.withdrawals += 1
            self.last = -amount
            return True
        self.flags += 1
        return False


def gen_words(count, seed):
    words = []
    x = seed
    ns = len(SYLLABLES)
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (x >> 16) % 3
        w = ""
        y = x
        for j in range(n):
            w += SYLLABLES[y % ns]
            y //= ns
        words.append(w)
    return words


def word_stats(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_len = {}
    for w in counts:
        by_len.setdefault(len(w), []).append(w)
    first = {}
    for w in words:
        k = w[0]
        if k in first:
            first[k] += 1
        else:
            first[k] = 1
    best = None
    best_n = -1
    for w in sorted(counts):
        if counts[w] > best_n:
            best = w
            best_n = counts[w]
    return counts, by_len, first, best, best_n


def bank(rounds):
    accounts = {}
    for i in range(50):
        accounts["acct%d" % i] = Account(i)
    x = 7
    fails = 0
    for r in range(rounds):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        key = "acct%d" % (x % 50)
        acct = accounts[key]
        amount = (x >> 8) % 200
        if x & 256:
            acct.deposit(amount)
        elif not acct.withdraw(amount):
            fails += 1
        if r % 97 == 0:
            setattr(acct, "flags", getattr(acct, "flags") + 2)
    total = 0
    for key in sorted(accounts):
        a = accounts[key]
        total += a.balance * 3 + a.deposits * 5 + a.withdrawals * 7 + a.flags
    return total, fails


def config_merge(n):
    base = {"a": 1, "b": 2, "c": 3}
    acc = 0
    for i in range(n):
        d = dict(base)
        d.update({"b": i, "d": i * 2})
        d["e"] = d.get("a", 0) + d.get("z", 5)
        acc += d.pop("d") + len(d) + d["e"] + d["b"]
        if "c" in d:
            del d["c"]
        acc += len(d)
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 36
    t0 = clock()
    for rep in range(m):
        # drop the last run's data first: a small heap has no room for two
        words = counts = by_len = None
        words = gen_words(n, 42 + rep)
        counts, by_len, first, best, best_n = word_stats(words)
        money, fails = bank(n * 5 // 4)
        merged = config_merge(n * 5 // 12)
    elapsed = ms_since(t0)
    lens = sorted(by_len)
    print("distinct", len(counts), "best", best, best_n)
    print("by_len", " ".join(["%d:%d" % (k, len(by_len[k])) for k in lens]))
    print("first", " ".join(["%s:%d" % (k, first[k]) for k in sorted(first)]))
    print("bank", money, fails, "merge", merged)
    print("elapsed_ms %.3f" % elapsed)


main()
