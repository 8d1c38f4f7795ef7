# Run by ports/unix/tests/heap_limits.rs under a small heap (-X heapsize=256K):
# growing containers until the heap is full raises MemoryError, and the interpreter
# carries on normally afterwards.
import gc


def fill(name, grow):
    try:
        grow()
        print(name, "no error")
    except MemoryError:
        print(name, "MemoryError")
    gc.collect()
    print(name, "recovered", gc.mem_free() > gc.mem_alloc() // 4)


def grow_list():
    l = []
    while True:
        l.append(len(l))


def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1


def grow_str():
    s = "ab"
    while True:
        s = s + s


def grow_int():
    n = 3
    while True:
        n = n * n


def grow_set():
    s = set()
    i = 0
    while True:
        s.add(i)
        i += 1


def grow_nested():
    l = []
    while True:
        l = [l, l]


def grow_bytearray():
    b = bytearray()
    while True:
        b.extend(b"0123456789abcdef" * 16)


def grow_objects():
    class Node:
        def __init__(self, nxt):
            self.nxt = nxt
    n = None
    while True:
        n = Node(n)


def endless_list():
    class Forever:
        def __iter__(self):
            return self

        def __next__(self):
            return 1
    list(Forever())


for name, f in [("list", grow_list), ("dict", grow_dict), ("str", grow_str),
                ("int", grow_int), ("set", grow_set), ("nested", grow_nested),
                ("bytearray", grow_bytearray), ("objects", grow_objects),
                ("endless", endless_list), ("huge", lambda: [0] * 10**12)]:
    fill(name, f)

gc.collect()
free, used = gc.mem_free(), gc.mem_alloc()
print("sizes sensible", free > 0, used > 0, free + used <= 256 * 1024)
print(sum([i * i for i in range(300)]), "-".join(str(i) for i in range(5)))
d = {str(i): i for i in range(50)}
print(len(d), d["49"])
