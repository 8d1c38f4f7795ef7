# Exceptions crossing frames: raise in deep recursion, handlers in loops,
# exception classes with and without __init__, finally and re-raise,
# and exceptions inside __init__ frames.


class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, msg="bad"):
        AppError.__init__(self, msg)
        self.code = code


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


def deep(n):
    if n == 0:
        raise CodeError(n * 2 + 7)
    return deep(n - 1) + 1


for depth in (0, 1, 50, 900):
    try:
        deep(depth)
    except AppError as e:
        print(depth, type(e).__name__, e.code, e.args, str(e))

e = NoSuper(1, 2)
print(e.args, e.total, repr(AppError(1, "x")), AppError().args)
print(ValueError(3).args, KeyError("k").args, OSError(2, "x").args)


def loop_catch(n):
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                [][i]
            total += 1
        except ValueError as ex:
            total += ex.args[0]
        except IndexError:
            total -= 1
        finally:
            total += 100
    return total


print(loop_catch(30))


def reraise(n):
    try:
        deep(n)
    except CodeError:
        raise


try:
    reraise(3)
except CodeError as ex:
    print("reraised", ex.code)


class Fails:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x


def make(x):
    return Fails(x)


print(make(3).x)
try:
    make(-1)
except ValueError as ex:
    print("init raised", ex)


def recurse_forever(n):
    return recurse_forever(n + 1)


try:
    recurse_forever(0)
except RecursionError:
    print("RecursionError")


def closure_recursion_limit():
    def inner(k):
        return inner(k + 1)

    try:
        inner(0)
    except RecursionError:
        return "closure RecursionError"


print(closure_recursion_limit())


def nested_handlers():
    out = []
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            finally:
                out.append("f%d" % i)
        except KeyError as k:
            out.append(k.args[0])
    return out


print(nested_handlers())


def context_chain():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as t:
        return type(t.__context__).__name__


print(context_chain())
