# Keys whose __eq__/__hash__ change the dict being looked up (CPython restarts the
# lookup; nothing may index a stale position).
d = {}


class K:
    def __init__(s, h):
        s.h = h

    def __hash__(s):
        return s.h

    def __eq__(s, o):
        d.pop(next(iter(d)))
        return True


for i in range(5):
    d[K(0)] = i
print(len(d), list(d.values()))


class C:
    calls = 0

    def __hash__(s):
        return 7

    def __eq__(s, o):
        C.calls += 1
        d.clear()
        return True


d = {C(): 0}
print(d.get(C()), len(d))
d[C()] = 1
print(C() in d, len(d))
d[C()] = 1
print(d.pop(C(), "dflt"), len(d))
d[C()] = 1
print(d.setdefault(C(), 5), len(d))
d[C()] = 1
try:
    del d[C()]
except KeyError:
    print("KeyError")
print(len(d))


# __eq__ inserting new keys (resizing the table) while the lookup runs
class G:
    def __init__(s, n):
        s.n = n

    def __hash__(s):
        return 3

    def __eq__(s, o):
        if len(d) < 40:
            for j in range(10):
                d[100 + len(d) + j] = j
        return False


d = {}
d[G(0)] = 0
d[G(1)] = 1
print(len(d) > 20, G(2) in d)


# __eq__ removing other keys and raising
class R:
    def __hash__(s):
        return 1

    def __eq__(s, o):
        d.clear()
        raise ValueError("eq")


d = {R(): 1}
try:
    d[R()]
except ValueError as e:
    print("ValueError", e, len(d))


# many colliding keys, __eq__ deletes the one it is compared with
class P:
    def __init__(s, n):
        s.n = n

    def __hash__(s):
        return 5

    def __eq__(s, o):
        return s.n == getattr(o, "n", None)


d = {P(i): i for i in range(20)}
print(len(d), d[P(13)])


class Q:
    def __init__(s, n):
        s.n = n

    def __hash__(s):
        return 5

    def __eq__(s, o):
        for k in list(d):
            if k is s:
                del d[k]
        return False


d = {Q(i): i for i in range(10)}
print(len(d), Q(99) in d, len(d))

# update and comparisons with mutating __eq__
d = {C(): 1}
e = {C(): 1}
print(d == e, len(d), len(e))
d = {C(): 1}
d.update({C(): 2})
print(len(d))
