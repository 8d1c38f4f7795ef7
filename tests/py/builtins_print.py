# print with sep, end, file
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("to stdout", file=sys.stdout)
print("x", "y", sep=None, end=None)
print(*range(5), sep="-")
print("", end="")
print("multi\nline")
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 1, file=w, sep="+")
print(w.parts)
try:
    print("x", sep=5)
except TypeError:
    print("TypeError")
class S:
    def __str__(self):
        return "str-of-S"
    def __repr__(self):
        return "repr-of-S"
print(S(), [S()])
print("flush", flush=True)
