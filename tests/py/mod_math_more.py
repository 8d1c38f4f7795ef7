# math: special values, big ints, integer functions and error cases
import math
print(math.log(2 ** 2000) > 1386, round(math.log10(10 ** 400), 6), math.sqrt(-0.0), math.copysign(1, -0.0))
print(math.factorial(25), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.comb(5, 7), math.gcd(2 ** 70, 6), math.gcd(), math.lcm(4, 6))
print(math.isqrt(10 ** 20 + 1), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(3), math.ceil(2.1), math.trunc(-2.9), type(math.floor(2.5)).__name__, math.ceil(1e20))
print(math.frexp(0.0), math.frexp(-3.0), math.modf(-2.25), math.modf(math.inf), math.ldexp(1.0, -1074) > 0)
print(math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(round(math.erf(0.5), 9), round(math.erfc(0.5), 9), math.gamma(5), round(math.lgamma(10), 9))
print(round(math.asinh(1), 9), round(math.acosh(2), 9), round(math.atanh(0.5), 9), math.exp(-math.inf), math.fmod(5.0, math.inf))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(2, -1), math.atan2(0.0, -0.0), round(math.tau, 9), math.expm1(0.0), math.log1p(0.0))
errors = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2.0, 10), lambda: math.acos(2),
    lambda: math.exp(1000), lambda: math.pow(0.0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10.0, 400),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.sin(math.inf), lambda: math.fmod(1, 0),
    lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.atanh(1), lambda: math.gamma(0),
    lambda: math.sqrt("x"), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.ldexp(1.0, 5000),
    lambda: math.log(10, 1), lambda: math.cosh(1000), lambda: math.lgamma(-2), lambda: math.isclose(1, 2, rel_tol=-1),
]
for f in errors:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class F:
    def __floor__(self):
        return "floored"
print(math.floor(F()), math.sqrt(True), math.log(8, 2.0))
