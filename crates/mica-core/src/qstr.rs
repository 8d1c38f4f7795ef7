//! Interned strings ("qstrs", as MicroPython calls them).
//!
//! Identifiers, attribute names and short string literals are stored once in the
//! [`Interner`] and referred to by a 32-bit [`QStr`] index, so comparing two names is an
//! integer compare and a name costs no GC heap. The names the runtime itself needs
//! (`__init__`, `append`...) are predefined with fixed indices in [`q`].

use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashTable;

/// An interned string: an index into the [`Interner`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct QStr(pub u32);

/// The string hash used for every `str` (interned or on the heap), so equal strings
/// hash equally whatever their representation. FNV-1a, folded to Python's `hash` range
/// (a `const fn`: the hashes of the built-in names are computed at build time).
#[inline]
pub const fn str_hash(s: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < s.len() {
        h ^= s[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

macro_rules! define_qstrs {
    ($($name:ident => $text:literal,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum Predef { $($name,)* }
        /// The predefined qstrs, by name.
        #[allow(non_upper_case_globals)]
        pub mod q {
            use super::{Predef, QStr};
            $(pub const $name: QStr = QStr(Predef::$name as u32);)*
        }
        const PREDEFINED: &[&str] = &[$($text,)*];
    };
}

define_qstrs! {
    EMPTY => "",
    __init__ => "__init__",
    __new__ => "__new__",
    __name__ => "__name__",
    __qualname__ => "__qualname__",
    __module__ => "__module__",
    __doc__ => "__doc__",
    __class__ => "__class__",
    __dict__ => "__dict__",
    __main__ => "__main__",
    __file__ => "__file__",
    __all__ => "__all__",
    __path__ => "__path__",
    __package__ => "__package__",
    __builtins__ => "__builtins__",
    __build_class__ => "__build_class__",
    __classcell__ => "__classcell__",
    __mro__ => "__mro__",
    __bases__ => "__bases__",
    __base__ => "__base__",
    __slots__ => "__slots__",
    __repr__ => "__repr__",
    __str__ => "__str__",
    __format__ => "__format__",
    __hash__ => "__hash__",
    __eq__ => "__eq__",
    __ne__ => "__ne__",
    __lt__ => "__lt__",
    __le__ => "__le__",
    __gt__ => "__gt__",
    __ge__ => "__ge__",
    __bool__ => "__bool__",
    __len__ => "__len__",
    __iter__ => "__iter__",
    __next__ => "__next__",
    __reversed__ => "__reversed__",
    __contains__ => "__contains__",
    __getitem__ => "__getitem__",
    __setitem__ => "__setitem__",
    __delitem__ => "__delitem__",
    __missing__ => "__missing__",
    __getattr__ => "__getattr__",
    __getattribute__ => "__getattribute__",
    __setattr__ => "__setattr__",
    __delattr__ => "__delattr__",
    __get__ => "__get__",
    __set__ => "__set__",
    __delete__ => "__delete__",
    __set_name__ => "__set_name__",
    __call__ => "__call__",
    __enter__ => "__enter__",
    __exit__ => "__exit__",
    __aenter__ => "__aenter__",
    __aexit__ => "__aexit__",
    __await__ => "__await__",
    __aiter__ => "__aiter__",
    __anext__ => "__anext__",
    __add__ => "__add__",
    __sub__ => "__sub__",
    __mul__ => "__mul__",
    __matmul__ => "__matmul__",
    __truediv__ => "__truediv__",
    __floordiv__ => "__floordiv__",
    __mod__ => "__mod__",
    __pow__ => "__pow__",
    __lshift__ => "__lshift__",
    __rshift__ => "__rshift__",
    __or__ => "__or__",
    __xor__ => "__xor__",
    __and__ => "__and__",
    __radd__ => "__radd__",
    __rsub__ => "__rsub__",
    __rmul__ => "__rmul__",
    __rmatmul__ => "__rmatmul__",
    __rtruediv__ => "__rtruediv__",
    __rfloordiv__ => "__rfloordiv__",
    __rmod__ => "__rmod__",
    __rpow__ => "__rpow__",
    __rlshift__ => "__rlshift__",
    __rrshift__ => "__rrshift__",
    __ror__ => "__ror__",
    __rxor__ => "__rxor__",
    __rand__ => "__rand__",
    __iadd__ => "__iadd__",
    __isub__ => "__isub__",
    __imul__ => "__imul__",
    __imatmul__ => "__imatmul__",
    __itruediv__ => "__itruediv__",
    __ifloordiv__ => "__ifloordiv__",
    __imod__ => "__imod__",
    __ipow__ => "__ipow__",
    __ilshift__ => "__ilshift__",
    __irshift__ => "__irshift__",
    __ior__ => "__ior__",
    __ixor__ => "__ixor__",
    __iand__ => "__iand__",
    __neg__ => "__neg__",
    __pos__ => "__pos__",
    __invert__ => "__invert__",
    __abs__ => "__abs__",
    __int__ => "__int__",
    __float__ => "__float__",
    __complex__ => "__complex__",
    __index__ => "__index__",
    __round__ => "__round__",
    __divmod__ => "__divmod__",
    __rdivmod__ => "__rdivmod__",
    __del__ => "__del__",
    __init_subclass__ => "__init_subclass__",
    __traceback__ => "__traceback__",
    __cause__ => "__cause__",
    __context__ => "__context__",
    __suppress_context__ => "__suppress_context__",
    __self__ => "__self__",
    __func__ => "__func__",
    __defaults__ => "__defaults__",
    __kwdefaults__ => "__kwdefaults__",
    __code__ => "__code__",
    __closure__ => "__closure__",
    __globals__ => "__globals__",
    __wrapped__ => "__wrapped__",
    __annotations__ => "__annotations__",
    __debug__ => "__debug__",
    __import__ => "__import__",
    __spec__ => "__spec__",
    __loader__ => "__loader__",
    __version__ => "__version__",
    underscore => "_",
    args => "args",
    value => "value",
    errno => "errno",
    strerror => "strerror",
    filename => "filename",
    lineno => "lineno",
    offset => "offset",
    text => "text",
    msg => "msg",
    code => "code",
    name => "name",
    path => "path",
    key => "key",
    reverse => "reverse",
    default => "default",
    sep => "sep",
    end => "end",
    file => "file",
    flush => "flush",
    start => "start",
    stop => "stop",
    step => "step",
    real => "real",
    imag => "imag",
    numerator => "numerator",
    denominator => "denominator",
    send => "send",
    throw => "throw",
    close => "close",
    write => "write",
    read => "read",
    readline => "readline",
    keys => "keys",
    items => "items",
    values => "values",
    fget => "fget",
    fset => "fset",
    fdel => "fdel",
    getter => "getter",
    setter => "setter",
    deleter => "deleter",
    metaclass => "metaclass",
    object => "object",
    builtins => "builtins",
    sys => "sys",
    super_ => "super",
    self_ => "self",
    encoding => "encoding",
    errors => "errors",
    base => "base",
    maxsplit => "maxsplit",
    ndigits => "ndigits",
    mode => "mode",
    globals => "globals",
    locals => "locals",
    fromlist => "fromlist",
    level => "level",
    source => "source",
    exec => "exec",
    eval => "eval",
    single => "single",
    lt_module => "<module>",
    lt_lambda => "<lambda>",
    lt_stdin => "<stdin>",
    lt_string => "<string>",
    append => "append",
    pop => "pop",
}

/// The 128 one-character ASCII strings, interned at build time after the predefined
/// names (so indexing an ASCII str allocates nothing).
const ASCII_BYTES: [u8; 128] = {
    let mut b = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        b[i] = i as u8;
        i += 1;
    }
    b
};
const ASCII: &str = match core::str::from_utf8(&ASCII_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("ASCII is UTF-8"),
};

/// The other names the runtime interns while it starts (built-in types, exceptions,
/// functions and methods), so that start-up interns nothing at run time: the test
/// `startup_interns_nothing_at_run_time` (`tests/vm_basic.rs`) lists what is missing
/// here. A name that is not here still works; it only costs RAM.
const BUILTIN_NAMES: &[&str] = &[
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "memoryview",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "function",
    "builtin_function_or_method",
    "method",
    "module",
    "generator",
    "coroutine",
    "async_generator",
    "iterator",
    "property",
    "staticmethod",
    "classmethod",
    "cell",
    "dict_keys",
    "dict_values",
    "dict_items",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "traceback",
    "async_generator_asend",
    "BaseException",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "Exception",
    "StopIteration",
    "StopAsyncIteration",
    "ArithmeticError",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "ModuleNotFoundError",
    "LookupError",
    "IndexError",
    "KeyError",
    "MemoryError",
    "NameError",
    "UnboundLocalError",
    "OSError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "ReferenceError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "SystemError",
    "TypeError",
    "ValueError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "RuntimeWarning",
    "EnvironmentError",
    "IOError",
    "NotImplemented",
    "Ellipsis",
    "print",
    "len",
    "repr",
    "ascii",
    "isinstance",
    "issubclass",
    "hasattr",
    "getattr",
    "setattr",
    "delattr",
    "id",
    "hash",
    "callable",
    "iter",
    "next",
    "exit",
    "quit",
    "abs",
    "all",
    "any",
    "sum",
    "min",
    "max",
    "sorted",
    "chr",
    "ord",
    "bin",
    "oct",
    "hex",
    "divmod",
    "pow",
    "round",
    "dir",
    "help",
    "vars",
    "input",
    "compile",
    "mro",
    "__subclasses__",
    "bit_length",
    "to_bytes",
    "from_bytes",
    "conjugate",
    "bit_count",
    "as_integer_ratio",
    "is_integer",
    "fromhex",
    "maketrans",
    "translate",
    "join",
    "split",
    "rsplit",
    "splitlines",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "replace",
    "upper",
    "lower",
    "casefold",
    "title",
    "capitalize",
    "swapcase",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "expandtabs",
    "isalpha",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isspace",
    "isalnum",
    "isascii",
    "isprintable",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "partition",
    "rpartition",
    "encode",
    "format",
    "format_map",
    "removeprefix",
    "removesuffix",
    "extend",
    "insert",
    "remove",
    "clear",
    "copy",
    "sort",
    "isdisjoint",
    "get",
    "setdefault",
    "popitem",
    "update",
    "fromkeys",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "add",
    "discard",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
    "indices",
    "decode",
    "tobytes",
    "tolist",
    "toreadonly",
    "release",
    "asend",
    "athrow",
    "aclose",
    "with_traceback",
    "TextIOWrapper",
    "__class_getitem__",
    "readlines",
    "writelines",
    "readinto",
    "seek",
    "tell",
    "readable",
    "writable",
    "closed",
    "open",
];

/// The names and short string constants of the frozen modules that are not among the
/// strings above (generated by `tools/freeze`): build-time strings too, so loading a
/// frozen module interns nothing.
const FROZEN_NAMES: &[&str] = crate::modules::frozen_code::FROZEN_NAMES;

/// Strings known at build time: the predefined names, the ASCII characters, the
/// built-in names, then the frozen modules' names.
const N_PREDEFINED: usize = PREDEFINED.len();
const N_ASCII_END: usize = N_PREDEFINED + 128;
const N_CORE_STATIC: usize = N_ASCII_END + BUILTIN_NAMES.len();
const N_STATIC: usize = N_CORE_STATIC + FROZEN_NAMES.len();
const _: () = assert!(N_STATIC < u16::MAX as usize);

/// The interned one-character string of each ASCII character (the predefined name
/// when there is one, as `_`), so indexing an ASCII str allocates nothing.
static ASCII_QSTRS: [QStr; 128] = {
    let mut t = [QStr(0); 128];
    let mut c = 0;
    while c < 128 {
        let mut idx = N_PREDEFINED + c;
        let mut i = 0;
        while i < N_PREDEFINED {
            let p = PREDEFINED[i].as_bytes();
            if p.len() == 1 && p[0] as usize == c {
                idx = i;
                break;
            }
            i += 1;
        }
        t[c] = QStr(idx as u32);
        c += 1;
    }
    t
};

/// The interned string of ASCII character `c` (its low 7 bits).
#[inline]
pub fn ascii_char(c: u8) -> QStr {
    ASCII_QSTRS[(c & 0x7f) as usize]
}

/// The build-time strings' text.
const fn static_text(i: usize) -> &'static str {
    if i < N_PREDEFINED {
        PREDEFINED[i]
    } else if i < N_ASCII_END {
        let c = i - N_PREDEFINED;
        // A const-friendly `&ASCII[c..c + 1]`.
        match core::str::from_utf8(ASCII.as_bytes().split_at(c).1.split_at(1).0) {
            Ok(s) => s,
            Err(_) => panic!("ASCII is UTF-8"),
        }
    } else if i < N_CORE_STATIC {
        BUILTIN_NAMES[i - N_ASCII_END]
    } else {
        FROZEN_NAMES[i - N_CORE_STATIC]
    }
}

/// The interned string of `s`, a build-time name (predefined, one ASCII character or in
/// `BUILTIN_NAMES`), computed at build time: `static` tables of native methods name
/// their entries with it. A name that is not a build-time string fails the build.
pub const fn static_qstr(s: &str) -> QStr {
    let mut i = 0;
    while i < N_CORE_STATIC {
        if bytes_eq(static_text(i).as_bytes(), s.as_bytes()) {
            return QStr(i as u32);
        }
        i += 1;
    }
    panic!("not a build-time name: add it to BUILTIN_NAMES")
}

/// The build-time strings' hashes.
static STATIC_HASHES: [i64; N_STATIC] = {
    let mut h = [0i64; N_STATIC];
    let mut i = 0;
    while i < N_STATIC {
        h[i] = str_hash(static_text(i).as_bytes());
        i += 1;
    }
    h
};

/// Open-addressing table (linear probing) of the build-time strings by hash, built at
/// build time: `u16::MAX` marks an empty bucket. A string listed twice (the ASCII
/// character `_` is also a predefined name) is entered once, under its first index, so
/// every string has one index.
const STATIC_BUCKETS: usize = (N_STATIC * 2).next_power_of_two();
static STATIC_TABLE: [u16; STATIC_BUCKETS] = {
    let mut t = [u16::MAX; STATIC_BUCKETS];
    let mut i = 0;
    while i < N_STATIC {
        let text = static_text(i).as_bytes();
        let mut at = STATIC_HASHES[i] as usize & (STATIC_BUCKETS - 1);
        loop {
            let e = t[at];
            if e == u16::MAX {
                t[at] = i as u16;
                break;
            }
            if bytes_eq(static_text(e as usize).as_bytes(), text) {
                break;
            }
            at = (at + 1) & (STATIC_BUCKETS - 1);
        }
        i += 1;
    }
    t
};

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `static_text` at run time (no UTF-8 check).
#[inline]
fn static_str(i: usize) -> &'static str {
    if i < N_PREDEFINED {
        PREDEFINED[i]
    } else if i < N_ASCII_END {
        let c = i - N_PREDEFINED;
        ASCII.get(c..c + 1).unwrap_or("")
    } else if i < N_CORE_STATIC {
        BUILTIN_NAMES.get(i - N_ASCII_END).copied().unwrap_or("")
    } else {
        FROZEN_NAMES.get(i - N_CORE_STATIC).copied().unwrap_or("")
    }
}

/// Whether `s` is one of the core's own build-time strings (predefined, ASCII or
/// built-in; not a frozen module's name): `tools/freeze` leaves these out of the frozen
/// modules' names.
pub fn is_core_static(s: &str) -> bool {
    Interner::lookup_static(s, str_hash(s.as_bytes()))
        .is_some_and(|q| (q.0 as usize) < N_CORE_STATIC)
}

/// A string interned at run time: borrowed when it is `'static` (a name in the
/// firmware's own tables), else owned.
enum Text {
    Static(&'static str),
    Owned(Box<str>),
}

impl Text {
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Text::Static(s) => s,
            Text::Owned(s) => s,
        }
    }
}

