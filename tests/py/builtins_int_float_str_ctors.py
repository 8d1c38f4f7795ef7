# constructors called with no/odd args
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(int(True), int(-5.9), int("  7 "), float(" 1.5 "), str(1 + 1), bool("x"))
print(list((1, 2)), tuple([3]), dict([(1, 2)]), set([1, 1]), str(b"ab", "ascii"))
print(type(int("5")) is int, type(str(5)) is str, type(float(1)) is float)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __index__(self):
        return 7
    def __str__(self):
        return "seven"
n = Num()
print(int(n), float(n), str(n), [0] * 10 and [1, 2, 3, 4, 5, 6, 7, 8][n], bin(n))
try:
    int([1])
except TypeError:
    print("TypeError")
try:
    float([1])
except TypeError:
    print("TypeError")
try:
    list(5)
except TypeError:
    print("TypeError")
try:
    dict(5)
except TypeError:
    print("TypeError")
