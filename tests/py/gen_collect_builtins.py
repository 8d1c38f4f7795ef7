# Builtins that consume a whole generator (list, tuple, sum, sorted, min, max, join,
# set, dict): yields, yield from (generators and other iterables), the value a bare
# yield receives, exceptions part-way, nested consumption and re-entry.


def count(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield "sent"


def mixed():
    yield "start"
    r = yield from count(3)
    yield r
    yield from range(2)
    yield from [10, 11]
    yield from (x * 2 for x in range(2))


print(list(mixed()))
print(tuple(count(4)), sum(count(5)), sorted(count(3), reverse=True))
print(min(count(4)), max(x for x in count(4)), "-".join(str(x) for x in count(4)))
print(set(x % 3 for x in count(9)), dict((x, x * x) for x in count(3)))
print(list(zip(count(3), count(4))), list(enumerate(count(2))))


def received():
    a = yield 1
    b = yield 2
    yield (a, b)


print(list(received()))


def failing():
    yield 1
    yield 2
    raise KeyError("midway")


try:
    list(failing())
except KeyError as e:
    print("KeyError", e)


def recovering():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled %s" % e
        finally:
            yield "finally %d" % i


print(list(recovering()))


# A generator consuming other generators with builtins while being consumed.
def nested(n):
    for i in range(n):
        yield sum(count(i)), list(count(i))


print(list(nested(4)))

# Partly consumed, then collected; collected twice; finished.
g = count(5)
print(next(g), next(g), list(g), list(g))


def self_collect():
    yield 1
    yield list(me)


me = self_collect()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


# PEP 479 while collecting, and StopIteration from a nested next().
def stopper():
    yield 1
    next(iter(()))


try:
    sum(stopper())
except RuntimeError as e:
    print("RuntimeError", e)


# Return values are not collected.
def with_return():
    yield 1
    return 99


print(list(with_return()), sum(with_return()))

# Values collected while garbage collections run stay alive.
big = list([i, str(i) * 3] for i in range(1500))
print(len(big), big[0], big[1234], big[-1])
print(sum(len(s) for _, s in ([i, str(i)] for i in range(1500))))
