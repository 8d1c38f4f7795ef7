def f():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("caught", e)
            raise
    except ValueError as e:
        print("outer caught", e)
        return "ret"
    finally:
        print("finally")
print(f())
def g():
    try:
        raise KeyError("a")
    finally:
        return "swallowed"
print(g())
def h():
    try:
        raise KeyError("a")
    finally:
        raise ValueError("replaced")
try:
    h()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def order():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
order()
def else_raise():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raise()
except ValueError as e:
    print("caught", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def loopfin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(loopfin())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = None
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
