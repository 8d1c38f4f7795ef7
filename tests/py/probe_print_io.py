import sys
print("a", 1, None, True, 2.5, [1], (2,), {3: 4})
print()
print("", "")
print("x", "y", sep="")
print("x", "y", sep="\n")
print("no newline", end="")
print(" continued")
print("multi", "end", end="!\n")
sys.stdout.write("written\n")
n = sys.stdout.write("abc")
print()
print(n)
print("to stdout", file=sys.stdout)
print(1, 2, 3, sep=", ", end=".\n")
print(*range(5))
print(*"abc", sep="|")
print("%s" % "percent", "tab\tsep")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError", e)
print("flush", flush=True)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] != [])
print(repr("multi\nline"), "multi\nline")
print(b"bytes", bytearray(b"ba"), 1e100, -0.0, 1j, 1 + 2j)
