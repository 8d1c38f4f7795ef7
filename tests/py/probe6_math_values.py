# math functions agree with CPython to the last digit (common values).
import math
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'expm1', 'log1p', 'degrees', 'radians', 'exp2']:
    f = getattr(math, name)
    out = []
    for v in [0, 1, -1, 0.5, 2, 3, 10, 100, -2.5, 0.1, 1e-10, 1e308, 10 ** 30]:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, ' '.join(out))
print(math.exp(1), math.sin(-2.5), math.cosh(1), math.log10(10 ** 30), math.log2(2 ** 100))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(2 ** 1000, 2))
print(math.degrees(1e308), math.radians(180), 2 ** 0.5, 10 ** -5, 1.1 ** 10, math.pow(1.1, 10))
print(math.atan2(1, 2), math.hypot(1.5, 2.5), math.sin(math.pi / 6), math.cos(math.pi / 3))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.ulp(1.0), math.ulp(0.0))
print(math.exp2(10), math.cbrt(-8), math.log(0.5), math.log1p(1e-5), math.expm1(1e-5))
import cmath
print(cmath.exp(1j), cmath.sqrt(-2), cmath.log(-1), cmath.sin(1 + 1j), cmath.phase(-1 - 1j))
