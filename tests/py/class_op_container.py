# container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__
class Grid:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        if k not in self.d:
            raise KeyError(k)
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], len(g), (0, 0) in g, (5, 5) in g, list(g))
del g[0, 0]
print(len(g), bool(g))
try:
    g[9, 9]
except KeyError as e:
    print("KeyError", e)
class SeqOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i
s = SeqOnly()
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2])
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
    def __setitem__(self, k, v):
        print("setitem", type(k).__name__, v)
sl = Sliceable()
print(sl[1:5], sl[::2], sl[3], sl[-1])
sl[1:2] = [0]
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
try:
    len(object())
except TypeError:
    print("TypeError")
try:
    object()[0]
except TypeError:
    print("TypeError not subscriptable")
