import errno
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EINVAL, errno.EACCES, errno.EBADF, errno.ETIMEDOUT, errno.EINPROGRESS, errno.ENOTCONN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[17])
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
