# Generators resumed inline by for loops and yield from: values, returns, nesting,
# manual resumption after break, and re-entry of a running generator.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done-%d" % n


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def pairs(src):
    # A for loop over a generator inside another generator, with a store superinstruction.
    for a in src:
        for b in count(2):
            yield (a, b)


print(list(evens(count(10))))
print(list(pairs(count(3))))

# Break out of a for loop over a generator, then resume it manually.
g = count(6)
for x in g:
    if x == 2:
        break
print("after break", x, next(g), next(g))
print("rest", list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.args)


# yield from returns the delegate's return value.
def delegator(n):
    r = yield from count(n)
    yield "r=" + r
    r2 = yield from ()
    yield r2


print(list(delegator(3)))


# Nested yield from chains, with for loops in between.
def chain(depth, n):
    if depth == 0:
        r = yield from count(n)
        return r
    total = yield from chain(depth - 1, n)
    for x in count(2):
        yield -x
    return total + "!"


def run_chain():
    out = []
    r = yield from chain(4, 3)
    out.append(r)
    yield out


print(list(run_chain()))


# send() into a generator that delegates inline to another one.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def outer_echo():
    res = yield from echo()
    yield ("result", res)


e = outer_echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))


# A running generator re-entered through for, next and yield from.
def reenter_for():
    for x in me:
        yield x
    yield 0


def reenter_next():
    yield next(me)


def reenter_yf():
    yield from me


for fn in (reenter_for, reenter_next, reenter_yf):
    me = fn()
    try:
        for x in me:
            print("unexpected", x)
    except ValueError as exc:
        print(fn.__name__, "ValueError", exc)
    print(fn.__name__, "after", list(me))


# Sending a non-None value to a just-started delegate through yield from.
def fresh_delegate():
    inner = count(3)
    yield from inner


f = fresh_delegate()
print(next(f), f.send(1), f.send(2))

# Generator expressions consumed by for, sum, list and nested generator expressions.
print(sum(x * x for x in count(10) if x & 1))
print([y for y in (x + 1 for x in count(4))])
print(max(x for x in evens(count(9))), min(-x for x in count(5)))
gen = (x for x in count(5))
for a in gen:
    for b in gen:
        print("pair", a, b)
        break


# The same generator object consumed by two nested loops.
def shared():
    s = count(6)
    for a in s:
        for b in s:
            yield (a, b)
            break


print(list(shared()))

# Iterating an exhausted generator again.
g = count(2)
print(list(g), list(g), [x for x in g])
