# str.format
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {d[k]}".format([5, 6], d={"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:.3}|{:10.2}|".format("abcdef", "xyz"))
print("{{}} {{{0}}}".format(7))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{0:{1}}|".format("ab", 5))
print("{:,}".format(10 ** 9), "{:x}".format(3054))
print("{:=+6}".format(12), "{:0=6}".format(-5))
print("{}".format(None), "{}".format(True), "{:d}".format(True))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError")
try:
    "{:d}".format("s")
except ValueError:
    print("ValueError")
try:
    "{".format(1)
except ValueError:
    print("ValueError single brace")
class Fm:
    def __format__(self, spec):
        return "Fm<" + spec + ">"
print("{:abc} {}".format(Fm(), Fm()))
print(format("s", "^5"), format(12, ""), format([1]), format(None))
