# __bool__ vs __len__ priority
class Both:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 5
print(bool(Both()))
print("yes" if Both() else "no")
print(len(Both()))

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)))
print(not LenOnly(0))
print([x for x in [LenOnly(0), LenOnly(2)] if x].__len__())

class Neither:
    pass
print(bool(Neither()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)

class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)

class NoneBool:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(NoneBool())
except TypeError:
    print("TypeError None __bool__")

x = LenOnly(0) or "fallback"
print(x)
y = LenOnly(4) and "second"
print(y)
while LenOnly(0):
    print("never")
print("done")
