# complex arithmetic details
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, abs(b), -a, a.conjugate())
print(a == complex(1, 2), (1 + 0j) == 1, 2j * 1j, 1j * 1j == -1)
print(complex(3), complex(3.5, -1), complex("-2.5+1j"), complex("1-1j") * 2)
print(type(1j + 1).__name__, type(1j.real).__name__, (2 + 3j).imag)
z = 0j
for k in range(5):
    z += 1j ** k
print(z)
print(round(abs(1 + 1j), 10), (1 + 1j) ** 0, (3 + 4j) / 5)
print(repr(complex(1.5, 2.25)), str(1e10 + 1e10j))
try:
    complex(1, 2) % 2
except TypeError:
    print("TypeError")
try:
    1j // 1
except TypeError:
    print("TypeError")
