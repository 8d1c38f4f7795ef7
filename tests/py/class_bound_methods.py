# bound and unbound methods
class K:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    __hash__ = object.__hash__
k = K(7)
m = k.get
print(m(), m.__self__ is k, m.__func__ is K.get, K.get(k))
print(k.get == k.get, type(m).__name__)
fns = [K(i).get for i in range(3)]
print([f() for f in fns])
print(list(map(K.get, [K(1), K(2)])))
try:
    K.get()
except TypeError:
    print("TypeError")
print(callable(m), m.__name__)
class Caller:
    def __init__(self, f):
        self.f = f
    def run(self):
        return self.f()
print(Caller(k.get).run())
