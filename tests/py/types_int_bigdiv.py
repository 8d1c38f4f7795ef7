# big-int division and modulo correctness
def check(a, b):
    q, r = divmod(a, b)
    ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
    return q, r, ok
vals = [10 ** 30 + 12345, -(10 ** 30) - 7, 2 ** 127 - 1, -(2 ** 127), 3 ** 90]
divs = [7, -7, 10 ** 15 + 3, -(10 ** 15) - 3, 2 ** 64, 3 ** 40]
for a in vals:
    for b in divs:
        q, r, ok = check(a, b)
        print(q, r, ok)
print(10 ** 100 // 10 ** 99, 10 ** 100 % (10 ** 99 + 1))
print((2 ** 256 - 1) // (2 ** 128 + 1))
