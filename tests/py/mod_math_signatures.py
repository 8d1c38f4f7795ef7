# math's functions refuse extra positional arguments and keywords they do not take,
# and accept the ones they do, as CPython.
import math

def check(src):
    try:
        r = eval(src)
        print(src, "->", r)
    except TypeError as e:
        print(src, "-> TypeError", e)

for src in [
    "math.sqrt(4)", "math.sqrt(4, 1)", "math.sqrt(x=4)", "math.floor(1.5, 2)",
    "math.isnan(1.0, x=1)", "math.factorial(3, 1)", "math.fsum([1, 2], 3)",
    "math.fsum([1], start=1)", "math.exp(0, 0)", "math.trunc(1.5, 1)",
    "math.pow(2, 3)", "math.pow(2, 3, 4)", "math.pow(2, y=3)", "math.atan2(1, 1, 1)",
    "math.copysign(1, -1, 0)", "math.fmod(5, 3, 1)", "math.ldexp(1, 2, 3)",
    "math.log(8, 2)", "math.log(8, 2, 3)", "math.log(8, base=2)",
    "math.comb(5, 2)", "math.comb(5, 2, 1)", "math.perm(5)", "math.perm(5, 2, 1)",
    "math.gcd(12, 18, 8)", "math.gcd(12, x=1)", "math.lcm(4, 6, y=1)",
    "math.hypot(3, 4)", "math.hypot(3, 4, z=1)",
    "math.isclose(1.0, 1.0 + 1e-12)", "math.isclose(1.0, 1.1, rel_tol=0.2)",
    "math.isclose(1.0, 1.1, abs_tol=0.2)", "math.isclose(1.0, 1.0, 1e-9)",
    "math.isclose(1.0, 1.0, tol=1)",
    "math.prod([2, 3])", "math.prod([2, 3], start=2)", "math.prod([2, 3], 2)",
    "math.prod([2, 3], begin=2)", "math.dist((0, 0), (3, 4))", "math.dist((0,), (1,), 1)",
]:
    check(src)
