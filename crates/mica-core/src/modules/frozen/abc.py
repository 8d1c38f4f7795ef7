"""Abstract base classes: `ABC`, `ABCMeta` and `abstractmethod` (instantiation of a
class with abstract methods left raises TypeError, as in CPython)."""


def abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


def _is_abstract(v):
    if isinstance(v, (staticmethod, classmethod)):
        v = v.__func__
    if isinstance(v, property):
        return any(_is_abstract(f) for f in (v.fget, v.fset, v.fdel) if f is not None)
    return getattr(v, "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        names = [n for n, v in namespace.items() if _is_abstract(v)]
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if n not in names and _is_abstract(getattr(cls, n, None)):
                    names.append(n)
        cls.__abstractmethods__ = frozenset(names)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get("__abstractmethods__", None)
        if missing is None:
            missing = getattr(cls, "__abstractmethods__", ())
        if missing:
            names = sorted(missing)
            s = "s" if len(names) > 1 else ""
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, s, ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def abstractproperty(func):
    return property(abstractmethod(func))
