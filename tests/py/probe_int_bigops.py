big = 123456789012345678901234567890
print(big, -big, big * big, big // 7, big % 7, -big // 7, -big % 7)
print(big & 0xFFFF, big | 1, big ^ big, ~big, -big & 0xFF, (-big) | 3, (-big) ^ 5)
print(big >> 10, big << 10, (-big) >> 70, 1 << 100, -1 >> 100)
print(2 ** 100, (-2) ** 101, 10 ** 30 // 10 ** 29)
print(divmod(big, 1000), divmod(-big, 1000), divmod(big, -1000))
print(int("1_000_000"), int("  -42  "), int("+7"), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("-1" + "0" * 30), int(b"12"), int(3.99), int(-3.99), int(True))
for bad in ["", "1_", "_1", "1__0", "0x", "1.5", " ", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
print(pow(2, -1), pow(2, -2), pow(-2, -3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2)
print(divmod(-7.5, 2), divmod(7, 2.5), -7.0 // 2, 7.5 % -2)
print(1 == 1.0, True == 1, 1 < 1.5, 2 ** 64 > 1.0e19, 2 ** 64 == float(2 ** 64), (2**53 + 1) == float(2**53 + 1), True + True, False < True)
print(big.bit_length(), (0).bit_length(), (-255).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(abs(-big), hash(5) == hash(5.0), 10 ** 20 / 10 ** 10, 7 / 2, -7 / 2)
print(0x_ff, 0o_7, 1_0, 0b1_1, 1e1_0)
print(int("١٢٣"))
