# Allocating until the heap is full raises MemoryError (never an abort), and the
# board keeps working once the memory is released.
import gc


def fill(make):
    keep = []
    try:
        while True:
            keep.append(make())
    except MemoryError:
        n = len(keep)
        keep = None
        return n > 0


print("bytearrays", fill(lambda: bytearray(1000)))
print("lists", fill(lambda: [0] * 50))
print("strings", fill(lambda: "x" * 200 + str(len("y"))))
print("dicts", fill(lambda: {1: 2, 3: 4}))
gc.collect()
# One huge request fails at once.
try:
    b = bytearray(64 * 1024 * 1024)
    print("allocated")
except MemoryError:
    print("huge MemoryError")
# A list that grows until full.
big = []
try:
    while True:
        big.append(len(big))
except MemoryError:
    n = len(big)
    big = None
    print("growing list MemoryError", n > 1000)
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print("mem_free+mem_alloc positive", free > 0 and alloc > 0)
print(sum(range(100)), [i * i for i in range(5)])
