class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, "not found")
except MyErr as e:
    print(e.code, e, e.args, repr(e))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain(1, 2)), str(Plain("a")), str(Plain()))
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    [][0]
except IndexError as e:
    print("IndexError", e)
try:
    raise MyErr
except TypeError as e:
    print("TypeError")
class WithInit(Exception):
    def __init__(self):
        pass
print(repr(WithInit()), WithInit().args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    raise Exception("e1")
except (TypeError, Exception) as e:
    print("tuple caught", e)
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
try:
    raise SystemExit(3)
except SystemExit as s:
    print("exit", s.code)
try:
    int("x")
except ValueError as e:
    print(e)
e = Exception("x")
e.extra = 1
print(e.extra)
print(Exception("a") == Exception("a"))
