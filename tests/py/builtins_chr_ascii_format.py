# ascii(), format(), bool-ish helpers
print(ascii("abc"), ascii("é"), ascii("€"), ascii("😀"), ascii([1, "é"]), ascii(b"\xff"))
print(format(3.5), format(3.5, ".2f"), format("x", ">3"), format(10, "b"), format(True), format(None, ""))
try:
    format(1, "z")
except ValueError:
    print("ValueError")
try:
    format(object(), "x")
except TypeError:
    print("TypeError")
class Fmt:
    def __format__(self, spec):
        return "[" + spec + "]"
print(format(Fmt(), "abc"), format(Fmt()), "{:q}".format(Fmt()), f"{Fmt():w}")
