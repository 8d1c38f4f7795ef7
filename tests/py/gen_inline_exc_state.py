# The handled-exception state (sys.exc_info, bare raise) of generators resumed inline by
# for loops and yield from, while the consumer is or is not handling an exception.
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield name()
        yield name()
        try:
            raise
        except KeyError as e:
            yield "reraised " + str(e)
    yield name()


def consume(src):
    out = []
    try:
        raise IndexError("outer")
    except IndexError:
        for v in src:
            out.append((v, name()))
    out.append(name())
    return out


print(consume(in_handler()))
print([v for v in in_handler()])


def relay():
    yield from in_handler()


print(consume(relay()))
print(list(relay()))


# A generator that returns (and one that raises) from inside its except block.
def returns_in_handler():
    try:
        raise KeyError
    except KeyError:
        yield name()
        return "r"


def raises_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        yield name()
        raise ValueError("second")


def outer():
    r = yield from returns_in_handler()
    yield (r, name())
    try:
        yield from raises_in_handler()
    except ValueError as e:
        yield ("caught", str(e), type(e.__context__).__name__, name())
    yield name()


print(consume(outer()))
print(list(outer()))

# A generator without a handler of its own sees the consumer's exception.
def plain():
    yield name()


print(consume(plain()))
