# str(e), repr(e), e.args for built-in exceptions with 0/1/2 args
kinds = [Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError,
         AttributeError, NameError, ZeroDivisionError, StopIteration, LookupError,
         ArithmeticError, AssertionError, NotImplementedError, OverflowError]
for K in kinds:
    for args in [(), ("msg",), ("a", 2), (None,), (42,)]:
        e = K(*args)
        print(K.__name__, repr(str(e)), repr(e), e.args)
print(repr(KeyError("")), str(KeyError("")), str(KeyError("a'b")))
print(str(KeyError(("t", 1))), repr(KeyError(("t",))))
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)))
print(repr(StopIteration(5).value), StopIteration().value, StopIteration(1, 2).value)
print(BaseException("b"), repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(repr(UnicodeError("u")), repr(OSError()), str(OSError("plain")))
