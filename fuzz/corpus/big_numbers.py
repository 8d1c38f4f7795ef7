a = 3 ** 500
b = 7 ** 300
print(a % b, a // b % 10 ** 20, len(str(a)), (a * b) >> 1000, a & b == b & a, -a // 17, pow(a, 3, 10 ** 9 + 7))
print(int(str(a)) == a, hex(b)[:20], a.bit_length(), (a - 1).to_bytes(100, "big")[-4:] if a.bit_length() <= 800 else 0)
print(sum(range(10 ** 6)), 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, -(2 ** 63) - 1, abs(-(10 ** 30)))
