"""Typing names for annotations. Mica does not check types: every special form accepts
subscription (`List[int]`, `Dict[str, Any]`, `Optional[X]`) and stands for itself."""


class _Form:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __repr__(self):
        return "typing." + self._name


for _n in (
    "Any", "Union", "Optional", "List", "Dict", "Tuple", "Set", "FrozenSet", "Type",
    "Callable", "Iterable", "Iterator", "Generator", "Sequence", "MutableSequence",
    "Mapping", "MutableMapping", "AbstractSet", "MutableSet", "Collection", "Container",
    "Hashable", "Sized", "Reversible", "Awaitable", "Coroutine", "AsyncIterable",
    "AsyncIterator", "AsyncGenerator", "ClassVar", "Final", "Literal", "NoReturn",
    "Deque", "DefaultDict", "OrderedDict", "Counter", "ChainMap", "Text", "AnyStr",
    "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsRound", "Never", "Self",
):
    globals()[_n] = _Form(_n)
del _n

TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(func):
    return func


def no_type_check(func):
    return func


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    return new_type
