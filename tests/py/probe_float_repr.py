vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 0.0001234, 1.5e300, 2.0 ** 0.5, 1 / 3, 100.0, 1e22, 5e-324, 1.7976931348623157e308, 3.14, 2.5, 1e100]
for v in vals:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('inf'), float('-Infinity'), float('nan'), float(' 1.5 '), float('1_0.5'))
print(int(1e20), int(1e15), int(-2.5e10), int(1.9999999999999999))
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(123.456, -1), round(0.5), type(round(1.5)), type(round(1.5, 0)))
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), float.fromhex('0x1.8p1'), (1.5).hex())
print(float(10 ** 20), 2 ** 0.5, 10 ** -2, (-8) ** (1/3) if False else 0, 1e308 * 10, -1e308 * 10)
nan = float('nan')
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan])
print(max(1, 2.5), min(-0.0, 0.0), abs(-1.5), 7.0 // 0.5, 7.0 % 0.5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(format(1.5, '.3f'), format(12345.678, ',.2f'), format(0.5, '%'), format(1e10, 'g'), format(1.5, 'e'), format(-1.5, '+08.2f'))
print(float.__name__, 3.0 == 3, hash(3.0) == hash(3), 1e-7, 12345678901234567890.0)
