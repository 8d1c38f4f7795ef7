# int corner cases: str round trips, bool arithmetic, huge powers
for v in [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, -(2 ** 63) - 1, 10 ** 50, -(10 ** 50) + 1]:
    s = str(v)
    print(s, int(s) == v, repr(v) == s, hex(v), int(hex(v), 16) == v)
print(2 ** 1000 % 1000007, (3 ** 333) // (3 ** 330), 7 ** 77 % 13)
print(True + True + True, True * 10 ** 20, -True)
print((10 ** 40) // 3 * 3 + (10 ** 40) % 3 == 10 ** 40)
a = 2 ** 200
print(a - (a - 1), a // a, a % a, -a // a, (a + 1) % a)
print(int(-0), 0 * -1, -0 == 0)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x % (10 ** 9), len(str(x)))
print(sum(range(10 ** 6)), 10 ** 6 * (10 ** 6 - 1) // 2)
print(abs(-(2 ** 100)) == 2 ** 100, -(-(2 ** 100)) == 2 ** 100)
print(max(2 ** 64, 2 ** 64 - 1), min(-(2 ** 64), 0), sorted([2 ** 64, -(2 ** 64), 0, 1]))
print(int("-0x10", 16), int("0b11", 2), int("0o7", 8), int("  +0x1f  ", 0))
