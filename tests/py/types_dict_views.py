# dict views
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it), len(k), len(v), len(it))
d["four"] = 4
print(list(k), "four" in k, 4 in v, ("four", 4) in it, ("four", 5) in it)
del d["one"]
print(list(k), list(v))
print(sorted(k & {"two", "x"}), sorted(k | {"x"}), sorted(k - {"two"}), sorted(k ^ {"two", "y"}))
print(sorted(it & {("two", 2)}))
print(k == {"two", "three", "four"}, type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d))
print(list(reversed(d.keys())), list(reversed(d.values())))
print(d.keys().isdisjoint({"zz"}))
