# pow and **
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, 10 ** 20)
print(2 ** -1, 4 ** -2)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(-2, 3, 7), pow(7, 0, 5), pow(5, 3, 1))
print(pow(3, -1, 7), pow(2, -2, 11))
print(pow(12345678901234567890, 98765, 10 ** 9 + 9))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError")
print(2 ** 0.5 == 2 ** 0.5, round(2 ** 0.5, 10))
print((-1) ** 1000001, (-1) ** 1000000)
print(1 ** 10 ** 10)
