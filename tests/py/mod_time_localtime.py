# time.gmtime/localtime/mktime. The first 8 fields of CPython's struct_time are
# MicroPython's 8-tuple (year, month, mday, hour, minute, second, weekday, yearday).
import time

for t in (0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199, 1700000000,
          2147483647, 4102444800, -1, -86400, -2208988800, 1e9, 1234567890.75):
    print(t, tuple(time.gmtime(t))[:8])

g = time.gmtime()
print(len(tuple(g)) >= 8, g[0] >= 2024, 1 <= g[1] <= 12)
now = time.time()
lt = time.localtime()
print(abs(time.mktime(lt) - now) < 5)

# localtime and mktime invert each other whatever the zone.
for t in (0, 86400 * 365, 1700000000, 1234567890):
    print(t, time.mktime(time.localtime(t)) == t)
print(time.localtime(None)[0] >= 2024, time.gmtime(None)[0] >= 2024)

# Leap years: Feb 29 exists in 2000 and 2024, not in 1900 or 2100.
for y in (1900, 2000, 2023, 2024, 2100):
    t = time.mktime((y, 3, 1, 12, 0, 0, 0, 0, -1))
    print(y, tuple(time.localtime(t - 86400))[1:3])
for bad in ("x", [1, 2]):
    try:
        time.gmtime(bad)
    except TypeError:
        print("TypeError")
