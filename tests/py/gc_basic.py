# gc module basics and garbage-heavy workloads
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
class Node:
    def __init__(self):
        self.other = None
for i in range(2000):
    a, b = Node(), Node()
    a.other, b.other = b, a
gc.collect()
print("cycles created and collected")
total = 0
for i in range(300):
    lst = [str(j) * 3 for j in range(50)]
    total += len("".join(lst))
print(total)
