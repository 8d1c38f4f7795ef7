# large allocations and many small objects
big = [0] * 1000000
print(len(big), big[-1])
big = None
s = "x" * 1000000
print(len(s), s[-3:])
b = bytes(500000)
print(len(b), b[1000])
objs = [{"i": i, "s": str(i)} for i in range(20000)]
print(len(objs), objs[-1], sum(o["i"] for o in objs))
strs = [str(i) for i in range(50000)]
joined = ",".join(strs)
print(len(joined), joined[:20])
nested = []
cur = nested
for i in range(1000):
    nxt = []
    cur.append(nxt)
    cur = nxt
depth = 0
cur = nested
while cur:
    cur = cur[0]
    depth += 1
print(depth)
