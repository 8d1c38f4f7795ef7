# format specs for floats
v = 1234.5678
for spec in ["", "f", ".1f", ".0f", "10.2f", "<10.1f", "^12.3f", "010.2f", "+.2f", " .2f", ",.2f", "_.3f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "=+12.2f", "*>12.1f", "n" if False else "f"]:
    print(repr(spec), "[" + format(v, spec) + "]")
for x in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.1, -2.5, 1.0, 100.0]:
    print(repr(x), format(x, ""), format(x, "g"), format(x, ".3"), format(x, ".2e"))
for x in [float("inf"), float("-inf"), float("nan")]:
    print(format(x, ""), format(x, "f"), format(x, "e"), format(x, "g"), format(x, "+.2f"), format(x, "10"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(1e300, ".2f")[:10], len(format(1e300, ".2f")))
print(format(5e-324, ".3g"), format(1.7976931348623157e308, ".5e"))
