# Deep generator chains: RecursionError rather than a crash, and the generators stay
# usable afterwards; long chains below the limit still work.


def nest(depth):
    if depth == 0:
        yield "bottom"
        return "ret"
    r = yield from nest(depth - 1)
    return r


def drive(depth):
    return list(nest(depth))


print(drive(50))
print(drive(500))

try:
    drive(100000)
except RecursionError:
    print("RecursionError from deep yield from")


def for_nest(depth):
    if depth == 0:
        yield 1
        return
    for x in for_nest(depth - 1):
        yield x + 1


print(list(for_nest(300)))
try:
    list(for_nest(100000))
except RecursionError:
    print("RecursionError from deep for chain")


# A generator that recurses into itself through a new generator each level, consumed
# by a native (sum) at the top.
def tree(n):
    if n <= 0:
        yield 1
        return
    yield from tree(n - 1)
    yield from tree(n - 2)


print(sum(tree(15)))

# Throwing into and closing a deep chain.
g = nest(300)
print(next(g))
try:
    g.throw(KeyError("deep"))
except KeyError as e:
    print("thrown through chain", e)
g = nest(300)
next(g)
g.close()
print("closed chain")
try:
    next(g)
except StopIteration:
    print("stopped")

# After the RecursionError the interpreter still works.
print(sum(x for x in range(10)))
