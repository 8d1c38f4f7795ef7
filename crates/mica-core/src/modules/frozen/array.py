# Frozen Python layer of `array`: the array type over a list of checked items.

typecodes = "bBhHiIlLqQfd"


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(
                "array() argument 1 must be a unicode character, not %s"
                % type(typecode).__name__
            )
        self.itemsize = _itemsize(typecode)
        self.typecode = typecode
        self._v = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            raise TypeError(
                "cannot use a str to initialize an array with typecode '%s'" % typecode
            )
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError(
                "can only append array (not \"%s\") to array" % type(other).__name__
            )
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")

    def _new(self, items):
        a = array(self.typecode)
        a._v = items
        return a

    def append(self, x):
        self._v.append(_check(self.typecode, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._v.extend(iterable._v)
            return
        tc = self.typecode
        self._v.extend([_check(tc, x) for x in iterable])

    def insert(self, i, x):
        self._v.insert(i, _check(self.typecode, x))

    def pop(self, i=-1):
        if not self._v:
            raise IndexError("pop from empty array")
        try:
            return self._v.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, x):
        try:
            self._v.remove(x)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, x, start=0, stop=None):
        v = self._v
        n = len(v)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if v[i] == x:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, x):
        return self._v.count(x)

    def reverse(self):
        self._v.reverse()

    def byteswap(self):
        n = self.itemsize
        b = self.tobytes()
        out = bytearray()
        for i in range(0, len(b), n):
            out.extend(b[i:i + n][::-1])
        self._v = _unpack(self.typecode, out)

    def buffer_info(self):
        return (id(self), len(self._v))

    def tobytes(self):
        return _pack(self.typecode, self._v)

    def _setbytes(self, data):
        # Natives that write into a buffer in place (framebuf, RingIO) store back here.
        self._v = _unpack(self.typecode, data)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._v.extend(_unpack(self.typecode, data))

    def tolist(self):
        return list(self._v)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        tc = self.typecode
        self._v.extend([_check(tc, x) for x in items])

    def __bytes__(self):
        return _pack(self.typecode, self._v)

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(self._v)

    def __contains__(self, x):
        return x in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._v[i])
        try:
            return self._v[i]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            if not isinstance(x, array):
                raise TypeError(
                    "can only assign array (not \"%s\") to array slice" % type(x).__name__
                )
            self._same(x)
            self._v[i] = x._v
            return
        x = _check(self.typecode, x)
        try:
            self._v[i] = x
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, i):
        try:
            del self._v[i]
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __add__(self, other):
        self._same(other)
        return self._new(self._v + other._v)

    def __iadd__(self, other):
        self._same(other)
        self._v.extend(other._v)
        return self

    def __mul__(self, n):
        return self._new(self._v * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._v = self._v * n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v == other._v

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v != other._v

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v < other._v

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v <= other._v

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v > other._v

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v >= other._v

    def __repr__(self):
        if not self._v:
            return "array('%s')" % self.typecode
        return "array('%s', %r)" % (self.typecode, self._v)

    def __copy__(self):
        return self._new(list(self._v))


ArrayType = array
