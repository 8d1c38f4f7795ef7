# float arithmetic, // and % with floats
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(5 % 2.5, -0.0 % 5, 3.0 % 1, 1e20 % 3.0)
print(1.0 / 4, 3 / 2.0, 0.5 * 4, 2.0 ** 10, 2 ** -1.0, 9 ** 0.5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.5 + 2, 2 - 0.5, 3 * 0.5, type(1 + 1.0).__name__)
for op in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 / 0.0", "1 / 0.0"]:
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError", e)
print(-(1.5), +(-1.5), abs(-2.25))
print(1e308 * 10, -1e308 * 10)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError")
print((-8.0) ** 2, (-2.0) ** 3, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
x = 1.0
x += 0.5
x *= 3
x -= 0.5
x /= 2
print(x)
print(float.__name__, (2.5).is_integer(), (2.0).is_integer())
print((0.5).as_integer_ratio(), (2.75).as_integer_ratio(), (-0.125).as_integer_ratio())
