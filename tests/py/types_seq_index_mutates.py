# An index whose __index__ changes the sequence being indexed (found by probing: a
# bytearray, a list and list.pop indexed past the end of the shrunk sequence). As in
# CPython the index is computed first, then checked against the current length.
b = bytearray(b"abcdef")


class I:
    def __index__(s):
        b.clear()
        return 3


def attempt(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except (IndexError, ValueError, TypeError) as e:
        print(name, type(e).__name__, e)


def b_set():
    b[I()] = 1
    return b


def b_slice_set():
    b[1 : I()] = b"zz"
    return b


def b_del():
    del b[I()]
    return b


def b_del_slice():
    del b[I() :]
    return b


for f in (b_set, b_slice_set, b_del, b_del_slice):
    b[:] = b"abcdef"
    attempt(f.__name__, f)
for f in (lambda: b[I() :], lambda: b[I()], lambda: b.pop(I())):
    b[:] = b"abcdef"
    attempt("b get/pop", f)


class V:
    def __index__(s):
        b.clear()
        return 65


b[:] = b"abcdef"
attempt("b value", lambda: b.__setitem__(2, V()))
l = list(range(10))


class J:
    def __index__(s):
        l.clear()
        return 5


def l_set():
    l[J()] = 1
    return l


def l_del():
    del l[J()]
    return l


def l_slice_set():
    l[2 : J()] = [1, 2]
    return l


def l_ext_set():
    l[:: J()] = []
    return l


def l_del_slice():
    del l[J() :: 2]
    return l


for f in (
    l_set,
    l_del,
    l_slice_set,
    l_ext_set,
    l_del_slice,
    lambda: l[J()],
    lambda: l[J() : J() : J()],
    lambda: l.pop(J()),
    lambda: l.insert(J(), 9) or l,
):
    l[:] = range(10)
    attempt("list", f)
m = memoryview(bytearray(b"abcdef"))


class K:
    def __index__(s):
        m.release()
        return 2


attempt("memoryview get", lambda: m[K()])
m = memoryview(bytearray(b"abcdef"))
attempt("memoryview set", lambda: m.__setitem__(K(), 1))
