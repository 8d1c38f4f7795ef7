# OSError and errno attributes
import errno
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args, str(e))
print(type(OSError(errno.ENOENT, "x")).__name__)
try:
    open("/definitely/not/here/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, isinstance(e, FileNotFoundError))
try:
    open("/definitely/not/here/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError caught", e.errno)
print(errno.ENOENT, errno.EEXIST, errno.EACCES)
e3 = OSError("just message")
print(e3.errno, e3.args)
