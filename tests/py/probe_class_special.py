class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, "none")
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
s = Seq()
s[1] = "a"; s["x"] = "b"
print(s[1], s[2], len(s))
del s[1]
print(len(s))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, k=2))
class Hash:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Hash) and self.v == o.v
print(len({Hash(1), Hash(1), Hash(2)}), {Hash(3): "x"}[Hash(3)])
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], hex(Idx()), range(5)[Idx()], bin(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()))
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as v:
    print("body", v)
    raise ValueError
print("suppressed")
with Ctx(), Ctx() as w:
    print("two", w)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), sum(Iter()), [x for x in Iter()])
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class Round:
    def __round__(self, n=None): return ("round", n)
print(round(Round()), round(Round(), 2))
class Bool0:
    def __bool__(self): return False
print(not Bool0(), Bool0() or "or")
