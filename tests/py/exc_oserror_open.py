# OSError subclasses chosen from errno, str() form, errno module, read-only open()
import errno
for n in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, 99999):
    e = OSError(n, "msg")
    print(type(e).__name__, e.errno, e.strerror, str(e))
print(errno.errorcode[errno.ENOENT], OSError("only").errno)
try:
    open("no/such/dir/file.txt")
except FileNotFoundError as e:
    print("missing", e.errno == errno.ENOENT, isinstance(e, OSError))
with open("pkgs/simple.py") as f:
    first = f.readline()
    rest = f.read()
print(first.startswith("#") or len(first) > 0, isinstance(rest, str))
with open("pkgs/simple.py", "rb") as f:
    print(type(f.read(2)).__name__)
f = open("pkgs/simple.py")
f.close()
try:
    f.read()
except ValueError:
    print("ValueError closed")
