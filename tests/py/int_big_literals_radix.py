# Integer literals too big for 64 bits in every radix (kept in their own radix until
# they are loaded: a long hex literal once took a quadratic trip through decimal).
a = 0xffffffffffffffffffffffffffff
b = -0xFFFF_FFFF_FFFF_FFFF_FFFF
c = 0o7777777777777777777777777
d = 0b1111111111111111111111111111111111111111111111111111111111111111111
e = -0x8000000000000000
f = -9223372036854775808
g = 000000000000000000000000000
h = 0x00000000000000000000000001
print(a, b, c, d, e, f, g, h, type(e), e == f)
print(-(0x10000000000000000), 0x10000000000000000 == 18446744073709551616)
def k(): return 0xffffffffffffffffffff, 1208925819614629174706175
print(k()[0] == k()[1])
x = eval('0x' + 'f' * 5000)
print(x.bit_length(), x == 16 ** 5000 - 1, eval('-0b' + '1' * 300) == -(2 ** 300 - 1))
