# dict(d) / d.update(...) copies and '%d' / '%s' formatting of plain ints and strs.
base = {"a": 1, "b": 2, "c": 3}
for i in range(3):
    d = dict(base)
    d.update({"b": i, "d": i * 2})
    d.update([("e", 5)], f=6)
    d.update(base)
    print(sorted(d.items()), len(d))
d = {}
d.update({})
d.update(dict.fromkeys(range(20), 0))
d.update({k: k for k in range(10, 30)})
print(len(d), d[15], list(d)[:3], list(d)[-3:])


class M(dict):
    pass


m = M(base)
m.update(x=1)
print(sorted(dict(m).items()), type(m).__name__)
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print("TypeError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)

for v in [0, -7, 12345, 2**40, True, False, 2**70, -(2**70), 3.9, -3.9]:
    print("%d|%i|%u|%s|%5d|%-4d|%+d|%x" % (v, v, v, v, v, v, v, int(v)))
for s in ["", "abc", "x" * 70, "é"]:
    print("[%s]" % s, "[%s|%r]" % (s, s), "[%.2s]" % s, "[%4s]" % s)
print("acct%d" % 7, "%d%%" % 50, "%s-%d" % ("k", 3))
try:
    print("%d" % "no")
except TypeError as e:
    print("TypeError", e)
print("%%" % (), "a%%b%sc" % "x", "%s%s" % ("é", 1), "%d/%i/%s" % (1, -2, "z"))
for fmt, args in [("%s", ()), ("%s %s", ("a",)), ("abc", "x"), ("%d", "s"), ("%", 1),
                  ("%s", ("a", "b")), ("%(k)s", {"k": 1}), ("x%", ())]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s|%s" % (True, None), "%d" % True, "%s" % [1], "%s" % ((1, 2),))
