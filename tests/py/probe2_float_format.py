# float formatting: %g %e {:.3g} and repr
vals = [0.0, -0.0, 1.0, 0.5, 123.456, 1e22, 1e-7, 123456789012345678.0, 1e16, 1.5e-5,
        0.0001, 1234567.0, 2.5, 3.5, 1e100, float("inf"), -float("inf")]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%e" % v, "%.3g" % v, "{:.3g}".format(v), "%.2f" % v)
print("%G %E" % (1e-10, 12345.678))
print("{:g} {:e} {:.0e} {:.10g}".format(100000.0, 0.000123, 15.0, 1 / 3))
print("{:g}".format(1e6), "{:g}".format(1e5), "{:g}".format(1.0e-5), "{:g}".format(0.0001))
print("%10.3f|%-10.2e|%+g|% g" % (3.14159, 31415.9, 2.0, 2.0))
print("{:10.4}|{:<10}|{:^+12.3e}|{:010.2f}".format(3.14159, 1.5, 12345.0, -3.5))
print("{:,.2f} {:_.1f} {:%} {:.1%}".format(1234567.891, 1234567.0, 0.25, 1 / 3))
print(f"{1e22:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(repr(1 / 3), repr(2 / 3), repr(0.1 + 0.2), 1e15 + 0.3)
print(float("1e500"), float("-1e500"), float("nan") != float("nan"))
print(repr(5e-324), repr(1.7976931348623157e308), 9007199254740993.0)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1e300, -300))
print(float("  -1.5e3  "), float("+inf"), float("-NaN") != 0, float("1_0.5"))
