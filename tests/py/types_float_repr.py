# float repr: shortest round-trip
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234,
        1.5e300, 1e308, 5e-324, 2.5e-308, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 12345678901234567.0,
        0.5, 3.14159, 2.0 ** 0.5 * 0, 1.7976931348623157e308, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(-0.0, 0.0, repr(-0.0))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(1e16 + 1, 1e16 + 2)
print([0.1, 1e100], (2.5,), {1.5: 2.25})
print(float(10 ** 16), float(123), 1.0 * 10 ** 17)
print(str(1e-7), str(0.00001), str(123e-10))
