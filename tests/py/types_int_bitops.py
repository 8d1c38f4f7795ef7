# shifts and bitwise ops including big and negative
print(1 << 0, 1 << 1, 1 << 64, 1 << 100)
print(2 ** 100 >> 90, -1 >> 5, -16 >> 2, -17 >> 2, 5 >> 10)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-5 & 0xFF, -1 & (2 ** 70 - 1) == 2 ** 70 - 1, -6 | 3, -6 ^ 3, ~(2 ** 70))
print((2 ** 80 + 5) & 0xF, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80), -(2 ** 80) >> 78)
print(-(2 ** 80) & (2 ** 81 - 1))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bin(x))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print((1 << 1000) >> 999)
try:
    1.0 & 1
except TypeError:
    print("TypeError")
