# generator objects: attributes and behaviours
def g():
    yield 1
gen = g()
print(type(gen).__name__, hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"))
print(iter(gen) is gen, callable(gen.__next__))
print(list(gen), list(gen))
def with_args(a, b=2, *c, **d):
    yield a
    yield b
    yield c
    yield sorted(d)
print(list(with_args(1, 3, 4, 5, x=1)))
gens = [g() for _ in range(3)]
print([next(x) for x in gens])
def closes_cleanly():
    try:
        yield 1
    finally:
        print("cleanup")
c = closes_cleanly()
print(next(c))
c.close()
print("after close")
