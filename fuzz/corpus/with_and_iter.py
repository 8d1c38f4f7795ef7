class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with CM("a") as a, CM("b", True):
    raise KeyError("k")
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Seq()), list(It()), 9 in Seq(), sum(It()), sorted(Seq(), reverse=True))
x, *rest = It(); print(x, rest)
a, (b, c) = 1, (2, 3); print(a, b, c)
