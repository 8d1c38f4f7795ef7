# repr() escapes of Latin-1 and format characters; str.format_map semantics.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: repr('\x7f\x80\x9f\xa0\xad\xff'))
t(lambda: repr('\u2028\u200b\ufeff\U000e0001\ufffe'))
t(lambda: [chr(c) for c in (0, 9, 31, 127, 128, 160, 173, 255, 256, 0x2028, 0xfeff)])
t(lambda: ascii('\xa0\u0100'))
t(lambda: '{k}'.format_map({'k': 9}))
t(lambda: 'a{}b'.format_map({}))
t(lambda: 'a{0}b'.format_map({}))
t(lambda: '{x[1]}{y.real}'.format_map({'x': 'ab', 'y': 3}))
t(lambda: '{z}'.format_map({}))
t(lambda: '{z}'.format_map(5))


class D(dict):
    def __missing__(self, k):
        return '?' + k


t(lambda: '{a}{b}'.format_map(D(a=1)))


class M:
    def __getitem__(self, k):
        return k.upper()


t(lambda: '{abc}-{d:>3}'.format_map(M()))
