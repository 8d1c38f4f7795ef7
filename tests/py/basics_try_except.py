# try/except/else/finally basics
def t(v):
    try:
        print("try", v)
        if v == 1:
            raise ValueError("one")
        if v == 2:
            raise KeyError("two")
        if v == 3:
            1 / 0
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
for v in range(4):
    t(v)
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e was deleted")
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise KeyError(1)
    except TypeError:
        print("wrong")
except KeyError:
    print("propagated")
try:
    pass
except:
    pass
else:
    print("bare else")
try:
    [][1]
except:
    print("bare except")
