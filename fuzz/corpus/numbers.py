import math
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** 100, 2 ** -2, pow(3, 20, 7), abs(-5), round(2.675, 2))
print(10 ** 30 // 7, (10 ** 30) % 97, -(10 ** 20) >> 3, (1 << 70) | 5, ~(2 ** 64), int("ff", 16), int("-0b101", 0))
print(1.5e300 * 1e10, float("nan") == float("nan"), 0.1 + 0.2, 1 / 3, float.hex(1.0)[:8], (0.5).as_integer_ratio())
print(math.sqrt(2), math.floor(-1.5), math.ceil(1.2), math.gcd(12, 18), math.factorial(20), math.isclose(1.0, 1.0 + 1e-12))
print(complex(1, 2) * 1j, abs(3 + 4j), int(3.99), int(-3.99), bool(0.0), hex(255), oct(8), bin(5))
print(max(1, 2.5, -3), min([4, 2, 8]), sum([0.1] * 10), sum(range(100), 10), sorted([3, 1.5, 2]))
for v in ("1e400", "-inf", "12_000", "0x10"):
    try:
        print(float(v) if "x" not in v else int(v, 0))
    except ValueError as e:
        print("ValueError")
