# int methods and attributes
print((10).bit_length(), (-1).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((2 ** 80).to_bytes(11, "big"), int.from_bytes((2 ** 80).to_bytes(11, "little"), "little") == 2 ** 80)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError")
try:
    (-1).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__name__, isinstance(5, int), isinstance(True, int), issubclass(bool, int))
print((7).__add__(3), (7).__mul__(3), (7).__neg__(), (7).__abs__())
print(int("5").__class__ is int)
class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m + 1).__name__, type(m).__name__, m == 5)
print(abs(-0), -0 == 0, 5 .__str__())
