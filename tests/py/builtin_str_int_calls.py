# str(x) and int(x) with one argument across value kinds, user __str__/__int__/
# __index__, subclasses, and the errors; also with keywords and bases (generic path).
class P:
    def __str__(self):
        return "P!"
class I:
    def __index__(self):
        return 7
class J:
    def __int__(self):
        return 9
class MyStr(str):
    pass
class MyInt(int):
    pass
print(str(5), str(-5), str(2**70), str(1.5), str(True), str(None), str("x"), str(b"ab"),
      str([1, "a"]), str((1,)), str(P()), str(MyStr("q")), type(str(MyStr("q"))).__name__)
print(int(5), int(-2**70), int(3.9), int(-3.9), int(True), int(" 12 "), int("-0"), int("1_000"),
      int(I()), int(J()), int(MyInt(4)), type(int(MyInt(4))).__name__, int("ff", 16), int(x="10")
      if False else int("10", base=2))
print(MyStr("ab") + "c", MyInt(3) + 1, type(MyInt(3)).__name__, type(MyStr("a")).__name__)
for bad in ["", "1.5", "abc", None, [1], float("nan"), float("inf")]:
    try:
        print(int(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError")
print(str(), int(), str(b"\xc3\xa9", "utf-8"))
