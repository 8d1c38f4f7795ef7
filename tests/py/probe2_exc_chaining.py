# exception chaining attributes: __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    show(e)
try:
    raise TypeError("t") from RuntimeError("r")
except TypeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise NameError("deep")
except NameError as e:
    show(e)
    show(e.__context__)
e = ValueError("fresh")
show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise KeyError(1)
    finally:
        raise OSError("in finally")
except OSError as e:
    show(e)
def f():
    try:
        raise ValueError("a")
    except ValueError as err:
        return err
r = f()
print(repr(r.__context__))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    show(e)
