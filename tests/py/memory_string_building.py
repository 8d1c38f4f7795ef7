# repeated string/list growth patterns
s = ""
for i in range(10000):
    s += "ab"
print(len(s), s[:6])
parts = []
for i in range(10000):
    parts.append(str(i % 10))
print(len("".join(parts)))
d = {}
for i in range(50000):
    d[i] = i
for i in range(0, 50000, 2):
    del d[i]
print(len(d), sum(d) % 100000)
st = set()
for i in range(30000):
    st.add(i * 31 % 30011)
print(len(st))
ba = bytearray()
for i in range(100000):
    ba.append(i & 0xFF)
print(len(ba), sum(ba) % 1000)
lst = list(range(100000))
while len(lst) > 10:
    del lst[len(lst) // 2:]
print(lst)
