# infinite generators consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def evens():
    return (n for n in naturals() if n % 2 == 0)
print(take(5, evens()))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(take(6, running_sum(naturals())))
g = naturals()
print([next(g) for _ in range(3)], next(g))
