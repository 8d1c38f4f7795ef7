# Frozen Python layer of `binascii`: binascii.Error and the checking wrappers.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def unhexlify(hexstr):
    r = _unhexlify(hexstr)
    if type(r) is str:
        raise Error(r)
    return r


def a2b_base64(data, *, strict_mode=False):
    r = _a2b_base64(data, strict_mode=strict_mode)
    if type(r) is str:
        raise Error(r)
    return r


a2b_hex = unhexlify
b2a_hex = hexlify
