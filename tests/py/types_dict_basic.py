# dict basics and insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), d["a"])
del d["b"]
d["b"] = 11
print(d)
print("a" in d, "z" in d, 2 in d, "z" not in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
print({1: "a", 2.0: "b", (1, 2): "c", None: "d", True: "e"})
print({i: i * i for i in range(5)})
print(d == {"c": 3, "a": 2, "b": 11}, {1: 2} != {1: 3}, {} == {})
e = {}
for k in "hello":
    e[k] = e.get(k, 0) + 1
print(e)
print(repr({"q": "x'y"}), str({1: [1, 2]}))
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    {} < {}
except TypeError:
    print("TypeError")
