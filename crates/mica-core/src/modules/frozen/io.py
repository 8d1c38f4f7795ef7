# Frozen Python implementation of the `io` module: in-memory StringIO and BytesIO.

open = open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return False

    def writable(self):
        self._check()
        return False

    def seekable(self):
        self._check()
        return False

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _MemIO(IOBase):
    # Shared logic: self._b holds the data (str or bytearray), self._pos the position.

    def getvalue(self):
        self._check()
        return self._value(self._b)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._b)
        else:
            end = min(self._pos + size, len(self._b))
        start = self._pos
        if start >= end:
            self._pos = max(self._pos, start)
            return self._empty
        self._pos = end
        return self._value(self._b[start:end])

    def readline(self, size=-1):
        self._check()
        b = self._b
        start = self._pos
        n = len(b)
        if start >= n:
            return self._empty
        i = self._find(b, start)
        end = n if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._value(b[start:end])

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._b):
            self._b = self._b[:size]
        return size


class StringIO(_MemIO):
    _empty = ""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % type(initial_value).__name__
            )
        self._b = initial_value
        self._pos = 0
        self.closed = False

    def _value(self, s):
        return s

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _find(self, b, start):
        return b.find("\n", start)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        b = self._b
        pos = self._pos
        n = len(s)
        if pos == len(b):
            self._b = b + s
        elif pos > len(b):
            self._b = b + "\0" * (pos - len(b)) + s
        else:
            self._b = b[:pos] + s + b[pos + n:]
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._b)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


class BytesIO(_MemIO):
    _empty = b""

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._b = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def _value(self, b):
        return bytes(b)

    def _find(self, b, start):
        i = b[start:].find(b"\n")
        return i if i < 0 else i + start

    def getbuffer(self):
        self._check()
        return memoryview(self._b)

    def write(self, data):
        self._check()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        b = self._b
        pos = self._pos
        n = len(data)
        if pos > len(b):
            b.extend(bytes(pos - len(b)))
        b[pos:pos + n] = data
        self._pos = pos + n
        return n

    def readinto(self, buf):
        data = self.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._b[size:]
        return size

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            new = pos
        elif whence == 1:
            new = self._pos + pos
        elif whence == 2:
            new = len(self._b) + pos
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if new < 0:
            if whence == 0:
                raise ValueError("negative seek value %d" % pos)
            new = 0
        self._pos = new
        return new
