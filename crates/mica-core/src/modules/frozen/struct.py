# Frozen Python layer of the `struct` module over the native `_calcsize`/`_pack`/`_unpack`.


class error(Exception):
    pass


def calcsize(fmt):
    try:
        return _calcsize(fmt)
    except ValueError as e:
        raise error(*e.args) from None


def pack(fmt, *values):
    try:
        return _pack(fmt, *values)
    except ValueError as e:
        raise error(*e.args) from None


def unpack(fmt, buffer):
    try:
        return _unpack(fmt, buffer)
    except ValueError as e:
        raise error(*e.args) from None


def unpack_from(fmt, buffer, offset=0):
    try:
        return _unpack(fmt, buffer, offset)
    except ValueError as e:
        raise error(*e.args) from None


def pack_into(fmt, buffer, offset, *values):
    data = pack(fmt, *values)
    n = len(buffer)
    if offset < 0:
        if offset + len(data) > 0:
            raise error("no space to pack %d bytes at offset %d" % (len(data), offset))
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < len(data):
        if offset > n:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                    "at offset %d (actual buffer size is %d)"
                    % (len(data) + offset, len(data), offset, n))
    buffer[offset:offset + len(data)] = data


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    for i in range(0, len(buffer), size):
        yield unpack_from(fmt, buffer, i)


class Struct:
    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode()
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
