# Frozen Python layer of `random` over the native generator (`_new`, `_seed`, `_bits`,
# `_random`). The sequences differ from CPython's; the same seed gives the same
# sequence within Mica.


class Random:
    def __init__(self, x=None):
        self._g = _new(_Generator)
        if x is not None:
            self.seed(x)

    def seed(self, a=None, version=2):
        _seed(self._g, a)

    def getrandbits(self, k):
        return _bits(self._g, k)

    def random(self):
        return _random(self._g)

    def _randbelow(self, n):
        if n <= 0:
            raise ValueError("empty range for randrange")
        k = n.bit_length()
        r = _bits(self._g, k)
        while r >= n:
            r = _bits(self._g, k)
        return r

    def randrange(self, start, stop=None, step=1):
        start = _index(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        stop = _index(stop)
        step = _index(step)
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError(
                "Population must be a sequence.  For dicts or sets, use sorted(d)."
            )
        pool = list(population)
        if counts is not None:
            expanded = []
            for item, c in zip(pool, counts):
                expanded.extend([item] * c)
            pool = expanded
        n = len(pool)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = []
        for i in range(k):
            j = i + self._randbelow(n - i)
            pool[i], pool[j] = pool[j], pool[i]
            result.append(pool[i])
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                if not n:
                    return [population[0] for _ in range(k)]
                return [population[self._randbelow(n)] for _ in range(k)]
            cum_weights = []
            t = 0
            for w in weights:
                t += w
                cum_weights.append(t)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        out = []
        for _ in range(k):
            x = self.random() * total
            lo, hi = 0, n - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if x < cum_weights[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            out.append(population[lo])
        return out

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def gauss(self, mu=0.0, sigma=1.0):
        import math
        u1 = 1.0 - self.random()
        u2 = self.random()
        z = math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
        return mu + z * sigma

    normalvariate = gauss

    def expovariate(self, lambd=1.0):
        import math
        return -math.log(1.0 - self.random()) / lambd

    def randbytes(self, n):
        return bytes(self._randbelow(256) for _ in range(n))


def _index(x):
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return x.__index__()


_inst = Random()
seed = _inst.seed
getrandbits = _inst.getrandbits
random = _inst.random
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
choices = _inst.choices
shuffle = _inst.shuffle
sample = _inst.sample
uniform = _inst.uniform
triangular = _inst.triangular
gauss = _inst.gauss
normalvariate = _inst.normalvariate
expovariate = _inst.expovariate
randbytes = _inst.randbytes
