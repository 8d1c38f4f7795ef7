print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
cnt = [0]
def f():
    cnt[0] += 1
    return cnt[0]
print(list(iter(f, 4)))
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
print(min([3, 1, 2]), max("hello"), min(3, 1, 2), max([1, 5, 3], key=lambda x: -x), min([], default="empty"), max([], key=len, default=None))
print(min("a", "bb", "ccc", key=len), max((1, 'a'), (1, 'b')), max([2, 1, 2], key=lambda v: 0))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2]), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
def noisy(v):
    print("eval", v)
    return v
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]), any([]), all([]))
print(sorted("bca", reverse=True), sorted({3: 1, 1: 2}), sorted([3, 1], key=None), sorted((x for x in [2, 1])))
r = reversed([1, 2, 3]); print(list(r), list(r), list(reversed("ab")), list(reversed(range(3))))
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]
print(list(reversed(Rev())))
try:
    reversed({1: 2}.keys() if False else 5)
except TypeError as e:
    print("TypeError", e)
e = enumerate("xy")
print(next(e), iter(e) is e)
z = zip(range(3), range(3))
print(next(z), list(z))
