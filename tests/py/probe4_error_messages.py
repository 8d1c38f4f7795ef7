# TypeError messages for in-place operators and C3 MRO failures; %-format errors.
class O:
    pass
o = O()
for code in ["o += 1", "o -= 1", "o *= 1", "o @= 1", "o **= 1", "o //= 1", "o |= 1",
             "o <<= 1", "n = 1\nn += 'a'", "s = 'a'\ns += 1", "t = (1,)\nt *= 1.5"]:
    try:
        exec(code)
    except TypeError as e:
        print(e)

class A: pass
class B(A): pass
class C(B): pass
class D: pass
for bases in [(A, B), (D, A, C), (A, D, B), (D, A, B, C)]:
    try:
        type("E", bases, {})
    except TypeError as e:
        print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)

for fmt in ["%\u00e9", "ab %\u4e2d", "%y", "%\x7f", "x%\n"]:
    try:
        print(fmt % 1)
    except ValueError as e:
        print(e)
