# time.sleep of a length that is not a number of nanoseconds CPython can count is an
# error at once, never a sleep without end.
import time

for v in (1e308, 1e10, float("inf"), float("nan"), -1, -0.5, 10**30):
    try:
        time.sleep(v)
        print("slept", v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
time.sleep(0)
time.sleep(0.001)
print("done")
