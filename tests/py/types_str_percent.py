# %-formatting
print("%s|%r|%a" % ("x", "x", "é"))
print("%d|%i|%u" % (12, -3, 7))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
print("%c%c%c" % (72, "i", 33))
print("%e %E %f %F %g %G" % (1.5, 1.5, 1.5, 1.5, 1.5, 1.5))
print("%.3f %10.4f| %-10.2f| %+.1f % d" % (1 / 3, 2.5, 2.5, 2.0, 5))
print("%%d literal %d" % 5)
print("%(a)s-%(b)d" % {"a": "A", "b": 2})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%05d %+05d %-+5d|" % (42, 42, 42))
print("%d" % 3.99, "%x" % 2 ** 70, "%d" % -(2 ** 65))
print("%s" % None, "%r" % None, "%s" % True, "%d" % True)
for bad in [("%d", "s"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", {"j": 1}), ("%c", "ab")]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
print(b"%s %d %x" % (b"by", 5, 255))
print("%r" % "it's", "%r" % 'say "hi"')
