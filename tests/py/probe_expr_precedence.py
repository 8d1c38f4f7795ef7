print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, 2 * -3, 10 - 4 - 3, 100 / 10 / 5, 7 // 2 * 2)
print(1 + 2 < 4, 1 << 2 + 1, 1 | 2 ^ 3 & 4, 5 & 3 | 8, ~1 + 1, not 1 + 1 == 2, (not 1) + 1)
print(1 or 0 and 0, (1 or 0) and 0, not 0 and 1, 0 or not 0, True + True * 2)
print(3 > 2 > 1, (3 > 2) > 1, 1 == 1 in [True], 2 * 3 % 4, 2 + 3 % 2, -7 % 3 * 2)
print([1, 2] * 2 + [3], "a" + "b" * 2, 2 ** -1 * 4, 1 - -1, 1 + +1, - - 1)
x = 5
print(x if x > 3 else -x, (lambda: x)() + 1, x * 2 if x else 0, [x for x in range(3)][-1] + 1)
print(1 < 2 and 2 < 3 or False, 4 >> 1 << 1, 0xF0 >> 4 & 0x3, 2 ** 2 ** 0)
a = b = 0
a += b or 3
print(a, 6 // 4 // 1, 2 ** 10 % 1000, (1, 2) + (3,) * 2, "%d" % 2 * 3, "%s-%s" % (1, 2) * 2)
print(not [] == [], [] is not [], 1 if 0 else 2 if 0 else 3, (yield_ := 4) * 2)
print(3 & 5 == 1, (3 & 5) == 1, 3 | 4 < 8, -3 ** 2, (-3) ** 2, 2 ** -2)
