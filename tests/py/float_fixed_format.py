# Fixed-point float formatting ('%.Nf', '{:.Nf}', format(x, 'f')) across magnitudes,
# precisions and rounding ties (exact binary ties round half to even), plus format(x, '')
# and str() of ints and floats.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.0005, 2.675, 1.005, 0.045,
        123.456, -123.456, 1e-7, 5e-324, 1e15, 3.999e15, 4.5e15, 1e16, 1e22, 123456789.125,
        0.1 + 0.2, 1 / 3, 2 / 3, 9.9995, 9.99949999, 99.5, 0.05, 0.15, 0.25, 0.35,
        float("inf"), float("-inf"), float("nan"), 1234.5678e-3]
x = 0.001
for i in range(200):
    vals.append(x)
    vals.append(-x * 1.37)
    x = x * 1.618 + 0.0137
out = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 8, 12, 15, 16, 20):
        out.append("%.*f" % (p, v))
    out.append("%8.3f|%-10.2f|%+.1f|%#.0f|% .4f" % (v, v, v, v, v))
    out.append("{:.3f} {:10.6f} {:,.2f} {:f} {}".format(v, v, v, v, v))
print(len(out))
for line in out:
    print(line)
for i in (0, 7, -7, 10**18, -(2**63), 2**63 - 1):
    print(str(i), format(i, ""), "{}".format(i), "{0}|{0!r}".format(i), repr(i))
print(format("abc", ""), format(1.5, ""), format(True, ""), format(None, ""), format([1], ""))
# Float powers with integral operands are exact when the power fits in 53 bits.
print([10.0 ** -k for k in range(0, 23)])
print([2.0 ** k for k in (-60, -3, 0, 3, 52, 53, 54)], 3.0 ** -2, 7.0 ** 5, 0.5 ** 3, (-2.0) ** -3)
print(10.0 ** 22, 10 ** -3, 1.5 ** 2, 12.0 ** 14, 12.0 ** -15)
import math
print(math.pow(10, -5), math.pow(10.0, 15), 10**-3, [10.0**-k for k in range(15, 23)])
