# After the heap has been filled and released, a later MemoryError's handler can
# allocate at once: it found the region still marked full when the failing allocation
# had not asked for a collection (the handler's first print raised MemoryError again).
import gc

l = []
try:
    while True:
        l.append(str(len(l)) * 3)
except MemoryError:
    n = len(l)
    l = None
    print("MemoryError", n > 100)
gc.collect()
for attempt in range(3):
    try:
        big = [str(i) * 8 for i in range(10**7)]
        print("fits", len(big))
    except MemoryError:
        free = gc.mem_free()
        print("MemoryError", attempt, free > 1000, str(free) == "%d" % free)
    big = None
print("done")
