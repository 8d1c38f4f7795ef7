# round() corner cases
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(2.665, 2), round(1.45, 1), round(1.55, 1), round(-1.45, 1))
print(round(10 ** 20 + 0.0), round(123.456, 10), round(1e-20, 5))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(150, -2), round(250, -2))
print(round(5, 0), round(5, 3), round(-7, -5), round(2 ** 70 + 5, -1) % 100)
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(0.0), round(-0.0), round(0.0, 1), round(-0.0, 1))
try:
    round("1")
except TypeError:
    print("TypeError")
try:
    round(1.5, 1.5)
except TypeError:
    print("TypeError")
