# list.sort / sorted: stability, key, reverse
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data))
x = [5, 2, 9, 1, 5, 6]
x.sort()
print(x)
x.sort(reverse=True)
print(x)
w = ["banana", "Pie", "apple", "fig", "Cherry"]
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
print(sorted(w, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([]), sorted("bca"), sorted((2, 1)))
nums = [(-1) ** i * i for i in range(10)]
print(sorted(nums, key=abs))
print(sorted([1.5, -2, 0, True, 10 ** 20]))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
try:
    sorted([1], key=1)
except TypeError:
    print("TypeError")
r = [1, 2, 3]
print(r.sort(), r)
recs = [{"n": n, "k": k} for n, k in [("x", 1), ("y", 0), ("z", 1), ("w", 0)]]
recs.sort(key=lambda d: d["k"])
print([d["n"] for d in recs])
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:])
