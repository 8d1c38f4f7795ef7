# int() conversions from strings
print(int("42"), int(" 12 "), int("-7"), int("+8"), int("\t 3 \n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36))
print(int("1_000"), int("0x_1f", 16), int("10", 0))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))
print(int(), int(3.99), int(-3.99), int(True), int("  -0 "))
print(int("10", base=3))
for bad in ["", " ", "1.5", "abc", "1 2", "0x", "_1", "1__0", "--1"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError", repr(bad))
try:
    int("12", 2)
except ValueError as e:
    print("ValueError", e)
try:
    int("9", 37)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError:
    print("TypeError")
try:
    int(12, 10)
except TypeError:
    print("TypeError")
try:
    int("010", 0)
except ValueError:
    print("ValueError 010")
print(int("010"), int("0"), int("00"), int("0", 0))
try:
    int("abc")
except ValueError as e:
    print(e)
