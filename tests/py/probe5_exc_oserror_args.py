# OSError(errno, strerror, filename[, winerror, filename2]): args, attributes and str()
for args in [(1, 'x', 'fname'), (2, 'No such file', 'a.txt', None, 'b.txt'), (5, 'io'), ('a',), (1, 2, 3, 4, 5, 6), (13, 'denied', None)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename)
try:
    raise FileNotFoundError(2, 'missing', 'f.py')
except OSError as e:
    print(e, e.filename, e.args)
class MyOSError(OSError):
    pass
print(MyOSError(3, 'm', 'p'))
