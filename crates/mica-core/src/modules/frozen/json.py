# Frozen implementation of the `json` module (compiled at import time).


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(float(o))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {} if check_circular else None

    def key_str(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if isinstance(k, int):
            return str(int(k))
        return None

    def encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(str(int(o)))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, out, level)
        elif isinstance(o, dict):
            self.encode_dict(o, out, level)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
            self.enter(o)
            self.encode(self.default(o), out, level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return "\n" + self.indent * level

    def encode_list(self, o, out, level):
        if not o:
            out.append("[]")
            return
        self.enter(o)
        out.append("[")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = sep + self.newline(level)
            out.append(self.newline(level))
        first = True
        for x in o:
            if not first:
                out.append(sep)
            first = False
            self.encode(x, out, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("]")
        self.leave(o)

    def encode_dict(self, o, out, level):
        if not o:
            out.append("{}")
            return
        self.enter(o)
        out.append("{")
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = sep + self.newline(level)
            out.append(self.newline(level))
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            ks = self.key_str(k)
            if ks is None:
                if self.skipkeys:
                    continue
                raise TypeError("keys must be str, int, float, bool or None, not "
                                + type(k).__name__)
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(ks, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(v, out, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("}")
        self.leave(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    enc = _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                   default, sort_keys)
    out = []
    enc.encode(obj, out, 0)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_SIMPLE_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
               "t": "\t"}
_DIGITS = "0123456789"


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant, strict):
        self.s = s
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def skip_ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.obj(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and s[i] in "123456789":
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        s = self.s
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == "\\" or (c < " " and self.strict):
                    break
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return "".join(chunks), j + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j]
            if e != "u":
                r = _SIMPLE_ESC.get(e)
                if r is None:
                    raise JSONDecodeError("Invalid \\escape", s, j - 1)
                chunks.append(r)
                i = j + 1
                continue
            u = self.hex4(j + 1)
            i = j + 5
            if 0xD800 <= u <= 0xDBFF and s[i:i + 2] == "\\u":
                u2 = self.hex4(i + 2)
                if 0xDC00 <= u2 <= 0xDFFF:
                    u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))
                    i += 6
            chunks.append(chr(u))

    def hex4(self, i):
        esc = self.s[i:i + 4]
        if len(esc) == 4 and all(c in "0123456789abcdefABCDEF" for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)

    def obj(self, i):
        s = self.s
        pairs = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "}":
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip_ws(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip_ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "}":
                return self.finish_obj(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip_ws(i + 1)

    def finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = {}
        for k, v in pairs:
            d[k] = v
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip_ws(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not "
                        + type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    dec = _Decoder(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
                   strict)
    i = dec.skip_ws(0)
    value, i = dec.value(i)
    end = dec.skip_ws(i)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
