# sum/min/max/any/all/sorted/math.fsum consume their input as it comes: a huge range
# or generator needs no list of all the items (it used to be a MemoryError).
import math

print(sum(range(10**7)))
print(max(range(10**7)), min(range(5, 10**7)))
print(min(x % 1000 for x in range(1, 10**6)), max((x * 7) % 1001 for x in range(10**6)))
print(any(x > 10**6 for x in range(10**7)), all(x < 10**7 for x in range(10**6)))
print(math.fsum(0.1 for _ in range(10**6)))
print(sum(x * 0.5 for x in range(10**6)))
print(max(range(10**6), key=lambda x: -abs(x - 500000)))
print(min([], default="empty"), max(iter([]), default=None))


def gen():
    yield from range(300)
    yield from (x for x in range(300, 600))


print(sum(gen()), max(gen()), min(gen()), sorted(gen())[-1])
g = gen()
next(g)
print(sum(g))
# The streaming consumers see an iterator as it is advanced elsewhere.
it = iter(range(10))
print(sum(x + next(it, 0) for x in it))
try:
    max(x for x in [1, 2, "a"])
except TypeError as e:
    print("TypeError")
try:
    sum(1 / (5 - x) for x in range(10))
except ZeroDivisionError:
    print("ZeroDivisionError")
# Keyword arguments they do not take are refused before any item is taken.
for f in (lambda: sum(range(10**18), foo=1), lambda: max(range(10**18), kex=1),
          lambda: any(range(10**18), x=1), lambda: sorted([], foo=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
import math
try:
    math.fsum(range(10**18), sep=1)
except TypeError:
    print("TypeError fsum")
