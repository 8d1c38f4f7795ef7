print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, (str, (list, int))), isinstance([], ()), issubclass(bool, (str, int)))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError", e)
class A:
    @property
    def bad(self):
        raise ValueError("boom")
    @property
    def attr_err(self):
        raise AttributeError("nope")
a = A()
print(hasattr(a, 'attr_err'), getattr(a, 'missing', 'dflt'), getattr(a, 'attr_err', 'd2'))
try:
    hasattr(a, 'bad')
except ValueError as e:
    print("ValueError", e)
try:
    getattr(a, 'missing')
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(A), callable(a), callable(lambda: 0), callable(5), callable(A.bad))
class CC:
    def __call__(self): return "called"
print(callable(CC()), CC()())
setattr(a, 'x', 1); print(a.x); delattr(a, 'x'); print(hasattr(a, 'x'))
try:
    delattr(a, 'x')
except AttributeError as e:
    print("AttributeError", e)
print(type(1), type("s"), type(None), type(type), type(A), type(a).__name__, type(len).__name__)
T = type("T", (A,), {"v": 5, "m": lambda self: self.v * 2})
t = T()
print(T.__name__, t.v, t.m(), isinstance(t, A), T.__bases__ == (A,))
print(repr([1, (2, 'x'), {'k': [None, True]}, {3}, 1.5, -0.0]), repr(()), repr((1,)), repr(set()), repr([[]]))
print("a", "b", sep="-", end="|\n"); print("x", end=""); print(); print(sep="?"); print(1, 2, sep=None, end=None)
print(*[1, 2, 3], sep=", ")
x = 1
y = x
print(x is y, [] is [], None is None, a is not None, type(a) is A)
print(abs(-3), chr(97), ord('a'), hex(255), oct(8), bin(5), hex(-1), bin(-5), divmod(7, 3), round(2.5), len({1: 2}))
print(id(a) == id(a), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
print(dir(A).count('bad'), 'append' in dir([]), sorted(vars(a)))