/// The table of interned strings.
///
/// Indices below `N_STATIC` are the build-time strings (predefined names, ASCII
/// characters): their text, hashes and lookup table are static data and cost no RAM.
/// Strings interned at run time follow; a `'static` one (`intern_static`: the names of
/// built-in methods and modules) is not copied.
pub struct Interner {
    /// Run-time strings, from index `N_STATIC`.
    texts: Vec<Text>,
    hashes: Vec<i64>,
    /// Run-time strings by hash (the values are `QStr` indices).
    table: HashTable<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Interner {
        Interner {
            texts: Vec::new(),
            hashes: Vec::new(),
            table: HashTable::new(),
        }
    }

    /// The build-time string `s` (hash `hash`), if it is one.
    #[inline]
    fn lookup_static(s: &str, hash: i64) -> Option<QStr> {
        let mut at = hash as usize & (STATIC_BUCKETS - 1);
        loop {
            let e = STATIC_TABLE[at];
            if e == u16::MAX {
                return None;
            }
            if static_str(e as usize) == s {
                return Some(QStr(e as u32));
            }
            at = (at + 1) & (STATIC_BUCKETS - 1);
        }
    }

    fn lookup_hashed(&self, s: &str, hash: i64) -> Option<QStr> {
        if let Some(q) = Self::lookup_static(s, hash) {
            return Some(q);
        }
        let texts = &self.texts;
        self.table
            .find(hash as u64, |&i| texts[i as usize - N_STATIC].as_str() == s)
            .map(|&i| QStr(i))
    }

