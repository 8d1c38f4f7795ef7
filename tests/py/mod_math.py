# math module (results rounded to avoid last-bit libm differences)
import math
print(round(math.pi, 10), round(math.e, 10), math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2) ** 2 == 2.0000000000000004, math.floor(-1.5), math.ceil(-1.5), math.trunc(2.7))
print(math.gcd(48, 18), math.gcd(0, 5), math.factorial(20), math.fabs(-3), math.copysign(3, -0.0))
print(round(math.sin(math.pi / 6), 9), round(math.cos(0), 9), round(math.tan(math.pi / 4), 9))
print(round(math.exp(1), 9), round(math.log(math.e), 9), round(math.log(8, 2), 9), round(math.log10(1000), 9), round(math.log2(1024), 9))
print(math.pow(2, 10), round(math.atan2(1, 1) * 4, 9), math.hypot(3, 4), round(math.degrees(math.pi), 6), round(math.radians(180), 9))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), math.floor(2 ** 60 + 0.0) == 2 ** 60)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)]:
    try:
        bad()
    except ValueError:
        print("ValueError")
