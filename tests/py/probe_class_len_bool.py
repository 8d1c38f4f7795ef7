class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(2)))
print("t" if L(1) else "f", not L(0))
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError", e)
try:
    bool(Neg())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
class Empty:
    pass
print(bool(Empty()))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(0j) if False else 0, bool(None), bool(range(0)), bool({}))
x = L(0) or "alt"
print(x)
y = L(2) and "and"
print(y)
