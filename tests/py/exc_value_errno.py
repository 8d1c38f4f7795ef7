# `.value` of every exception (MicroPython: the first argument, or None) and
# `OSError(errno.ENOENT)`, MicroPython's idiom for raising an error number.
# The .exp is MicroPython's output.
import errno

for args in [(), (1,), (1, 2), ("x",), ([3],)]:
    e = Exception(*args)
    print("Exception", args, repr(e.value), e.args)

for cls in (ValueError, KeyError, RuntimeError, StopIteration, OSError):
    print(cls.__name__, cls().value, cls(7).value, cls(7, 8).value)

class MyError(Exception):
    pass

print(MyError("m").value, MyError().value)

class WithValue(Exception):
    value = "class attribute"

print(WithValue(1).value)

class WithProp(Exception):
    @property
    def value(self):
        return "property"

print(WithProp(1).value)

def gen():
    yield 1
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

# A single int argument is the error number.
e = OSError(errno.ENOENT)
print(e.errno, e.errno == errno.ENOENT, e.args, str(e))
print(OSError(errno.EAGAIN).errno == errno.EAGAIN, str(OSError(errno.EAGAIN)))
print(OSError(99999).errno, str(OSError(99999)))
print(str(OSError("text")))
print(OSError().errno, repr(str(OSError())))
print(OSError(2, "No such file").errno)

class MyOSError(OSError):
    pass

print(MyOSError(errno.EIO).errno, str(MyOSError(errno.EIO)))

try:
    raise OSError(errno.EINVAL)
except OSError as e:
    print("caught", e.errno == errno.EINVAL, e.args[0] == errno.EINVAL, e)
