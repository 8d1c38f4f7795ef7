# collections: namedtuple details, deque with maxlen, OrderedDict, defaultdict, Counter
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
P = namedtuple("P", ["a", "b", "c"], defaults=[3])
p = P(1, 2)
print(p, p._asdict(), P._make([4, 5, 6]), p == (1, 2, 3), isinstance(p, tuple), len(p), P._field_defaults)
a, b, c = p
print(a + b + c, p.count(1), p.index(2), P.__name__, hash(p) == hash((1, 2, 3)))
for bad in [lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, a=2), lambda: P(1, 2, d=3),
            lambda: namedtuple("X", "a a"), lambda: namedtuple("X", "_a"), lambda: namedtuple("X", "def"), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
R = namedtuple("R", "x, _y", rename=True)
print(R._fields, R(1, 2))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, list(d), 3 in d, d[0], d[-1])
d.appendleft(9)
print(d)
d.extend([7, 8])
d.rotate(1)
print(d, len(d), bool(deque()))
d2 = deque([1, 2, 3, 4, 5])
d2.rotate(-2)
d2.extendleft([0, -1])
print(d2, d2.pop(), d2.popleft(), d2.count(3), d2 == deque([0, 3, 4, 5, 1]), list(reversed(d2)))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1], 1).insert(0, 5), lambda: deque([1])[5]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
od.move_to_end("a")
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
od["d"] = 4
od.move_to_end("d", last=False)
print(od, OrderedDict(), isinstance(od, dict))
dd = defaultdict(int)
for w in "a b a c a".split():
    dd[w] += 1
print(sorted(dd.items()), dd["zz"], len(dd), dd.default_factory)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], c.total())
c.update("aaz")
c.subtract({"a": 1})
print(c["a"], c["z"], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1))
