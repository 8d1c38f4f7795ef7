# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
d.update(a=-1)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
e = {1: 1}
e |= {2: 2}
print(e, e | {3: 3}, {3: 3} | e)
print(list(reversed({"p": 1, "q": 2})))
