# Assigned `value`/`errno` attributes and StopIteration.value, as in CPython.
import errno

e = ValueError(1)
e.value = 5
print(e.value, e.args)
e = OSError(errno.ENOENT)
print(repr(e), e.args, e.strerror)
e.errno = 7
print(e.errno)
print(StopIteration().value, StopIteration(3).value, StopIteration(3, 4).value)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), repr(e))
