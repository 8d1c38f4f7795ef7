# old-style iteration via __getitem__, __contains__ fallbacks, __index__
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 10 in Seq(), 15 in Seq())
for x in Seq():
    print("item", x)
a, b, c = Seq()
print(a, b, c)
print(sorted(Seq(), reverse=True), tuple(Seq()), max(Seq()))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), list(map(str, It())))
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
L = list(range(10))
print(L[Idx(2)], L[Idx(1):Idx(4)], "abcdef"[Idx(3)], hex(Idx(255)), bin(Idx(5)))
print(range(Idx(3)), [0] * Idx(2), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError in")
class StopEarly:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
s = StopEarly()
print(list(s), list(s))
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "end"))
print("ab" * Idx(2), Idx(2) * (1,), Idx(1) * [5])
class MulIdx(Idx):
    def __rmul__(self, o):
        return "rmul wins"
print([1] * MulIdx(3), "s" * MulIdx(2))
