# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
    def append(self, v):
        super().append(v * 10)
ml = MyList([1, 2])
ml.append(3)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__, ml[1:])
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), "zz" in md, len(md))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self
c = Counter()
c.add("x").add("y").add("x")
print(sorted(c.items()))
class Str2(str):
    def double(self):
        return self + self
print(Str2("ab").double(), Str2("ab").upper(), type(Str2("ab").upper()).__name__)
class Int2(int):
    def is_even(self):
        return self % 2 == 0
print(Int2(4).is_even(), Int2(4) + 1, type(Int2(4) + 1).__name__)
class Tup(tuple):
    @property
    def first(self):
        return self[0]
print(Tup((9, 8)).first, Tup((1, 2)) == (1, 2))
class Exc(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise Exc(5)
except Exception as e:
    print(e, e.code)