    fn insert(&mut self, text: Text, hash: i64) -> QStr {
        let i = (N_STATIC + self.texts.len()) as u32;
        self.texts.push(text);
        self.hashes.push(hash);
        let hashes = &self.hashes;
        self.table
            .insert_unique(hash as u64, i, |&j| hashes[j as usize - N_STATIC] as u64);
        QStr(i)
    }

    /// Intern `s`, returning its existing index if it is already present.
    pub fn intern(&mut self, s: &str) -> QStr {
        let hash = str_hash(s.as_bytes());
        match self.lookup_hashed(s, hash) {
            Some(q) => q,
            None => self.insert(Text::Owned(s.into()), hash),
        }
    }

    /// [`Interner::intern`] for a string that lives for ever (a name in a static
    /// table): it is not copied.
    pub fn intern_static(&mut self, s: &'static str) -> QStr {
        let hash = str_hash(s.as_bytes());
        match self.lookup_hashed(s, hash) {
            Some(q) => q,
            None => self.insert(Text::Static(s), hash),
        }
    }

    /// The index of `s` if it is interned.
    pub fn lookup(&self, s: &str) -> Option<QStr> {
        self.lookup_hashed(s, str_hash(s.as_bytes()))
    }

    #[inline]
    pub fn get(&self, q: QStr) -> &str {
        let i = q.0 as usize;
        if i < N_STATIC {
            static_str(i)
        } else {
            self.texts[i - N_STATIC].as_str()
        }
    }

