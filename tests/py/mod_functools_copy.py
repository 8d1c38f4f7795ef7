import functools
import copy
from functools import reduce, partial, wraps, cmp_to_key, lru_cache, total_ordering

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = partial(pow, 2)
print(p(10), partial(p, 3)(), partial(int, base=16)("ff"))

def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner

@deco
def answer():
    "doc"
    return 41

print(answer(), answer.__name__, answer.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], calls, sq.cache_info())

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c)
class Pt:
    def __init__(self, x): self.x = x
q = copy.deepcopy(Pt([1]))
print(type(q).__name__, q.x)
t = (1, [2])
print(copy.deepcopy(t) == t, copy.copy(t) is t)
