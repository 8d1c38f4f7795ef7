# dict error paths
d = {"a": 1}
for op in [lambda: d["b"], lambda: d.pop("b"), lambda: {}.popitem(), lambda: d.__getitem__("c")]:
    try:
        op()
    except KeyError as e:
        print("KeyError", e)
for op in [lambda: d.update(1), lambda: dict([1, 2]), lambda: {[]: 1}, lambda: d.get(), lambda: dict.fromkeys(5)]:
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    dict([("a", 1, 2)])
except ValueError:
    print("ValueError")
try:
    d + d
except TypeError:
    print("TypeError")
print(d.get("b", "fallback"), d.setdefault("a", 99), d)
