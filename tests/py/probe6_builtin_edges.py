# Error texts and edge cases of built-in types and functions, as in CPython.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# float() of bytes; NaN/inf integer ratios; complex() argument errors
t(lambda: float(b'1.5'))
t(lambda: float(bytearray(b' 2 ')))
t(lambda: float(b'x'))
t(lambda: float('nan').as_integer_ratio())
t(lambda: float('inf').as_integer_ratio())
t(lambda: complex(1, 'a'))
t(lambda: complex('1', 2))
t(lambda: complex(1, None))
# bit operations and //, % on floats/complex name the operand types
t(lambda: 5 & 2.0)
t(lambda: 2.0 | 1)
t(lambda: 1.5 << 1)
t(lambda: 2 ** 100 ^ 1.0)
t(lambda: 1j // 1)
t(lambda: 2 % 1j)
# max compares with >, min with <
t(lambda: max([1, 'a']))
t(lambda: min([1, 'a']))
t(lambda: max(1, 2, 'x'))
t(lambda: max([3, 1, 3.0]))


class G:
    def __init__(s, v):
        s.v = v

    def __gt__(s, o):
        return s.v > o.v

    def __repr__(s):
        return 'G%d' % s.v


t(lambda: max([G(1), G(3), G(2)]))
t(lambda: min([G(1), G(3), G(2)]))


# dict |= takes anything dict.update takes
def f():
    d = {'a': 1}
    d |= [('b', 2)]
    d |= {'c': 3}
    d |= dict(e=5).items()
    return d


t(f)


def f():
    d = {}
    d |= 5


t(f)


def f():
    d = {}
    d |= [1]


t(f)
# object.__format__ accepts only an empty spec
t(lambda: format(None, '>5'))
t(lambda: format([1], '<4'))
t(lambda: '{:>5}'.format(None))
t(lambda: '{:5}'.format((1,)))
t(lambda: format(None, ''))
t(lambda: f'{None!s:>5}')
t(lambda: f'{[1]!r:>6}')
# constructor argument counts, unhashable slices
t(lambda: bool(1, 2))
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice())
t(lambda: hash(slice(1)))
