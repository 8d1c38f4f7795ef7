# bin oct hex chr ord
for n in [0, 1, 7, 8, 255, -1, -256, 2 ** 65]:
    print(n, bin(n), oct(n), hex(n))
print(chr(65), chr(0x3b1), chr(10), repr(chr(0)), ord("A"), ord("\n"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
try:
    bin(1.5)
except TypeError:
    print("TypeError")
try:
    hex("1")
except TypeError:
    print("TypeError")
try:
    ord("")
except TypeError:
    print("TypeError")
try:
    chr("a")
except TypeError:
    print("TypeError")
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(-99), 0))
