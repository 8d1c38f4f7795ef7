# structural pattern matching
def m(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative " + str(n)
        case str() as s:
            return "string " + s
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "seq first=%r rest=%r" % (first, rest)
        case {"type": "point", "x": x, "y": y}:
            return "point %s,%s" % (x, y)
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -7, "hi", [1, 2], [1, 2, 3], (9,), {"type": "point", "x": 1, "y": 2}, None, 3.5, {"type": "x"}]:
    print(repr(v), "->", m(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0):
            return "origin"
        case Pt(x=0, y=y):
            return "on y axis at %d" % y
        case Pt(x, 0):
            return "on x axis at %d" % x
        case Pt():
            return "elsewhere"
print([where(p) for p in [Pt(0, 0), Pt(0, 5), Pt(3, 0), Pt(1, 1)]])
