# conversions between int and other types
print(int(1e10), int(-2.5), int(2.5), int(1e20), int(-1e20))
print(float(10), float(2 ** 60), float(-(10 ** 20)), float(2 ** 1023) == 2.0 ** 1023)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError")
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(str(123), repr(-4), bool(7), complex(3))
class WithIndex:
    def __index__(self):
        return 4
print(bin(WithIndex()), hex(WithIndex()), [0, 1, 2, 3, 4, 5][WithIndex()], range(10)[WithIndex()])
class WithInt:
    def __int__(self):
        return 9
print(int(WithInt()))
print(int(10 ** 30 + 0.0) == 10 ** 30)
print(round(7), round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(12345, -2))
print(type(round(7, 1)).__name__)
