# nan and inf behaviour
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf != inf - inf)
print(inf + 1, inf * -1, inf * 0 != inf * 0, 1 / inf, -1 / inf)
print([nan] == [nan])
x = [nan]
print(x == x, nan in x)
print(max(1.0, inf), min(-inf, 0))
print(sorted([3.0, inf, -inf, 0.0]))
print(inf // 1 if False else "skip", abs(-inf))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(str(nan), repr(inf), str(-inf))
print(round(inf) if False else "round inf raises")
try:
    round(inf)
except OverflowError:
    print("OverflowError")
try:
    round(nan)
except ValueError:
    print("ValueError")
print(hash(inf) == hash(inf), 0.0 == -0.0, hash(0.0) == hash(-0.0))
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0))
