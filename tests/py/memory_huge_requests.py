# Impossible allocations raise a catchable MemoryError and nothing is left behind.
import gc


def check(name, f):
    try:
        f()
        print(name, "no error")
    except MemoryError:
        print(name, "MemoryError")


check("list", lambda: [0] * 10**12)
check("list2", lambda: [1, 2, 3] * 10**12)
check("str", lambda: "x" * 10**12)
check("bytes", lambda: b"x" * 10**12)
check("bytearray", lambda: bytearray(10**12))
check("bytes(n)", lambda: bytes(10**12))
check("tuple", lambda: (1,) * 10**12)
check("str pad", lambda: "a".ljust(10**12))
check("zfill", lambda: "1".zfill(10**12))
gc.collect()
x = [i * i for i in range(1000)]
print(sum(x), len("-".join(str(i) for i in x)))
