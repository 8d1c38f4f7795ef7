# The built-in exception classes are made the first time something needs them
# (a name lookup, or the runtime raising one): what a program can see of them must
# not depend on which came first.

# Raised by the runtime before the program ever named the class.
try:
    int("x")
except Exception as e:
    first = type(e)
print(first.__name__, first is ValueError, first.__mro__)

try:
    [].pop()
except LookupError as e:
    print(type(e).__name__, type(e) is IndexError)

try:
    open("/no/such/dir/file")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.errno)

# A subclass made before its base was named, then the base looked up.
print(issubclass(UnicodeDecodeError, ValueError), UnicodeDecodeError.__bases__)
print(UnicodeError is UnicodeDecodeError.__bases__[0])
print(ConnectionResetError.__mro__)
print(ConnectionError is ConnectionResetError.__mro__[1])

# Identity is stable across lookups, through builtins and the aliases.
import builtins
print(TimeoutError is builtins.TimeoutError, builtins.TimeoutError is TimeoutError)
print(IOError is OSError, EnvironmentError is OSError)
names = ["BlockingIOError", "ChildProcessError", "BrokenPipeError", "InterruptedError",
         "IsADirectoryError", "NotADirectoryError", "PermissionError",
         "ProcessLookupError", "FileExistsError", "ReferenceError", "BufferError",
         "FloatingPointError", "TabError", "DeprecationWarning", "RuntimeWarning",
         "UserWarning", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "UnboundLocalError", "ModuleNotFoundError", "RecursionError",
         "NotImplementedError", "UnicodeEncodeError", "SystemError", "EOFError"]
for n in names:
    c = getattr(builtins, n)
    print(n, c.__name__ == n, c is getattr(builtins, n), issubclass(c, BaseException),
          [k.__name__ for k in c.__mro__])

# `except` by a base class catches a subclass made later, and the reverse.
def raise_(cls):
    raise cls("m")

for cls in (PermissionError, ProcessLookupError, TabError, RecursionError):
    try:
        raise_(cls)
    except OSError as e:
        print(cls.__name__, "caught by OSError", isinstance(e, OSError))
    except SyntaxError as e:
        print(cls.__name__, "caught by SyntaxError", isinstance(e, IndentationError))
    except RuntimeError as e:
        print(cls.__name__, "caught by RuntimeError", isinstance(e, RuntimeError))

# User classes deriving from classes made on demand.
class MyTimeout(TimeoutError):
    pass

try:
    raise MyTimeout(5, "late")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, isinstance(e, TimeoutError))

print(issubclass(MyTimeout, OSError), MyTimeout.__mro__[1:])

# OSError(errno, ...) picks the subclass for the errno.
e = OSError(2, "missing")
print(type(e).__name__, type(e) is FileNotFoundError)
e = OSError(17, "exists")
print(type(e).__name__)

# Matching a class never made: nothing is an instance of it.
try:
    raise KeyError("k")
except (BrokenPipeError, KeyError) as e:
    print("caught", repr(e))
