# raise ... from ..., __cause__, __context__, __suppress_context__
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("r") from TypeError("t")
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise IndexError from ValueError
except IndexError as e:
    print(type(e).__name__, type(e.__cause__).__name__)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError", e)
e = ValueError("plain")
print(e.__cause__, e.__context__)
