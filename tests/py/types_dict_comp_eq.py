# dict comprehensions and equality
sq = {x: x * x for x in range(6) if x % 2}
print(sq)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(pairs)
print({k: v for k, v in zip("abc", range(3))})
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1.0}, {1: 2} == [(1, 2)])
dups = {x % 3: x for x in range(10)}
print(dups)
print(dict(sorted({"b": 1, "a": 2}.items())))
