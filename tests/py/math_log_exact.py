# log2/log10 of exact powers give exact results for ints as well as floats.
import math

for n in [1, 2, 8, 1024, 2**52, 10, 100, 1000, 10**6, 10**15]:
    print(n, math.log2(n), math.log10(n), math.log2(float(n)), math.log10(float(n)))
print(math.log10(True), math.log2(True), math.log10(2**200) > 60, math.log2(2**200))
print(math.log10(0.001), math.log2(0.125), math.log10(math.inf))
for bad in [0, -1, 0.0, -2.5]:
    for f in (math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print("ValueError", e)
try:
    math.log10("1")
except TypeError:
    print("TypeError")
