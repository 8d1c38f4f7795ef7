# nested handlers, exceptions in except/finally, context chaining
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e2:
            return repr(e2.__context__)
print(f())
try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs before propagate")
except ValueError as e:
    print("outer", e)
try:
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("replaces")
except KeyError as e:
    print("KeyError", repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("in handler")
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            print("handled", e)
            continue
        print("no error", i)
g()
import sys
def h():
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v)
h()
print(sys.exc_info())
