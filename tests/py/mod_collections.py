# collections: OrderedDict, namedtuple, deque
import collections
od = collections.OrderedDict([("z", 1), ("a", 2)])
od["m"] = 3
print(list(od), list(od.items()))
Pt = collections.namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p._replace(x=9), Pt._fields)
dq = collections.deque([1, 2, 3])
dq.appendleft(0)
dq.append(4)
print(list(dq), dq.popleft(), dq.pop(), len(dq))
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dict(dd))
