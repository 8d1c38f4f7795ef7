# Frozen Python layer of the `re` module over the native `_compile`/`_scan` helpers.

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128
NOFLAG = 0


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pos is not None:
            msg = "%s at position %d" % (msg, pos)
        Exception.__init__(self, msg)


PatternError = error


def _sp(text, spans, i):
    a = spans[2 * i]
    if a < 0:
        return None
    return text[a:spans[2 * i + 1]]


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def group(self, *groups):
        if not groups:
            return _sp(self.string, self._spans, 0)
        if len(groups) == 1:
            return _sp(self.string, self._spans, self._index(groups[0]))
        return tuple(_sp(self.string, self._spans, self._index(g)) for g in groups)

    def __getitem__(self, g):
        return _sp(self.string, self._spans, self._index(g))

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            v = _sp(self.string, self._spans, i)
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            v = _sp(self.string, self._spans, i)
            d[name] = default if v is None else v
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the furthest end; on a tie a group closes after
        # the groups nested in it, and after earlier siblings.
        parents = self.re._group_parents()
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            e = self._spans[2 * i + 1]
            if self._spans[2 * i] < 0:
                continue
            if best is None or e > best_end:
                best, best_end = i, e
            elif e == best_end and not _encloses(parents, best, i):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _encloses(parents, outer, inner):
    while 0 < inner < len(parents):
        inner = parents[inner]
        if inner == outer:
            return True
    return False


def _parse_group_parents(p):
    # For each capturing group (by index), the capturing group it is nested in (0: none).
    if not isinstance(p, str):
        p = bytes(p).decode("latin-1")
    parents = [0]
    stack = []
    i = 0
    n = len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if p.startswith("^", i + 1):
                i += 1
            if p.startswith("]", i + 1):
                i += 1
        elif c == "(":
            capturing = True
            if p.startswith("?", i + 1):
                capturing = p.startswith("?P<", i + 1) or (
                    p.startswith("?<", i + 1) and not p.startswith("?<=", i + 1)
                    and not p.startswith("?<!", i + 1))
            if capturing:
                outer = 0
                for g in reversed(stack):
                    if g:
                        outer = g
                        break
                parents.append(outer)
                stack.append(len(parents) - 1)
            else:
                stack.append(0)
        elif c == ")" and stack:
            stack.pop()
        i += 1
    return parents


class Pattern:
    def _group_parents(self):
        try:
            return self._parents
        except AttributeError:
            self._parents = _parse_group_parents(self.pattern)
            return self._parents

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            self._bytes = False
            if not flags & ASCII:
                flags |= UNICODE
        elif isinstance(pattern, (bytes, bytearray)):
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            self._bytes = True
        else:
            raise TypeError("first argument must be string or compiled pattern")
        info = _compile(pattern, flags)
        if info[0] is None:
            raise error(info[1], pattern, info[2])
        self.pattern = pattern
        self.flags = flags
        self.groups = info[0]
        names = info[1]
        self.groupindex = {names[i]: names[i + 1] for i in range(0, len(names), 2)}

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        if endpos is None:
            endpos = len(string)
        spans = _scan(self.pattern, self.flags, string, pos, endpos, mode, 1)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, count=0):
        self._check(string)
        if endpos is None:
            endpos = len(string)
        return _scan(self.pattern, self.flags, string, pos, endpos, 3, count)

    def finditer(self, string, pos=0, endpos=None):
        e = len(string) if endpos is None else endpos
        for spans in self._all(string, pos, endpos):
            yield Match(self, string, spans, pos, e)

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for spans in self._all(string, pos, endpos):
            if g == 0:
                out.append(string[spans[0]:spans[1]])
            elif g == 1:
                v = _sp(string, spans, 1)
                out.append(string[:0] if v is None else v)
            else:
                out.append(tuple(string[:0] if v is None else v
                                 for v in (_sp(string, spans, i) for i in range(1, g + 1))))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        if maxsplit < 0:
            return [string]
        for spans in self._all(string, 0, None, maxsplit):
            out.append(string[last:spans[0]])
            for i in range(1, self.groups + 1):
                out.append(_sp(string, spans, i))
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            self._check(repl)
            parts = _parse_template(self, repl)
            if len(parts) == 1 and not isinstance(parts[0], int):
                lit = parts[0]
                fn = None
            else:
                fn = lambda m: _apply_template(parts, m)
        out = []
        last = 0
        n = 0
        if count < 0:
            return string, 0
        for spans in self._all(string, 0, None, count):
            out.append(string[last:spans[0]])
            if fn is None:
                out.append(lit)
            else:
                r = fn(Match(self, string, spans, 0, len(string)))
                if r is not None:
                    out.append(r)
            last = spans[1]
            n += 1
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        r = repr(self.pattern)
        flags = []
        for name, v in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                        ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                        ("ASCII", 256)):
            if self.flags & v and not (v == 32 and not self._bytes):
                flags.append("re." + name)
        if flags:
            return "re.compile(%s, %s)" % (r, "|".join(flags))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


_OCT = "01234567"
_TEMPLATE_ESC = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
                 "b": "\b", "\\": "\\"}


def _parse_template(pattern, repl):
    is_bytes = not isinstance(repl, str)
    s = repl.decode("latin-1") if is_bytes else repl
    parts = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = s[i + 1]
        if c == "g":
            j = s.find(">", i + 3)
            if i + 2 >= n or s[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = s[i + 3:j]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, i + 3)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j + 1
        elif c == "0" or (c in _OCT and i + 3 < n + 1 and s[i + 2:i + 3] in _OCT
                            and s[i + 3:i + 4] in _OCT and len(s[i + 1:i + 4]) == 3):
            j = i + 1
            digits = ""
            while j < n and len(digits) < 3 and s[j] in _OCT:
                digits += s[j]
                j += 1
            lit.append(chr(int(digits, 8)))
            i = j
        elif c.isdigit():
            j = i + 1
            digits = ""
            while j < n and len(digits) < 2 and s[j].isdigit():
                digits += s[j]
                j += 1
            g = int(digits)
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, repl, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j
        elif c in _TEMPLATE_ESC:
            lit.append(_TEMPLATE_ESC[c])
            i += 2
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\" + c, repl, i)
        else:
            lit.append("\\" + c)
            i += 2
    parts.append("".join(lit))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return [p for p in parts if not (isinstance(p, (str, bytes)) and not p)] or [repl[:0]]


def _apply_template(parts, m):
    out = []
    for p in parts:
        if isinstance(p, int):
            v = m.group(p)
            if v is not None:
                out.append(v)
        else:
            out.append(p)
    return m.string[:0].join(out)


def _expand(pattern, template, m):
    return _apply_template(_parse_template(pattern, template), m)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 64:
            _cache.clear()
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode("latin-1")), "latin-1")
