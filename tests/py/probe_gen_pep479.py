def g():
    yield 1
    raise StopIteration("x")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__)
def g2():
    it = iter([])
    yield next(it)
try:
    for v in g2():
        print(v)
except RuntimeError as e:
    print("RuntimeError", e)
def g3():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(g3()))
def g4():
    yield 1
    return
it = g4()
print(next(it))
print(next(it, "default"))
print(next(it, "default"))
gen = (x for x in range(2))
print(list(gen), list(gen))
def selfnext():
    yield next(sn)
sn = selfnext()
try:
    next(sn)
except ValueError as e:
    print("ValueError", e)
