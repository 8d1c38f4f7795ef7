# raise inside except, with and without "from None"; re-raise
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing %s" % k) from None
try:
    lookup({}, "x")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e, e.__context__)
def reraise_named():
    try:
        raise ValueError("orig2")
    except ValueError as err:
        raise err
try:
    reraise_named()
except ValueError as e:
    print("reraised named", e)
def convert():
    try:
        int("zz")
    except ValueError as e:
        raise TypeError("converted") from e
try:
    convert()
except TypeError as e:
    print(e, "cause:", e.__cause__, type(e.__cause__).__name__)
e = RuntimeError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", type(e).__name__)
def handler_then_raise():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise KeyError("after")
try:
    handler_then_raise()
except KeyError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e from e
except ValueError as e2:
    print(e2.__cause__ is e2, e2.__context__ is e2)
