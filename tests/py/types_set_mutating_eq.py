# Set elements whose __hash__/__eq__ change the set being used (CPython's rules:
# lookups restart, an add that compared equal keeps the old element).
s = set()


class K:
    def __hash__(self):
        s.discard(1)
        return 0

    def __eq__(self, o):
        s.clear()
        return True


s.add(1)
for i in range(5):
    s.add(K())
print(len(s))
print(K() in s, len(s))
s.add(K())
s.discard(K())
print(len(s))
s.add(K())
try:
    s.remove(K())
except KeyError:
    print("KeyError")
print(len(s))


class Grow:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, o):
        if len(s) < 50:
            s.update(range(100 + len(s), 110 + len(s)))
        return False


s = {Grow(0)}
print(Grow(1) in s, len(s) >= 11)


class Clear:
    def __hash__(self):
        return 12345

    def __eq__(self, o):
        t.clear()
        s.clear()
        return False


s = {Clear(), 1, 2}
t = {Clear(), 3}
print(len(s & t), len(s), len(t))
s = {Clear(), 1, 2}
t = {Clear(), 3}
print(len(s - t))
s = {Clear(), 1, 2}
t = {Clear(), 3}
print(len(s ^ t))
s = {Clear(), 1, 2}
t = {Clear(), 3}
s -= t
print(len(s))
s = {Clear(), 1, 2}
t = {Clear(), 3}
print(s <= t, s == t)
s = {Clear(), 1, 2}
t = [Clear(), 3]
s.intersection_update(t)
print(len(s))
s = {Clear(), 1, 2}
print(s.isdisjoint([Clear()]), len(s))
s = {Clear(), 1, 2}
print(s.issubset([Clear(), 1, 2]))


class Raise:
    def __hash__(self):
        return 3

    def __eq__(self, o):
        s.clear()
        raise TypeError("nope")


s = {Raise()}
try:
    s.add(Raise())
except TypeError as e:
    print("TypeError", e, len(s))
