# reference cycles stay usable while referenced
import gc
class Item:
    def __init__(self, name):
        self.name = name
        self.refs = []
a = Item("a")
b = Item("b")
a.refs.append(b)
b.refs.append(a)
gc.collect()
print(a.refs[0].name, b.refs[0].refs[0].name)
lst = []
lst.append(lst)
gc.collect()
print(lst[0][0] is lst, len(lst))
d = {}
d["self"] = d
gc.collect()
print(d["self"]["self"] is d)
cache = {i: [i] * i for i in range(100)}
for _ in range(5):
    gc.collect()
print(sum(len(v) for v in cache.values()))
