d = {}
for k in "dcba":
    d[k] = ord(k)
print(list(d), list(d.values()))
del d['c']
d['c'] = 0
print(list(d.items()))
d.pop('d'); d['d'] = 1; d['a'] = 99
print(d)
ks = d.keys()
d['z'] = 26
print(len(ks), 'z' in ks, list(ks)[-1])
print(list(reversed(d)), list(reversed(d.values()))[:2])
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}))
print(dict.fromkeys("aba"), list(dict.fromkeys([3, 1, 3, 2])))
e = dict(a=1)
e.update(b=2, a=3)
print(e, sorted(e, reverse=True), min(e), max(e.values()))
print(any(d), all({0: 1}), sum({1: 'a', 2: 'b'}), sorted({'x': 2, 'y': 1}.items(), key=lambda kv: kv[1]))
