# Sets iterate (and print) in CPython's hash-table order for ints, floats and tuples.
state = [42]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


def rv():
    k = rnd(4)
    if k == 0:
        return rnd(20)
    if k == 1:
        return rnd(200) - 50
    if k == 2:
        return rnd(5000)
    return (rnd(10), rnd(3)) if rnd(2) else rnd(100) * 0.5


for trial in range(120):
    s = set()
    t = {rv() for _ in range(rnd(12))}
    for step in range(rnd(40)):
        c = rnd(14)
        if c < 5:
            s.add(rv())
        elif c == 5:
            s.discard(rv())
        elif c == 6 and s:
            s.pop()
        elif c == 7:
            s = s | t
        elif c == 8:
            s = s & t
        elif c == 9:
            s = s - t
        elif c == 10:
            s = s ^ t
        elif c == 11:
            s |= {rv() for _ in range(rnd(6))}
        elif c == 12:
            s -= {rv() for _ in range(rnd(6))}
        else:
            op = rnd(8)
            u = [rv() for _ in range(rnd(8))]
            if op == 0:
                s.update(u)
            elif op == 1:
                s.intersection_update(u + list(s)[:3])
            elif op == 2:
                s.difference_update(u)
            elif op == 3:
                s.symmetric_difference_update(u)
            elif op == 4:
                s = s.union(u, t)
            elif op == 5:
                s = s.difference(u)
            elif op == 6:
                s = s.symmetric_difference(u)
            else:
                s = set(list(s) + u)
    print(trial, s, s.copy(), t & s, t - s, t ^ s, frozenset(t), hash(frozenset(s)))

# Big sets with removals and pops.
for trial in range(6):
    s = set()
    for i in range(rnd(3000)):
        s.add(rnd(100000))
        if rnd(3) == 0:
            s.discard(rnd(100000))
        if rnd(50) == 0 and s:
            s.pop()
    l = list(s)
    print(len(s), l[:8], l[-4:], [s.pop() for _ in range(min(4, len(s)))])
    s.clear()
    s.add(99)
    s.add(3)
    print(s)

# Displays, comprehensions, constructors.
a = 10
print({3, 1, 2}, {100, 1000, 10}, {-1, -2, 5, 0}, {10, 20, 30, 40, 50}, {a, 20, 30, 40, 50})
print({5, 13, 21, 29}, {a - 5, 13, 21, 29}, set([29, 21, 13, 5]))
print({x * 7 for x in range(20)}, set(range(30, 0, -3)), frozenset(range(10, 100, 9)))
print({1.5, 2.5, 0.5}, {(1, 2), (0, 1)}, set({8: 1, 0: 2, 16: 3}))
d = {5: 1, 3: 2, 100: 3, 7: 4}
print(d.keys() | {1}, d.keys() & {3, 100, 9}, d.keys() - {5}, d.keys() ^ {1, 5}, set(d))
print(list({10, 2, 33}), tuple({64, 1, 0}), [x for x in {9, 17, 1}], sorted({3, 1, 2}))
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset({(1, 2), 3.5})))
print({(0, 0), (1, 1), (2, 2)}, {(5, 1), (13, 2), (21, 3), (1, 2)}, {(-1, 2.5), (3,), ()})
