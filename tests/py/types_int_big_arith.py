# big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(a, b), divmod(-a, b))
print(a * -1, -(-a))
print(abs(-b))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact // (2 ** 20), fact % 1000007)
print(10 ** 30 - 1, 10 ** 30 + 1)
print((10 ** 20) // (10 ** 10), (10 ** 20) % (10 ** 10 - 1))
x = 12345678901234567890
print(x * x)
print(x == 12345678901234567890, x < x + 1, -x < x)
print(2 ** 64 - 1, -(2 ** 63))
print(sum([2 ** 62] * 8))
print(0xFFFFFFFFFFFFFFFFFFFF + 1)
print(int("9" * 40) + 1)
print(2 ** 200 // 2 ** 199, 2 ** 200 / 2 ** 199)
print((2 ** 62) * 4, (2 ** 31) * (2 ** 31))
print(-(2 ** 63) - 1, (-2) ** 63)
