# Mica-specific (see the .exp file): chains of iterators and nesting that CPython
# does not bound (it crashes on them) end in RecursionError in Mica.
import gc


def check(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, type(e).__name__, isinstance(e, RuntimeError), str(e))


def chain(make, depth):
    it = iter([1, 2, 3])
    for _ in range(depth):
        it = make(it)
    return it


# 40,000 iterator objects fit in the default 8 MiB heap; advancing the outer
# one recurses through all of them.
for name, make in [
    ("map", lambda it: map(abs, it)),
    ("filter", lambda it: filter(None, it)),
    ("zip", lambda it: zip(it)),
    ("enumerate", lambda it: enumerate(it)),
    ("map of two", lambda it: map(max, it, it)),
]:
    it = chain(make, 40000)
    check(name + " next", lambda: next(it))
    check(name + " list", lambda: len(list(it)))
    it = None
    gc.collect()

t = ()
for _ in range(100000):
    t = (t,)
check("tuple hash", lambda: hash(t))
t = None
gc.collect()

# Shallow chains still work, and so does the interpreter.
print(next(chain(lambda it: map(abs, it), 100)), list(chain(lambda it: filter(None, it), 100)))
print(list(chain(lambda it: zip(it), 3)), list(enumerate("ab")))
print(hash((1, (2, (3,)))) == hash((1, (2, (3,)))), sum(range(100)))
