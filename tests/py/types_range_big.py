# ranges with bounds beyond 64 bits, range hashing/equality, complex formatting/parsing
r = range(2**64, 2**65, 2**62)
print(r, len(r), r[1], r[-1], r.start, r.stop, r.step, list(r)[:2], 2**64 + 2**62 in r, 5 in r)
print(r[1:3], r[::-1], r.index(2**64 + 2**62), r.count(2**64), bool(range(2**64, 2**64)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(3).index(5)
except ValueError as e:
    print("ValueError", e)
print(range(2**64)[-1], range(-2**63, 2**63 - 1)[5], hash(range(0)) == hash(range(5, 5)))
print(range(2**64) == range(2**64), range(2**64) == range(0, 2**64, 2), hash(range(1, 10, 3)) == hash(range(1, 11, 3)))
for i in reversed(range(2**64, 2**64 + 3)):
    print(i)
print(format(1+2j, ""), format(1+2j, "10"), format(1.5+2j, ".2"), format(-1-2j, "+.1e"), format(2j, "+"), format(1+2j, "^12.1f"), format(0j, "g"))
for spec in ["010", "=10", "%", "d"]:
    try:
        format(1+2j, spec)
    except ValueError as e:
        print(e)
print(complex("1+2j"), complex(" 3.5 "), complex("-j"), complex("(1-2j)"), repr(complex(-0.0, -0.0)), complex(1e300*1e10, 0))
print(complex(1+2j, 1j), complex(1, 2+3j), complex(real=2), complex("1e3-2.5e-1J"))
for bad in ["1+", "j1", "1 + 2j", "", "(1+2j", "1+-2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
print(pow(base=3, exp=2), pow(3, exp=3, mod=5))
try:
    pow(2, 3, base=2)
except TypeError as e:
    print("TypeError")
