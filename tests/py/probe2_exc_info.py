# sys.exc_info() inside and after handlers
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def inner():
    return sys.exc_info()[1]
try:
    raise TypeError("t")
except TypeError:
    print(repr(inner()))
print(inner())
try:
    try:
        raise IndexError("i")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except IndexError:
    pass
print(sys.exc_info()[0])
def gen():
    try:
        raise OSError("o")
    except OSError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print(sys.exc_info()[0])
print(next(g))
try:
    raise RuntimeError
except RuntimeError:
    e = sys.exc_info()[1]
    print(type(e).__name__, e.args)
