# next() with defaults on various iterators
it = iter([1])
print(next(it, "d"), next(it, "d"), next(it, None))
g = (x for x in [])
print(next(g, "empty gen"))
d = iter({"a": 1})
print(next(d), next(d, "done"))
s = iter("xy")
print(next(s), next(s), next(s, 0))
r = iter(range(1))
print(next(r), next(r, -1))
def gen():
    yield 1
    return "ret"
g2 = gen()
print(next(g2), next(g2, "after return"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(next(It(), "custom done"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
