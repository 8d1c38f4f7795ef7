class MyError(Exception):
    def __init__(self, code, msg="x"):
        super().__init__(code, msg)
        self.code = code
def risky(n):
    if n == 0:
        raise MyError(42)
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    return n
for i in range(5):
    try:
        print(risky(i))
    except MyError as e:
        print("MyError", e.code, e.args)
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__)
    except Exception as e:
        print("other", repr(e))
    else:
        print("else")
    finally:
        print("finally", i)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
