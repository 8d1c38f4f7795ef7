# __iter__ / __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
for v in c:
    print("v", v)
print(list(c))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for x in self.data:
            yield x * 10
r = Reusable([1, 2])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
a, b = Reusable([5, 6])
print(a, b)
print(dict(zip(Reusable("ab"), Countdown(2))) if False else list(zip(Reusable([1, 2]), Countdown(5))))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError")
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError", e)
print(list(map(lambda v: v + 1, Countdown(3))), 2 in Countdown(3))
