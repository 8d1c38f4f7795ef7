# Frozen implementation of the `collections` module (compiled at import time).


def _check_name(name, what):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError("Type names and field names must be valid identifiers: " + repr(name))


_KEYWORDS = frozenset(("False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield"))


class _FieldGetter:
    # A namedtuple field: read-only, with CPython's messages on assignment and del.
    def __init__(self, i):
        self.i = i
        self.__doc__ = "Alias for field number %d" % i

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self.i]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _field_getter(i, name):
    return _FieldGetter(i)


def _plural(n):
    return "" if n == 1 else "s"


def _name_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + " and " + names[1]
    return ", ".join(names[:-1]) + ", and " + names[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[i] = "_%d" % i
            seen.add(name)
    for name in [typename] + field_names:
        _check_name(name, "")
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = {}
        for name, value in zip(fields[nfields - len(defaults):], defaults):
            field_defaults[name] = value
    else:
        field_defaults = {}

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            if field_defaults:
                takes = "from %d to %d positional arguments" % (
                    nfields - len(field_defaults) + 1, nfields + 1)
            else:
                takes = "%d positional argument%s" % (nfields + 1, _plural(nfields + 1))
            raise TypeError("%s.__new__() takes %s but %d were given"
                            % (typename, takes, len(args) + 1))
        values = list(args)
        missing = []
        for name in fields[:len(args)]:
            if name in kwargs:
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, name))
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (typename, next(iter(kwargs))))
        if missing:
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                            % (typename, len(missing), _plural(len(missing)), _name_list(missing)))
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    def _replace(self, **kwargs):
        result = self._make([kwargs.pop(name, self[i]) for i, name in enumerate(fields)])
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return result

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            "%s=%r" % (name, self[i]) for i, name in enumerate(fields)) + ")"

    def _asdict(self):
        d = {}
        for name, value in zip(fields, self):
            d[name] = value
        return d

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for i, name in enumerate(fields):
        ns[name] = _field_getter(i, name)
    cls = type(typename, (tuple,), ns)
    cls.__module__ = module if module is not None else "__main__"
    return cls


class OrderedDict(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__, "None" if f is None else repr(f),
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class deque:
    def __init__(self, iterable=(), maxlen=None, flags=0):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        try:
            n = n.__index__()
        except AttributeError:
            raise TypeError(
                "'%s' object cannot be interpreted as an integer" % type(n).__name__
            ) from None
        k = len(self._items)
        if k:
            n %= k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        # Like CPython, a change of size while iterating is an error (not a loop
        # that never ends when the body appends).
        items = self._items
        n = len(items)
        i = 0
        while True:
            if len(items) != n:
                raise RuntimeError("deque mutated during iteration")
            if i >= n:
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        items = self._items
        n = len(items)
        i = n
        while True:
            if len(items) != n:
                raise RuntimeError("deque mutated during iteration")
            if i <= 0:
                return
            i -= 1
            yield items[i]

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, x):
        try:
            self._items[i] = x
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)

    __hash__ = None


class Counter(dict):
    def __init__(self, iterable=None, **kwargs):
        dict.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) + v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) - v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s({%s})" % (type(self).__name__, ", ".join(
            "%r: %r" % kv for kv in self.most_common()))

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = -v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in list(self) + [k for k in other if k not in self]:
            n = max(self[k], other[k])
            if n > 0:
                result[k] = n
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = min(v, other[k])
            if n > 0:
                result[k] = n
        return result
