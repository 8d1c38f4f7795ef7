# copy: shallow and deep copies of built-in containers and user objects.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(lambda: 0), frozenset, type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(item, memo) for item in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
        return y
    if cls is bytearray:
        y = bytearray(x)
        memo[d] = y
        return y
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
        memo[d] = y
        return y
    return _reconstruct(x, True, memo)


def _reconstruct(x, deep, memo):
    cls = type(x)
    try:
        y = cls.__new__(cls)
    except TypeError:
        raise Error("un(deep)copyable object of type %s" % cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        for k, v in state.items():
            setattr(y, k, deepcopy(v, memo) if deep else v)
    return y
