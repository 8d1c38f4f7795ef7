# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(repr(1j), 2j * 2j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex(2.5), complex())
print(1j ** 2, (1 + 1j) ** 2, abs(-5j))
print(z == 3 + 4j, z != 3, complex(3, 0) == 3, 1j == 1j)
print(z + 1, 1 - z, z * 2.0, -z, +z)
print(type(z).__name__, isinstance(z, complex))
print(complex(0, 0), (0j).real)
print(1 + 0j, 0 + 1j, -1 - 1j)
print(complex("1e3+1e-3j"), complex(1e20, 1))
try:
    1j < 2j
except TypeError:
    print("TypeError")
try:
    complex("abc")
except ValueError:
    print("ValueError")
try:
    (1 + 1j) / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    int(1j)
except TypeError:
    print("TypeError")
print(hash(3 + 0j) == hash(3), bool(0j), bool(1j))
print("{:.2f}".format(1.23456 + 2.5j))
