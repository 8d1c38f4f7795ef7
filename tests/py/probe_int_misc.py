print(int("0"), int("-0"), int("00"), int("0_0"), int("1" * 25), int("-" + "9" * 20) // 10 ** 18)
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("11", 2), int("0b11", 2), int("zz", 36), int(" 12 "), int("+0x10", 0))
for args in [("08", 0), ("0x", 16), ("2", 2), ("1", 37), ("9", 8)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(-0.5), int(0.9999), int(1e10), int("-12"), int(" -12 "))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63), (2 ** 63) - 1 + 1, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500, (-3037000500) * 3037000500, 2 ** 63 // 3, (2 ** 64) % 7, abs(-(2 ** 63)))
print(1 << 63, 1 << 64, (1 << 64) >> 63, -1 << 63, 5 >> 100, -5 >> 100, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(10 ** 18 * 10, 123456789 ** 3, (-2) ** 63, 2 ** 100 - 2 ** 99, (10 ** 20) // (10 ** 10), 10 ** 20 % 997)
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 == 2.0 ** 100, 2 ** 100 < 2.0 ** 101, 2 ** 1000 > 1e300, 10 ** 400 > 1e308)
print(float(2 ** 100), int(float(2 ** 60)), 2 ** 64 / 2, (2 ** 64 + 1) / 2 ** 64)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(max(2 ** 70, 3), min(-2 ** 70, 0), sorted([2 ** 65, 1, -2 ** 65]), bool(2 ** 65), 2 ** 65 and 1)
print(str(10 ** 30), repr(-10 ** 30), hex(2 ** 70), oct(2 ** 70), bin(2 ** 65), f"{2**70:,}", "%d" % 2 ** 70, "%x" % 2 ** 70)
print(True + 1, True * 3, -True, ~True, True / 2, True // 1, bool(-1), int(True), False ** 0)
print((5).__index__(), round(7), round(7, -1), round(-7, -1), round(15, -1), round(25, -1), round(2 ** 70, -20))
