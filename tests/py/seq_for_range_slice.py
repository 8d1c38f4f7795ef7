# for loops over ranges, lists and tuples, range() arguments, and lo:hi slices of
# lists and tuples: the VM's fast paths must agree with the general protocol.
import sys

big = sys.maxsize


def collect(r):
    out = []
    for x in r:
        out.append(x)
    return out


print(collect(range(5)), collect(range(2, 7)), collect(range(10, 0, -3)))
print(collect(range(0)), collect(range(-3)), collect(range(5, 5)), collect(range(3, 9, 10)))
print(collect(range(big - 2, big)), collect(range(-big - 1, -big + 1)))
print(collect(range(big - 5, big, 2)), collect(range(-big, -big - 1, -1)))
print(collect(range(big - 1, big + 2)))
print(collect(range(True, 4)), collect(range(False)))
print([x for x in range(3, -4, -2)], sum(range(100)))


class Idx:
    def __index__(self):
        return 3


print(collect(range(Idx())), collect(range(1, Idx())))
for bad in [(1.5,), (1, 2, 0), ("3",), (), (1, 2, 3, 4)]:
    try:
        for x in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def shadowed():
    range = lambda n: ["r%d" % i for i in range_(n)]
    return [x for x in range(3)]


range_ = range
print(shadowed())
it = iter(range(3))
print(next(it), list(it), list(it))
r = range(4)
for x in r:
    pass
print(r, list(r))

# list iteration sees appends made during the loop, and a finished iterator stays done
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3:
        items.append(x * 10)
print(seen, items)
it = iter([1, 2])
print(list(it), list(it))
t = (4, 5, 6)
print([x * 2 for x in t], [x for x in ()], [x for x in []])
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

# nested loops over the same list
m = [1, 2, 3]
print([(a, b) for a in m for b in m if a != b])

# slices
l = [0, 1, 2, 3, 4, 5]
t = tuple(l)
print(l[:], l[2:], l[:3], l[1:4], l[-2:], l[:-2], l[-100:100], l[4:2], l[10:], l[:-10])
print(t[:], t[2:], t[:3], t[-2:], t[4:2], t[-100:100])
print(t[:] is t, t[0:] is t, t[:100] is t, t[1:] is t, l[:] is l)
print(l[True:], l[:False], l[Idx():], l[None:None], l[::2], l[1:5:2], l[::-1])
print("hello"[1:3], b"bytes"[1:], bytearray(b"xyz")[:2], range(10)[2:5])


class L(list):
    pass


class T(tuple):
    pass


s = L([1, 2, 3])[1:]
print(s, type(s).__name__)
s = T((1, 2, 3))[:]
print(s, type(s).__name__)


class G:
    def __getitem__(self, k):
        return k


print(G()[1:2], G()[:], G()[None:3])
try:
    l["a":]
except TypeError as e:
    print("TypeError", e)
nothing = None
try:
    nothing[1:2]
except TypeError as e:
    print("TypeError", e)

copy = l[:]
copy.append(99)
print(l, copy)

# concatenation
a, b = [1, 2], [3]
c = a + b
c.append(4)
print(a, b, c, (1,) + (2, 3), () + (), [] + [], a + [])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
