# integer edge cases
print(-2 ** 63, 2 ** 63 - 1, -(2 ** 63) - 1)
print(2 ** 64, 2 ** 64 in range(2 ** 65), 2 ** 64 in range(2 ** 64))
r = range(-2 ** 63, 2 ** 63)
print(len(range(0, 2 ** 62, 2 ** 60)), 2 ** 63 - 1 in r, 2 ** 63 in r)
print(int("0x10", 0), int("0o17", 0), int("0b101", 0), int("  42  "), int("-0", 0))
print(int("1_000", 0), int("ff", 16), int("Z", 36), int("10", 2))
for bad in ["010", "0x", "1__0", "_1"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError", e)
print(bin(-5), oct(-8), hex(-255), bin(0), hex(2 ** 64))
print(~(2 ** 70), ~-(2 ** 70), ~0, ~-1)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 100) >> 1)
print(5 << 0, 2 ** 64 << 0, (-1) << 64)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print((2 ** 64) // 3, (2 ** 64) % 7, -(2 ** 64) // 7, -(2 ** 64) % 7)
print(divmod(-2 ** 65, 3), divmod(2 ** 65, -3))
print(abs(-2 ** 63), -(-2 ** 63), (-2 ** 63) // -1, (-2 ** 63) * -1)
print(int(2 ** 63 - 1) + 1, (2 ** 63) - 1 - (2 ** 63))
print((2 ** 64).bit_length(), (-2 ** 63).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\x01\x00", "little"))
print(pow(2, 100, 1000), pow(3, -1, 7), round(12345, -2), round(-2 ** 65, -10))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, hash(2 ** 64) == hash(2.0 ** 64))
