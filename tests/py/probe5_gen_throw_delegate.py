# gen.throw() into a generator suspended in `yield from`, when the delegate handles
# the exception and returns (a generator, a coroutine, a plain iterator with throw()).
def inner():
    try:
        yield 1
    except ValueError as e:
        return 'inner-ret ' + str(e)

def outer():
    a, b = 5, 6
    r = yield from inner()
    print('r', r, a, b)
    yield 'last'

g = outer()
print(next(g))
print(g.throw(ValueError('x')))
print(list(g))

def outer_in_expr():
    a = 5
    r = [a, (yield from inner()), a]
    print('r', r)
    yield 'last'

g = outer_in_expr()
next(g)
print(g.throw(ValueError('y')))


class SubIt:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(99)
        return self.i
    def throw(self, *a):
        print('SubIt.throw', type(a[0]).__name__)
        raise StopIteration('thrown-ret')


def deleg():
    x = 'local'
    r = yield from SubIt()
    print('deleg got', r, x)
    yield 'last'

print(list(deleg()))
g = deleg()
next(g)
print(g.throw(ValueError('x')))


class Aw:
    def __await__(self):
        try:
            yield 'waiting'
        except KeyError:
            return 'aw-ret'

async def coro():
    n = 1
    v = await Aw()
    return (n, v)

c = coro()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('coro returned', e.value)

# the delegate does not handle it: it propagates through the outer generator
def outer2():
    try:
        yield from inner()
    except KeyError as e:
        print('outer2 caught', repr(e))
        yield 'recovered'

g = outer2()
next(g)
print(g.throw(KeyError('k')))
