# dict views: set operations and membership
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()))
print(sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | ["x"]))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(("a", 1) in d.items(), ("a", 2) in d.items(), ("z", 1) in d.items(), "a" in d.items())
print(1 in d.values(), 5 in d.values())
print(d.keys() == {"a", "b", "c"}, d.keys() == e.keys(), d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < d.keys(), d.keys().isdisjoint({"q"}))
k = d.keys()
v = d.values()
it = d.items()
d["z"] = 26
print(list(k), list(v), list(it))
del d["a"]
print(len(k), list(reversed(d.keys())), list(reversed(d.items()))[0])
try:
    d.values() & {1}
except TypeError:
    print("TypeError values &")
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
try:
    for kk in d:
        d["new" + kk] = 1
except RuntimeError as e:
    print("RuntimeError", e)
