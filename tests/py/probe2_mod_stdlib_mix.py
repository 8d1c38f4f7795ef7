# collections/functools/struct/json basics
import collections, functools, struct, json
from collections import OrderedDict, deque, namedtuple
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p.x, p[1], p._replace(x=5), p._asdict() if hasattr(p, "_asdict") else {}, Pt._fields)
x, y = p
print(x + y, p == (1, 2), len(p))
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)
dq = deque([1, 2, 3], 5)
dq.appendleft(0); dq.append(4); dq.append(5)
print(dq, dq.popleft(), dq.pop(), len(dq), list(dq))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
part = functools.partial(int, base=2)
print(part("101"), functools.partial(max, 3)(1, 5))
@functools.lru_cache(maxsize=None) if hasattr(functools, "lru_cache") else (lambda f: f)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named():
    "doc"
print(named.__name__)
print(struct.pack("<hI", -2, 7), struct.unpack(">H", b"\x01\x02"), struct.calcsize("<iq"))
print(json.dumps({"a": [1, 2.5, None, True], "b": "s\"q"}), json.loads('{"x": [1, {"y": null}]}'))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é"), json.dumps({"k": 1}, indent=2))
dd = collections.defaultdict(list)
dd["a"].append(1)
dd["b"]
print(sorted(dd.items()), dd.default_factory)
c = collections.Counter("abracadabra") if hasattr(collections, "Counter") else None
print(c.most_common(2) if c else None)
