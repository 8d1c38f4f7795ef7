l = [5, 3, 8, 1]
l.sort(); l.append(9); l.insert(0, -1); l.extend(range(3)); l.remove(8)
print(l, l.pop(), l.index(5), l.count(1), l[::-2], sorted(l, reverse=True), l * 2)
t = (1, "a", 2.5, None, (3, 4))
print(t[1:], t.index(2.5), len(t), t + (5,), hash(t) == hash((1, "a", 2.5, None, (3, 4))))
d = {"a": 1, "b": 2}
d["c"] = 3; d.update(x=9); d.setdefault("d", []).append(1)
print(d, d.get("z", 0), d.pop("a"), list(d.keys()), list(d.values()), sorted(d.items(), key=str))
print({k: v for k, v in d.items() if isinstance(v, int)}, dict(zip("ab", range(2))))
s = {3, 1, 2}
s.add(5); s.discard(1)
print(sorted(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {3, 7}), s <= {1, 2, 3, 5, 8})
fs = frozenset([1, 2]); print(sorted(fs), hash(fs) == hash(frozenset([2, 1])))
print([x * y for x in range(3) for y in range(3) if x != y], {x % 3 for x in range(10)})
l2 = [[]] * 3; l2[0].append(1); print(l2)
l3 = list(range(10)); l3[2:5] = ["a"]; del l3[::3]; print(l3)
