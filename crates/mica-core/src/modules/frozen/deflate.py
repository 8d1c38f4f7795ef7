# Frozen Python part of MicroPython's `deflate` module: `DeflateIO` wraps a stream.
# Decompression reads the whole compressed stream on the first read; compression
# collects what is written and writes the compressed stream on close (a DEFLATE
# stream can be finished only once).

AUTO = 0
RAW = 1
ZLIB = 2
GZIP = 3


class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False):
        if not isinstance(format, int) or not AUTO <= format <= GZIP:
            raise ValueError("format")
        if wbits and not 5 <= wbits <= 15:
            raise ValueError("wbits")
        self._stream = stream
        self._format = format
        self._close_stream = close
        self._out = None
        self._pos = 0
        self._wbuf = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError(9)

    def _fill(self):
        self._check()
        if self._out is None:
            if self._wbuf is not None:
                raise OSError(1)
            data = self._stream.read()
            out, used = _inflate(data or b"", self._format)
            if out is None:
                raise OSError(22)
            self._out = out
        return self._out

    def read(self, n=-1):
        out = self._fill()
        p = self._pos
        if n is None or n < 0:
            end = len(out)
        else:
            end = min(len(out), p + n)
        self._pos = end
        return out[p:end]

    def readinto(self, buf):
        data = self.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n

    def readline(self, limit=-1):
        out = self._fill()
        p = self._pos
        end = out.find(b"\n", p)
        end = len(out) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, p + limit)
        self._pos = end
        return out[p:end]

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._out is not None:
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
        if self._close_stream:
            self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
