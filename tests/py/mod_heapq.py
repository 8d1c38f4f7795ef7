import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
a = [9, 4, 7, 1, 0, 3, 3, 8]
heapq.heapify(a)
print(a)
print(heapq.heapreplace(a, 5), heapq.heappushpop(a, -1), heapq.heappushpop(a, 100), a[0])
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(2, [(1, "a"), (3, "b"), (2, "c")], key=lambda t: t[0]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([3, 1], [2, 0], reverse=True)))
print(list(heapq.merge(["a", "bbb"], ["cc"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError:
    print("TypeError")
h = []
for t in [(2, "b"), (1, "a"), (3, "c")]:
    heapq.heappush(h, t)
print(heapq.heappop(h))
