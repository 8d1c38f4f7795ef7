print((1).__add__(2), int.__add__(1, 2), (5).__sub__(1), (1).__add__("x"), (2).__mul__(3.0))
l = []
list.append(l, 1)
print(l, str.upper("x"), str.join(",", "ab"), dict.get({"a": 1}, "a"), tuple.count((1, 1), 1))
print((3).__eq__(3), (3).__lt__(4), "a".__eq__(1), [].__len__(), "abc".__getitem__(1), {1: 2}.__contains__(1))
print(int.__name__, str.__name__, list.append.__name__ if hasattr(list.append, '__name__') else 'append')
f = "x".upper
print(f(), [1, 2].index(2))
m = [3, 1].sort
print(m(), callable(m))
print(float.__add__(1.5, 2.5), (1.5).__mul__(2), (2).__pow__(10), (7).__floordiv__(2), (7).__mod__(3), (-3).__abs__(), (3).__neg__())
print(int.__bool__(0), (0.0).__bool__() if hasattr(0.0, '__bool__') else False, (1).__hash__() == hash(1))
print((10).__radd__(5), (10).__rsub__(3), bool.__name__, type(True).__mro__ if False else "", int.__mro__ if False else "")
print(object.__name__, object().__class__.__name__, type(object()).__name__)
print(str.__len__("abc"), list.__getitem__([5, 6], 1), dict.__getitem__({1: 'x'}, 1), set.__contains__({1}, 1))
print(list.__init__ is not None, object.__init__ is not None, object.__eq__(1, 1), object.__ne__(1, 2))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(4, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int("10", base=2), int(x="7") if False else 7, int(), float(), str(), bool(), list(), tuple(), dict(), set())
print((12).__format__("05d"), format(12, "05d"), (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(1 .bit_length(), (255).bit_count() if hasattr(1, 'bit_count') else 8, True.real)
