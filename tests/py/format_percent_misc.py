# % formatting corner cases
print("%s" % "only", "%s" % ("tuple1",), "%s %s" % ("a", "b"), "%%")
print("%(x)s and %(x)r" % {"x": "rep"}, "%(a)05d" % {"a": 42})
print("%3c|%-3c|" % ("a", 98))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%10.4s|" % "abcdefg")
print("%i%%" % 50)
print("[%5.1f] [%-8.3e] [%+g]" % (3.14159, 31415.9, 0.0001))
print("%s" % [1, 2], "%s" % {"a": 1}, "%r" % "q")
print("%x %o" % (-255, -8))
try:
    "%s %s" % "ab"
except TypeError as e:
    print("TypeError")
try:
    "%s" % ()
except TypeError:
    print("TypeError")
try:
    "%(a)s %s" % {"a": 1}
except TypeError:
    print("TypeError")
print("no format" % ())
try:
    "no format" % (1,)
except TypeError:
    print("TypeError not all converted")