    #[inline]
    pub fn hash(&self, q: QStr) -> i64 {
        let i = q.0 as usize;
        if i < N_STATIC {
            STATIC_HASHES[i]
        } else {
            self.hashes[i - N_STATIC]
        }
    }

    pub fn len(&self) -> usize {
        N_STATIC + self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The strings interned at run time so far (after the build-time ones), in order.
    pub fn runtime_strings(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().map(Text::as_str)
    }

    /// Give back unused capacity (once start-up interned the runtime's own names).
    pub fn shrink_to_fit(&mut self) {
        self.texts.shrink_to_fit();
        self.hashes.shrink_to_fit();
        let hashes = &self.hashes;
        self.table
            .shrink_to_fit(|&j| hashes[j as usize - N_STATIC] as u64);
    }

    /// Bytes held by interned strings (for `micropython.qstr_info`).
    pub fn bytes(&self) -> usize {
        (0..self.len())
            .map(|i| self.get(QStr(i as u32)).len())
            .sum()
    }

    /// Bytes of RAM the table takes: its vectors, its hash table and the copied text.
    pub fn ram_bytes(&self) -> usize {
        use core::mem::size_of;
        let copied: usize = self
            .texts
            .iter()
            .map(|t| match t {
                Text::Owned(s) => s.len(),
                Text::Static(_) => 0,
            })
            .sum();
        self.texts.capacity() * size_of::<Text>()
            + self.hashes.capacity() * size_of::<i64>()
            + self.table.capacity() * (size_of::<u32>() + 1)
            + copied
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_are_stable() {
        let i = Interner::new();
        assert_eq!(i.get(q::__init__), "__init__");
        assert_eq!(i.get(q::lt_module), "<module>");
    }

    #[test]
    fn build_time_strings() {
        let mut i = Interner::new();
        assert_eq!(i.lookup("__init__"), Some(q::__init__));
        assert_eq!(i.hash(q::__init__), str_hash(b"__init__"));
        // One index per string: `_` is predefined, the other characters follow.
        let us = i.intern("_");
        assert!((us.0 as usize) < N_PREDEFINED);
        let a = i.intern("a");
        assert_eq!(a.0 as usize, N_PREDEFINED + b'a' as usize);
        assert_eq!(i.get(a), "a");
        assert_eq!(i.hash(a), str_hash(b"a"));
        assert_eq!(i.get(QStr((N_PREDEFINED) as u32)), "\0");
        for c in 0u8..128 {
            let mut buf = [0u8; 4];
            assert_eq!(ascii_char(c), i.intern((c as char).encode_utf8(&mut buf)));
        }
        // Nothing was added at run time.
        assert_eq!(i.len(), N_STATIC);
        let t = i.intern("TypeError");
        assert!((t.0 as usize) >= N_ASCII_END && (t.0 as usize) < N_STATIC);
        assert_eq!(i.get(t), "TypeError");
        let s = i.intern_static("a_static_name");
        assert_eq!(i.intern("a_static_name"), s);
        assert_eq!(i.get(s), "a_static_name");
        assert_eq!(i.len(), N_STATIC + 1);
    }

    #[test]
    fn build_time_strings_are_listed_once() {
        let mut seen = alloc::collections::BTreeSet::new();
        for i in 0..N_STATIC {
            let s = static_text(i);
            // Only the ASCII `_` repeats a predefined name.
            assert!(seen.insert(s) || s == "_", "{s:?} is listed twice");
            assert_eq!(static_str(i), s);
        }
    }

    #[test]
    fn intern_dedups() {
        let mut i = Interner::new();
        let a = i.intern("hello");
        let b = i.intern("hello");
        assert_eq!(a, b);
        assert_eq!(i.intern("__init__"), q::__init__);
        assert_eq!(i.lookup("hello"), Some(a));
        assert_eq!(i.lookup("nope"), None);
    }
}
