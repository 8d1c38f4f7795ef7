# Big-int arithmetic and comparison mixing machine ints and big ints, including
# floor division / modulo with small and large quotients and all sign combinations.
big = 3 ** 200
vals = [0, 1, -1, 7, -7, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, big, -big, big + 12345,
        10**40 + 7, -(10**40 + 7), 2**64, 2**64 - 1, 2**128 + 3]
acc = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b,
             a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b != 0:
            r += [a // b, a % b, divmod(a, b)]
        for x in r:
            acc = (acc * 31 + hash(x)) % 1000000007
print(acc)
# Quotients near the estimate's edges: divisor just above / below a multiple.
for k in range(1, 40):
    d = 2**100 + k * 2**37 - 1
    for q in (0, 1, 2, 9, 10, 2**20, 2**59, 2**60 - 1, 2**61 + 3):
        for e in (-1, 0, 1, d - 1):
            n = d * q + e
            if n >= 0:
                assert n // d == (n - n % d) // d
                assert (n // d) * d + n % d == n, (n, d)
                assert 0 <= n % d < d
print((2**200 + 5) // (2**150 + 1), (2**200 + 5) % (2**150 + 1))
print((-(2**200) - 5) // (2**150 + 1), (2**200 + 5) // -(2**150 + 1))
x = 10**50
x += 1
x *= 3
x //= 7
x %= 10**30 + 1
print(x)
try:
    big // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(big > 1.5, big < float("inf"), -big < -1e300, big == big + 0, 2**64 == 2.0**64)
print(sorted([big, -big, 5, 2**64, -(2**64), 0]))
# Unary minus at the machine-int edge promotes to a big int.
m = -(2**63)
print(-m, -(-m), -0, -(5), -True, -(2**63 - 1))
