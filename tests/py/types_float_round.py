# round() with floats: banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675, 1.0, -0.0]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.2345, 3), (1.5, 0), (12345.678, -2), (0.125, 2), (0.375, 2), (3.14159, 4), (-3.14159, 1), (1e20, 2)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(5.5, None), round(0.5, 0), round(-0.5, 0))
print(round(1234.5678, -1), round(1234.5678, -3), round(1234.5678, -5))
print(int(2.9), int(-2.9), int(0.9999999), int(1e15 + 0.5))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(type(math.floor(2.5)).__name__)
