# bare raise semantics
def f():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError as e:
    print("re-raised stored", e)
def h():
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
try:
    h()
except TypeError as e:
    print("raise e", e)
def nested_reraise():
    try:
        try:
            raise ValueError("deep")
        finally:
            print("finally before reraise")
    except ValueError:
        raise
try:
    nested_reraise()
except ValueError as e:
    print(e)
