# floor division and modulo with negatives
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 25 + 7
for d in (3, -3, 10 ** 12, -(10 ** 12)):
    print(big // d, big % d, -big // d, -big % d)
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 10 ** 30 // 0):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(1 / 4, 10 / 5, -9 / 2, type(10 / 5).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** 70 / 2 ** 69)
