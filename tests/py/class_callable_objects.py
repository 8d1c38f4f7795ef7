# callable objects used as functions, keys and decorators
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
class Factory:
    def __call__(self):
        return Factory()
f = Factory()
print(type(f()()).__name__)
print(callable(triple), callable(Multiplier))
