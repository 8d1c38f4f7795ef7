# Traceback entries of an exception raised through several frames, one of
# them a closure and one an inline __init__ (checked-in expected output).
import sys


def level3(x):
    y = x + 1
    raise ValueError(y)


def level2(x):
    def inner(z):
        return level3(z)

    return inner(x) + 1


class Maker:
    def __init__(self, x):
        self.v = level2(x)


def level1():
    return Maker(4)


try:
    level1()
except ValueError as e:
    sys.print_exception(e, sys.stdout)

for i in range(2):
    try:
        level3(i)
    except ValueError as e:
        sys.print_exception(e, sys.stdout)
