# __repr__ / __str__ / __format__
class Both:
    def __repr__(self):
        return "Both(r)"
    def __str__(self):
        return "Both(s)"
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, "%s %r" % (b, b), f"{b} {b!r} {b!s}", "{} {!r}".format(b, b))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), [str(OnlyStr())])
class F:
    def __format__(self, spec):
        return "F:" + (spec or "empty")
print(f"{F()}", f"{F():>10}", format(F(), "x"), "{0:abc}".format(F()))
class Sub(str):
    def __repr__(self):
        return "Sub!"
print(repr(Sub("x")), str(Sub("x")), Sub("x") + "y")
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError:
    print("TypeError")
class Recur:
    def __repr__(self):
        return "Recur[" + repr(self.items) + "]"
r = Recur()
r.items = [1, "two"]
print(repr(r))
