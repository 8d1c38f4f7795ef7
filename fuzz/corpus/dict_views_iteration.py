d = dict.fromkeys("abcdef", 0)
for k in d:
    d[k] += 1
ks = d.keys(); vs = d.values(); its = d.items()
d["z"] = 9
print(len(ks), sorted(ks & {"a", "z", "q"}), sum(vs), ("z", 9) in its, list(reversed(d))[:2])
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError")
s = set(range(10))
try:
    for v in s:
        s.discard(v)
except RuntimeError:
    print("RuntimeError")
print(len(s) < 10, {**d, "x": 1}.get("x"), dict(d, y=2)["y"])
