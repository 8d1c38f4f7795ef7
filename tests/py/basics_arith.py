# basic integer arithmetic and operator precedence
print(1 + 2 * 3)
print((1 + 2) * 3)
print(2 ** 3 ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2)
print(10 - 3 - 2)
print(100 // 10 // 3)
print(1 + -1, 1 - -1, +5, -(-5))
print(~0, ~5, ~-6)
print(2 * 3 + 4 * 5 - 6 // 2)
print(1 << 3 + 1)
print(6 & 3 | 8 ^ 1)
print(True + True, True * 5, False - 1)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
print(x)
x &= 0xF
print(x)
x ^= 0xFF
print(x)
y = 9
y /= 2
print(y)
