print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a}".format("é"), "{!r:>10}".format("hi"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:>{}}".format("x", 5), "{0:{1}}".format(42, "06d"))
print("{0[1]} {0[a]}".format({1: "one", "a": "A"}), "{0.real}".format(3), "{[0]}".format([9]))
print("{{}} {{{}}}".format(5), "{:^9}".format("mid"), "{:*<6}".format("l"), "{:=+8d}".format(42))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b}".format(255, 255, 8, 5, 255, 8, 5, 5))
print("{:,} {:_} {:,.2f} {:e} {:.2%} {:g} {:g}".format(1234567, 1234567, 1234.5, 12345.678, 0.256, 1e-5, 123456789))
print("{:c}".format(65), "{:d}".format(True), "{:5}|{:<5}|".format(1, 2), "{:5}|".format("s"))
try:
    "{}".format()
except IndexError as e:
    print("IndexError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
print("%s %r %d %5.2f %-4d| %x %o %e %%" % ("s", "r", 42, 3.14159, 7, 255, 8, 1234.5))
print("%(a)s %(b)03d" % {"a": "A", "b": 5}, "%c%c" % (65, "B"), "%*d" % (5, 1), "%.*f" % (1, 2.55))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%i" % 3.9, "%5s|%-5s|" % ("a", "b"), "%+d % d" % (5, 5))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
print("%x" % -255, "%#x" % 255, "%#o" % 8, "%.3s" % "abcdef", "%r" % "q'", "%a" % "é")
print(format(3, ""), format("s", ">3"), format(12, "n") if False else "", str.format("{}", 1))
