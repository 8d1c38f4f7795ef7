keep = []
try:
    while True:
        keep.append("x" * 1000)
except MemoryError:
    n = len(keep)
    keep = None
print("filled", n > 0)
data = [bytearray(100) for _ in range(100)]
del data
try:
    big = [0] * (10 ** 9)
except MemoryError:
    print("MemoryError")
