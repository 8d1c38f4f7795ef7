# Filling the whole heap ends in a catchable MemoryError (quickly: collections near a
# full heap are rate-limited), and the memory is usable again once the data is dropped.
import gc

l = []
n = 0
try:
    while True:
        l.append(str(len(l)) * 3)
except MemoryError:
    n = len(l)
    l = None
    print("MemoryError", n > 1000)
gc.collect()
print(sum([i for i in range(1000)]))

for attempt in range(3):
    try:
        # Far more than the default heap holds (64 MiB on the host).
        big = [str(i) * 8 for i in range(10**7)]
        print("fits", len(big))
    except MemoryError:
        print("MemoryError", attempt)
    big = None
print("done")
