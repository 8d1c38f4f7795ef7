# Frozen Python part of the `zlib` module (the natives `_inflate`/`_deflate` do the work).

MAX_WBITS = 15
DEFLATED = 8
DEF_BUF_SIZE = 16384
Z_DEFAULT_COMPRESSION = -1
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9


class error(Exception):
    pass


def _format(wbits, compressing):
    # 1 raw, 2 zlib, 3 gzip, 0 auto-detect (zlib or gzip), as `deflate` numbers them.
    if -15 <= wbits <= -8:
        return 1
    if 8 <= wbits <= 15 or (wbits == 0 and not compressing):
        return 2
    if 24 <= wbits <= 31:
        return 3
    if 40 <= wbits <= 47 and not compressing:
        return 0
    if compressing:
        raise ValueError("Invalid initialization option")
    raise error("Error -2 while preparing to decompress data: inconsistent stream state")


def decompress(data, wbits=15, bufsize=DEF_BUF_SIZE):
    out, used = _inflate(data, _format(wbits, False))
    if out is None:
        raise error(used)
    return out


def compress(data, level=-1, wbits=15):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    return _deflate(data, _format(wbits, True), level)
