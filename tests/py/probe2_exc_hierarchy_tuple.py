# custom exception hierarchies caught by base-class tuples
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    def __init__(self, host, code):
        super().__init__(host, code)
        self.host = host
        self.code = code
class Timeout(NetError, TimeoutError):
    pass

def raiser(kind):
    if kind == 0:
        raise DbError("db down")
    if kind == 1:
        raise NetError("h", 500)
    if kind == 2:
        raise Timeout("slow", 408)
    if kind == 3:
        raise KeyError("plain")
    raise OSError("os")

for k in range(5):
    try:
        raiser(k)
    except (DbError, KeyError) as e:
        print(k, "db-or-key", type(e).__name__, e)
    except (NetError,) as e:
        print(k, "net", e.host, e.code, e.args, isinstance(e, OSError))
    except (AppError, OSError) as e:
        print(k, "app-or-os", type(e).__name__)

errs = (ValueError, TypeError, LookupError)
for exc in [ValueError, TypeError, KeyError, IndexError]:
    try:
        raise exc("x")
    except errs as e:
        print("tuple caught", type(e).__name__)
for bad in [(ValueError, (KeyError,)), (ValueError, 3), "ValueError"]:
    try:
        try:
            raise ValueError("v")
        except bad:
            print("caught?")
    except TypeError:
        print("TypeError for", repr(bad))
print([c.__name__ for c in Timeout.__mro__])
print(issubclass(Timeout, OSError), issubclass(DbError, (KeyError, AppError)))
try:
    raise Timeout("t", 1)
except OSError as e:
    print("as OSError", e.args, str(e))
try:
    try:
        raise DbError
    except ():
        print("never")
except DbError:
    print("empty tuple catches nothing")
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError:
    print("TypeError bad except clause")
