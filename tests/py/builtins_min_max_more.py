# max/min ties and key ordering
data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max("apple", "banana", "cherry", key=len), min("apple", "fig", "kiwi", key=len))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2,), (1, 5), (1,)]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x % 5))
print(max({"x": 1, "y": 5}, key={"x": 1, "y": 5}.get), max([], key=len, default="none"))
print(max(3, 1, 2, key=None), min([5, 2], default=9))
