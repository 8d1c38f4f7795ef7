# dict and set comprehensions
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({x % 5 for x in range(20)}), {c for c in ""} == set())
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["apple", "bob", "cat", "dog", "eel"]
print({w[0]: len(w) for w in words if len(w) == 3})
print({len(w): w for w in words})
print(sorted({len(w) for w in words}))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
print({str(i): i for i in range(3)}.keys() == {"0", "1", "2"})
