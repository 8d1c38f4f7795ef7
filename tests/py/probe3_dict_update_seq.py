# dict()/update() from a sequence of pairs: bad elements, partial updates, Python-level iterators and hashes
for arg in ([1], [(1, 2), 3], [(1, 2, 3)], [[1, 2], "ab", (3, 4)], ["xyz"], [None]):
    try:
        print(dict(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
try:
    d.update([(1, 2), 5])
except TypeError as e:
    print(e, d)
class Pairs:
    def __iter__(self):
        for i in range(300):
            yield (str(i) * 3, [i] * 3)
dd = dict(Pairs())
print(len(dd), dd["299299299"], dd["77"] if "77" in dd else dd["777"])
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        [object() for _ in range(50)]
        return hash(self.v)
    def __eq__(self, o): return self.v == o.v
big = dict((Key(i), str(i) * 5) for i in range(500))
print(len(big), big[Key(42)])
