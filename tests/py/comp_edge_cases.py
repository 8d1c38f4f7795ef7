# comprehension edge cases
print([x for x in range(3) if False], {x: 1 for x in []}, {x for x in ()}, list(x for x in ""))
print([(x, y) for x in range(3) if x for y in range(x) if y % 2 == 0])
print([[j for j in range(i)] for i in range(4)])
print([x for x in [x * 2 for x in range(3)]])
nested = [[1, 2], [3, [4, 5]]]
print([y for x in nested for y in (x if isinstance(x, list) else [x])])
print({k: [v for v in range(k)] for k in range(3)})
print([i for i in range(10)][::3], [c for c in "abc"][::-1])
print(sum([x for x in range(101) if x % 2 == 0]), max(x % 7 for x in range(50)))
print([f"{a}{b}" for a in "ab" for b in "12"])
g = (x * x for x in range(4))
print([y for y in g if y > 1])
print([(a, b) for a, b in {"x": 1, "y": 2}.items() if b > 1])
