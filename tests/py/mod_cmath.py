import cmath
def r(z):
    if isinstance(z, complex):
        return (round(z.real, 9) + 0.0, round(z.imag, 9) + 0.0)
    return round(z, 9) + 0.0
print(r(cmath.pi), r(cmath.e), r(cmath.tau), cmath.inf, cmath.infj, cmath.nanj)
zs = [1+2j, -1+0.5j, 0.3-0.7j, -2-3j, 2, 0.5]
for f in ["exp", "log", "log10", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    print(f, [r(getattr(cmath, f)(z)) for z in zs])
print(r(cmath.phase(-1)), r(cmath.phase(1j)), [r(x) for x in cmath.polar(1+1j)], r(cmath.rect(2, cmath.pi / 2)))
print(r(cmath.log(8, 2)), r(cmath.sqrt(-4)), r(cmath.sqrt(-0.0)))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 0)))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.05, abs_tol=0.1))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt("x"), lambda: cmath.exp(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
