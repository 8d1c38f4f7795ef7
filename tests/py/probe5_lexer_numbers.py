# numbers glued to keywords, literal forms, non-ASCII identifiers, positional-only lambdas
print(1.e5, .5, 1E+5, 1e-3, 0xFF, 0o17, 0B11, 1_0e1_0, 1.5j, 0.0j, 00, 0e0)
print(1if True else 2)
print(2 if 1else 3)
π = 3.14; print(π)
日本 = 'jp'; print(日本)
x = 1; y = 2;
print(x, y);
print('\x41\101\0\a\b\f\v\t|'.encode())
print('\777'.encode() if False else '', '\u00e9', '\U0001F600'.encode())
print(b'\x00\xff\n', b'\\', rb'\x00')
f = lambda *, k: k; print(f(k=1))
g = lambda a, /, b: (a, b); print(g(1, b=2))
def h(a, /): return a
print(h(1))
try: h(a=1)
except TypeError as e: print(type(e).__name__, e)
class A:
    class B:
        @staticmethod
        def deco(x): return lambda f: f
@A.B.deco(5)
def decorated(): return 'dec'
print(decorated())
print(0 or 0.0 or '' or [] or {} or () or set() or None)
big = 123456789012345678901234567890
print(big * big, big // 7, big % 1000, -big >> 3, big & 0xFFFF, hex(big))
print(int('1' * 30) + 1)
print(1e308 * 10, -1e308 * 10, float('nan') != float('nan'))
print(10 ** 20, 2 ** 100, 7 ** -2, (-1) ** 0.5 if False else '')
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1e-5, 0.0001)
print(repr(1.0), repr(-0.0), repr(1e100), str(1.5e-7), 3.0 * 1.1)
print(divmod(10**20, 7), pow(3, 100, 7), pow(2, 10), round(1e20))
print(int(3.99), int(-3.99), int('  42  '), int('-0x1f', 16), int('0b101', 0), int('1_000'))
print(float('  1.5 '), float('inf'), float('-Infinity'), float('1e400'))
print(True + 1, 3 // 2.0, 3 % 2.5, -3 % 2.5, 2 ** 0.5)
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
a = b = c = 0
a += 1; print(a, b, c)
i = 10
i -= -1; print(i)
print(~0, ~-1, -~0, 5 & -5, 5 | -8, -5 ^ 3, 1 << 70, -1 >> 100)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % -2, 7.5 // 2, -7.5 // 2)
print([1 if x else 2for x in (0, 1)])
print(0x10if 1 else 0, 1.5if 0else 3)
for src in ['1else_', '1e', '1e+', '0x', '1__2']:
    try:
        compile(src, '<s>', 'eval')
        print('compiled', src)
    except SyntaxError:
        print('SyntaxError', src)
