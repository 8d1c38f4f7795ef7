# next() on exhausted generators, default values, return values
def gen():
    yield 1
    return "rv"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value, e.args)
print(next(g, "dflt"))

def empty():
    return
    yield
e = empty()
print(next(e, None))
print(list(e))

def ret_val():
    yield 1
    return [1, 2]
def outer():
    r = yield from ret_val()
    print("received", r)
    r2 = yield from ret_val()
    return r + r2
print(list(outer()))

def deleg():
    v = yield from outer()
    yield v
print(list(deleg()))

def noret():
    yield 5
def o2():
    r = yield from noret()
    yield r
print(list(o2()))

try:
    next(iter([]))
except StopIteration as e:
    print("list iter stop", e.args)

g = (i for i in range(2))
print(list(g), list(g))
print(g.__name__)
