# Frozen Python part of `uctypes`: C structures over a Python buffer (bytearray,
# memoryview, bytes for reading, array). Memory-safe: no raw addresses, so
# `uctypes.struct` takes the buffer itself and `addressof`/`bytes_at`/`bytearray_at`
# raise; pointer fields (PTR) cannot be followed. Descriptors are MicroPython's: a
# field is `offset | TYPE` (a bitfield adds `pos << BF_POS | len << BF_LEN`), or a
# tuple `(offset, {...})` (nested structure), `(offset | ARRAY, count | TYPE)` or
# `(offset | ARRAY, count, {...})`. The natives `_get`/`_put` read and write one
# scalar (type bits 27-31) at a byte offset of the buffer.


def _s32(x):
    return x - (1 << 32) if x >= 1 << 31 else x


LITTLE_ENDIAN = 0
BIG_ENDIAN = 1
NATIVE = 2
UINT8 = VOID = 0
INT8 = 1 << 27
UINT16 = USHORT = 2 << 27
INT16 = SHORT = 3 << 27
UINT32 = UINT = 4 << 27
INT32 = INT = 5 << 27
UINT64 = ULONG = ULONGLONG = 6 << 27
INT64 = LONG = LONGLONG = 7 << 27
BFUINT8 = _s32(24 << 27)
BFINT8 = _s32(25 << 27)
BFUINT16 = _s32(26 << 27)
BFINT16 = _s32(27 << 27)
BFUINT32 = _s32(28 << 27)
BFINT32 = _s32(29 << 27)
FLOAT32 = _s32(30 << 27)
FLOAT64 = _s32(31 << 27)
PTR = 1 << 29
ARRAY = _s32(6 << 29)
BF_POS = 17
BF_LEN = 22

_BAD = "syntax error in uctypes descriptor"
_NO_ADDR = "raw memory addresses are not supported by Mica's uctypes: pass the buffer itself to uctypes.struct"


def _scalar_size(t):
    c = (t & 0xFFFFFFFF) >> 27
    if c == 30:
        return 4
    if c == 31:
        return 8
    if c < 8 or 24 <= c < 30:
        return 1 << ((c & 7) >> 1)
    raise TypeError(_BAD)


def _field_size(f, lt):
    # (end offset, alignment) of field descriptor f.
    if type(f) is int:
        n = _scalar_size(f)
        return (f & 0x1FFFF) + n, n
    if type(f) is not tuple or len(f) < 2:
        raise TypeError(_BAD)
    h = f[0] & 0xFFFFFFFF
    off = h & 0x1FFFFFFF
    agg = h >> 29
    if agg == 0:
        n, a = _size(f[1], lt)
        return off + n, a
    if agg == 1:
        return off + 8, 8
    if agg != 6:
        raise TypeError(_BAD)
    if len(f) == 3:
        n, a = _size(f[2], lt)
        return off + f[1] * n, a
    t = f[1] & 0xFFFFFFFF
    n = _scalar_size(t)
    return off + (t & 0x7FFFFFF) * n, n


def _size(d, lt):
    if type(d) is not dict:
        raise TypeError(_BAD)
    end = 0
    align = 1
    for f in d.values():
        e, a = _field_size(f, lt)
        end = max(end, e)
        align = max(align, a)
    if lt == NATIVE:
        end = (end + align - 1) // align * align
    return end, align


def _make(cls, buf, off, desc, lt):
    s = object.__new__(cls)
    object.__setattr__(s, "_b", buf)
    object.__setattr__(s, "_o", off)
    object.__setattr__(s, "_d", desc)
    object.__setattr__(s, "_lt", lt)
    return s


def _load(buf, off, f, lt):
    if type(f) is int:
        return _get(buf, off + (f & 0x1FFFF), f, lt)
    if type(f) is not tuple or len(f) < 2:
        raise TypeError(_BAD)
    h = f[0] & 0xFFFFFFFF
    off += h & 0x1FFFFFFF
    agg = h >> 29
    if agg == 0:
        return _make(struct, buf, off, f[1], lt)
    if agg == 1:
        raise ValueError("uctypes pointers cannot be followed on Mica (no raw addresses)")
    if agg != 6:
        raise TypeError(_BAD)
    if len(f) == 2 and (f[1] & 0xFFFFFFFF) >> 27 == 0 and type(buf) is not _array_type():
        # A byte array is a view of the buffer, as MicroPython's bytearray_at.
        n = f[1] & 0x7FFFFFF
        if off + n > len(buf):
            raise IndexError("uctypes field outside the buffer")
        return memoryview(buf)[off:off + n]
    return _make(_Array, buf, off, f, lt)


def _array_type():
    try:
        import array

        return array.array
    except ImportError:
        return None


class struct:
    def __init__(self, addr, descriptor, layout_type=NATIVE):
        if isinstance(addr, int):
            raise ValueError(_NO_ADDR)
        len(addr)
        if layout_type not in (LITTLE_ENDIAN, BIG_ENDIAN, NATIVE):
            raise ValueError("layout_type")
        _size(descriptor, layout_type)
        object.__setattr__(self, "_b", addr)
        object.__setattr__(self, "_o", 0)
        object.__setattr__(self, "_d", descriptor)
        object.__setattr__(self, "_lt", layout_type)

    def __getattr__(self, name):
        d = self._d
        if name not in d:
            raise AttributeError(name)
        return _load(self._b, self._o, d[name], self._lt)

    def __setattr__(self, name, value):
        d = self._d
        if name not in d:
            raise AttributeError(name)
        f = d[name]
        if type(f) is not int:
            raise TypeError(_BAD)
        _put(self._b, self._o + (f & 0x1FFFF), f, self._lt, value)

    def __repr__(self):
        return "<struct STRUCT>"


class _Array:
    def __len__(self):
        f = self._d
        return f[1] if len(f) == 3 else f[1] & 0x7FFFFFF

    def _at(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("array index must be an int")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("struct index out of range")
        return i

    def __getitem__(self, i):
        i = self._at(i)
        f = self._d
        if len(f) == 3:
            return _make(struct, self._b, self._o + i * _size(f[2], self._lt)[0], f[2], self._lt)
        t = f[1] & 0xFFFFFFFF
        return _get(self._b, self._o + i * _scalar_size(t), t, self._lt)

    def __setitem__(self, i, value):
        i = self._at(i)
        f = self._d
        if len(f) == 3:
            raise TypeError(_BAD)
        t = f[1] & 0xFFFFFFFF
        _put(self._b, self._o + i * _scalar_size(t), t, self._lt, value)

    def __repr__(self):
        return "<struct ARRAY>"


def sizeof(x, layout_type=NATIVE):
    if isinstance(x, struct):
        return _size(x._d, x._lt)[0]
    if isinstance(x, _Array):
        f = x._d
        if len(f) == 3:
            return f[1] * _size(f[2], x._lt)[0]
        return len(x) * _scalar_size(f[1])
    if isinstance(x, memoryview):
        return len(x)
    if type(x) is tuple:
        return _field_size(x, layout_type)[0] - (x[0] & 0x1FFFFFFF)
    return _size(x, layout_type)[0]


def addressof(obj):
    raise ValueError(_NO_ADDR)


def bytes_at(addr, size):
    raise ValueError(_NO_ADDR)


def bytearray_at(addr, size):
    raise ValueError(_NO_ADDR)
