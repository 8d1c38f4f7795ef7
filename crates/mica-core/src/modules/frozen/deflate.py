# Frozen Python part of MicroPython's `deflate` module: `DeflateIO` wraps a stream.
# Reading decompresses incrementally: the wrapped stream is read in small chunks, only
# as far as the data asked for needs (the native `_Inflater` keeps the decompressor's
# state and its 32 KiB window). Compression collects what is written and writes the
# compressed stream on close (a DEFLATE stream can be finished only once).

AUTO = 0
RAW = 1
ZLIB = 2
GZIP = 3

_CHUNK = 256


class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False):
        if not isinstance(format, int) or not AUTO <= format <= GZIP:
            raise ValueError("format")
        if wbits and not 5 <= wbits <= 15:
            raise ValueError("wbits")
        self._stream = stream
        self._format = format
        self._close_stream = close
        self._inf = None
        self._buf = b""
        self._eof = False
        self._wbuf = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError(22)

    def _more(self):
        # Decompress until some output comes or the stream ends (b"").
        self._check()
        if self._inf is None:
            if self._wbuf is not None:
                raise OSError(1)
            self._inf = _Inflater(self._format)
        data = b""
        while not self._eof:
            r = self._inf.step(data)
            if r is None:
                raise OSError(22)
            out, self._eof = r
            if out:
                return out
            if self._eof:
                break
            data = self._stream.read(_CHUNK)
            if not data:
                raise EOFError
        return b""

    def read(self, n=-1):
        self._check()
        if n is None or n < 0:
            parts = [self._buf]
            while True:
                out = self._more()
                if not out:
                    break
                parts.append(out)
            self._buf = b""
            return b"".join(parts)
        while len(self._buf) < n:
            out = self._more()
            if not out:
                break
            self._buf += out
        r = self._buf[:n]
        self._buf = self._buf[n:]
        return r

    def readinto(self, buf):
        data = self.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n

    def readline(self, limit=-1):
        self._check()
        if limit is None:
            limit = -1
        while True:
            i = self._buf.find(b"\n")
            if i >= 0:
                end = i + 1
                break
            if 0 <= limit <= len(self._buf):
                end = limit
                break
            out = self._more()
            if not out:
                end = len(self._buf)
                break
            self._buf += out
        if 0 <= limit < end:
            end = limit
        r = self._buf[:end]
        self._buf = self._buf[end:]
        return r

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._inf is not None:
            raise OSError(1)
        if self._wbuf is None:
            self._wbuf = bytearray()
        self._wbuf += data
        return len(data)

    def flush(self):
        self._check()

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._wbuf is not None:
            self._stream.write(_deflate(bytes(self._wbuf), self._format, -1))
            self._wbuf = None
        self._inf = None
        if self._close_stream:
            self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
