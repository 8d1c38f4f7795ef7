# str misc: iteration, indexing errors, immutability, constructors
s = "python"
print(s[0], s[-1], s[5], list(s), tuple(s)[:2])
try:
    s[6]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "P"
except TypeError:
    print("TypeError immutable")
print(str(), str(12), str([1, "a"]), str((1,)), str({"k": 1}), str(b"x"), str(1.5))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"))
print(len(""), len("abc"), "abc"[::-1], "abc" * 2)
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
print(str.upper("x"), str.join("-", "ab"), str.__name__)
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
print(ord("a"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "😀")
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError")
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
class S(str):
    def shout(self):
        return self.upper() + "!"
x = S("hey")
print(x.shout(), x + "x", type(x + "x").__name__, isinstance(x, str), len(x))
