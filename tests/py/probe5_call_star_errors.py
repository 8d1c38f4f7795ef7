# errors building f(*args, **kwargs) name the callee; display and unpacking errors
def g(**k):
    return k
class C:
    def m(self, **k):
        pass
    def __init__(self, **k):
        pass
for f in [g, C().m, C, print, len, dict, lambda **k: 0]:
    try:
        f(**{'x': 1}, **{'x': 2})
    except TypeError as e:
        print(e)
    try:
        f(*1)
    except TypeError as e:
        print(e)
    try:
        f(**1)
    except TypeError as e:
        print(e)
    try:
        f(x=1, **{'x': 2})
    except TypeError as e:
        print(e)
print(g(**{'a': 1}, b=2, **{'c': 3}))
class Mapping:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return k * 2
print(g(**Mapping()), {**Mapping()})
for src in ['[*1]', '(*1,)', '{*1}', '{**1}', '{**[(1, 2)]}', 'print(*None)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', e)
try:
    a, *b = 1
except TypeError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)
try:
    [a, *b] = 5.0
except TypeError as e:
    print(e)
