# % formatting with strings
print("%s|%5s|%-5s|%.2s|%r|%a" % ("abc", "ab", "ab", "abcdef", "q'", "é"))
print("%c%c" % (65, "b"), "%%", "%5.1f%%" % 99.44)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%(a)s %(a)r" % {"a": "x"})
print("%d %i %o %x %X %#o %#x %#X" % (42, 42, 42, 255, 255, 8, 255, 255))
print("%05d|%-5d|%+d|% d|%5.3d" % (42, 42, 42, 42, 7))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%s" % 2 ** 70)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", 1114112)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__)
print("%s" % {"k": 1}, "%r" % "%", "x%sy" % "")
print(b"%s %d %x" % (b"bb", 3, 255), b"%c" % 65)
print("%.3e|%g|%G" % (12345.678, 0.00001234, 1e20))
print("%-10r|" % "hi", "%3c|" % "z")
