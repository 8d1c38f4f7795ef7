# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(str(e), repr(e.args))
class Coded(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
try:
    raise Coded("bad", 42)
except ValueError as e:
    print(e.code, e.args, str(e))
print([c.__name__ for c in NotFound.__mro__])
class NoInitArgs(Exception):
    def __init__(self):
        pass
e = NoInitArgs()
print(e.args, repr(str(e)))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("m")
except AttributeError as e:
    print("caught as AttributeError", type(e).__name__)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError", e)
