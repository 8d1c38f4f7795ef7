# %-formatting: precision with the # prefix, floats rejected by %x/%o, NaN for %d
for f in ("%#.8x", "%0#2.8x", "%#10.5o", "%#X", "%.3x", "%#.3X", "%-#12.6x|", "%+#.4o", "%#.2x", "%.5d", "%#.5i"):
    for v in (-1234567, 255, 0, 7):
        print(repr(f), v, repr(f % v))
for f in ("%x", "%X", "%o", "%5.2x"):
    try:
        print(f % 3.5)
    except TypeError as e:
        print(f, type(e).__name__, e)
for v in (float("nan"), float("inf"), -float("inf")):
    try:
        print("%d" % v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%d %i %u" % (3.99, -3.99, 2.5))
