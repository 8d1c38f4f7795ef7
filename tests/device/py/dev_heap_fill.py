# Allocating until the heap is full raises MemoryError (never an abort), and the
# board keeps working once the memory is released and collected.
# (Mica does not yet collect and retry inside a failing allocation as MicroPython does,
# so each filler drops and collects its data inside the handler, before allocating
# again: see the footprint issue.)
import gc


def fill(make):
    keep = []
    try:
        while True:
            keep.append(make())
    except MemoryError:
        n = len(keep)
        keep = None
        gc.collect()
        return n > 0


for name, make in (
    ("bytearrays", lambda: bytearray(1000)),
    ("lists", lambda: [0] * 50),
    ("strings", lambda: "x" * 200 + str(len("y"))),
    ("dicts", lambda: {1: 2, 3: 4}),
    ("instances", lambda: Exception("e")),
):
    ok = fill(make)
    gc.collect()
    print(name, ok)

# One huge request fails at once.
try:
    b = bytearray(64 * 1024 * 1024)
    print("allocated")
except MemoryError:
    print("huge MemoryError")


def grow():
    big = []
    try:
        while True:
            big.append(len(big))
    except MemoryError:
        n = len(big)
        big = None
        gc.collect()
        return n > 1000


print("growing list MemoryError", grow())
gc.collect()
before = gc.mem_free() + gc.mem_alloc()
x = [bytearray(100) for i in range(100)]
after = gc.mem_free() + gc.mem_alloc()
print("mem_free + mem_alloc constant", before == after)
x = None
gc.collect()
print(sum(range(100)), [i * i for i in range(5)])
