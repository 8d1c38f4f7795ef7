d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 20
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
print(d.setdefault('z', []), d.setdefault('b', 99), d)
d.setdefault('z', []).append(1); print(d['z'])
print(d.get('q'), d.get('q', 5), d.pop('z'), d.pop('q', 'none'))
try:
    d.pop('q')
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
d.update({'x': 1}, y=2); d.update([('w', 0)]); print(d)
print(dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, k=3), dict(zip("ab", range(2))))
print({1: 'int', 1.0: 'float', True: 'bool'})
k = {frozenset([1, 2]): "fs", (1, 2): "tuple"}
print(k[frozenset([2, 1])], k[(1, 2)])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
d2 = {'a': 1}
print(d2 | {'b': 2}, {'a': 1} == {'a': 1.0}, 'a' in d2, 1 in d2)
d2 |= {'c': 3}; print(d2)
for k in d2:
    pass
try:
    for k in d2:
        d2['new' + k] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d2.items()) == sorted(d2.items()), len(d2) >= 2)
v = {1: 1}.keys()
print(v, {1: 1}.values(), {1: 2}.items())
print({'a': 1}.keys() & {'a', 'b'}, {'x': 1}.keys() | {'y'} == {'x', 'y'})
print(dict(sorted({"b": 1, "a": 2}.items())), {**{'a': 1}, **{'a': 2}})
print(repr({'a': [1, {'b': (2,)}]}), str({1: None}))
dd = {}
dd[1] = dd
print(dd)
