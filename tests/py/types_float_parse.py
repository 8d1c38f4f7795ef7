# float() from strings and numbers
for s in ["1.5", " 2.25 ", "-3", "+4.", ".5", "1e3", "1E-3", "inf", "-inf", "Infinity", "+INF",
          "nan", "NaN", "-nan", "1_000.5", "0x10" if False else "10", "  -0.0  ", "1e-400"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1 2", "_1", "1__0", "0x10", "infinit"]:
    try:
        float(bad)
        print("no error", bad)
    except ValueError:
        print("ValueError", repr(bad))
print(float(), float(7), float(True), float(-2 ** 10))
try:
    float(None)
except TypeError:
    print("TypeError")
try:
    float("abc")
except ValueError as e:
    print(e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
