# Exception classes refuse keyword arguments unless a class's own __init__ takes
# them, as CPython (and MicroPython) do.
def t(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, r.args)
    except TypeError as e:
        print(label, '-> TypeError', e)
class E(Exception):
    pass
class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class G(ValueError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t('ValueError(1, zzz=1)', lambda: ValueError(1, zzz=1))
t('Exception(x=1)', lambda: Exception(x=1))
t('OSError(2, "x", zzz=1)', lambda: OSError(2, "x", zzz=1))
t('KeyError(k=1)', lambda: KeyError(k=1))
t('E(1, x=2)', lambda: E(1, x=2))
t('F("m", code=3)', lambda: F("m", code=3))
t('G(1, x=1)', lambda: G(1, x=1))
t('G(1)', lambda: G(1))
t('StopIteration(value=1)', lambda: StopIteration(value=1))
e = ValueError(1)
t('e.__init__(2, x=1)', lambda: e.__init__(2, x=1) or e)
t('e.__init__(2)', lambda: e.__init__(2) or e)
try:
    raise E("plain")
except E as e:
    print("raised", e.args)
