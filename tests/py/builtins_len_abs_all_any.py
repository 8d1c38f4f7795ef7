# len, abs, all, any
print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"xy"), len(bytearray(4)))
class L:
    def __len__(self):
        return 42
print(len(L()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError")
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)), abs(3 + 4j), abs(True))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), any([]), any([0, 0]), any([0, 1]), any(iter([None, "x"])))
seen = []
def chk(v):
    seen.append(v)
    return v
print(all(chk(v) for v in [1, 0, 1]), seen)
seen.clear()
print(any(chk(v) for v in [0, 1, 0]), seen)
