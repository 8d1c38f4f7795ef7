# bool type
print(True, False, type(True).__name__, bool.__name__)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(True + 1, True * 3, False ** 0, True / 2, -True, abs(False))
print(bool([]), bool([[]]), bool("False"), bool(0.0), bool(-0.0), bool(0j))
print(str(True), repr(False), f"{True}", "%s %d" % (True, True), "{:d}".format(False))
print(True & True, True | False, False ^ True, type(True | False).__name__, type(True + True).__name__)
print(sum([True, True, False, True]))
print(["a", "b"][True], {True: "yes"}[1])
class Truthy:
    def __bool__(self):
        return False
class HasLen:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Truthy()), bool(HasLen()), bool(Plain()), not Truthy())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
print(bool(), bool(None), int(True), float(True))
try:
    class B(bool):
        pass
except TypeError:
    print("TypeError cannot subclass bool")
