# insertion order through updates, deletes and reinserts
d = {}
for k in "zyxw":
    d[k] = ord(k)
print(list(d))
d["y"] = 0
print(list(d))
del d["z"]
d["z"] = 1
print(list(d), list(d.values()))
d.update({"a": 1, "x": 2})
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
e = dict.fromkeys("hello")
print(list(e))
f = {**{"b": 1}, "a": 2, **{"b": 3}}
print(f)
g = dict(sorted({"c": 3, "a": 1, "b": 2}.items(), key=lambda kv: kv[1], reverse=True))
print(g)
h = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del h[i]
for i in range(0, 10, 4):
    h[i] = -i
print(h)
