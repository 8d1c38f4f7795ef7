# property(), classmethod() and staticmethod() refuse extra arguments and unknown
# keywords as CPython.
def t(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__)
    except TypeError as e:
        print(label, '-> TypeError', e)
t('property(None, None, None, "d", 5)', lambda: property(None, None, None, "d", 5))
t('property(fget=len)', lambda: property(fget=len))
t('property(fget=len, doc="x").__doc__', lambda: property(fget=len, doc="x").__doc__)
t('property(zzz=1)', lambda: property(zzz=1))
t('classmethod(len, 1)', lambda: classmethod(len, 1))
t('classmethod(f=len)', lambda: classmethod(f=len))
t('staticmethod(len, 1)', lambda: staticmethod(len, 1))
t('staticmethod(f=len)', lambda: staticmethod(f=len))
t('classmethod(len)', lambda: classmethod(len))
