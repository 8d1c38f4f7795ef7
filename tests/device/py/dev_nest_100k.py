# Containers nested 100,000 deep on the device: building, printing, comparing and hashing
# them ends in a Python exception (MemoryError when the nesting does not fit the heap,
# RecursionError when the native stack runs out), never a crash; the board keeps working.
import gc


def attempt(name, f):
    try:
        f()
        print(name, "done")
    except (MemoryError, RuntimeError):
        print(name, "an exception")


def nest_list():
    x = []
    for i in range(100000):
        x = [x]
    repr(x)


def nest_tuple():
    t = ()
    for i in range(100000):
        t = (t,)
    hash(t)


for name, f in (("list", nest_list), ("tuple", nest_tuple)):
    attempt(name, f)
    gc.collect()
print("alive", sum(range(10)), repr([[1], (2,), {3: [4]}]))
