# exception matching with tuples and dynamic classes
errs = (KeyError, IndexError)
for thunk in [lambda: {}[1], lambda: [][1], lambda: 1 / 0]:
    try:
        thunk()
    except errs as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
def pick():
    return ValueError
try:
    raise ValueError("dyn")
except pick() as e:
    print("dynamic class", e)
try:
    raise TypeError("x")
except (ValueError, (TypeError, KeyError)) if False else (ValueError, TypeError) as e:
    print("nested tuple", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError:
    print("TypeError bad except clause")
