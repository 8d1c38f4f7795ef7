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
/// hash equally whatever their representation. FNV-1a, folded to Python's `hash` range.
#[inline]
pub fn str_hash(s: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
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
        static PREDEFINED: &[&str] = &[$($text,)*];
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

/// The table of interned strings.
pub struct Interner {
    strings: Vec<Box<str>>,
    hashes: Vec<i64>,
    table: HashTable<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Interner {
        let mut interner = Interner {
            strings: Vec::with_capacity(PREDEFINED.len() * 2),
            hashes: Vec::with_capacity(PREDEFINED.len() * 2),
            table: HashTable::with_capacity(PREDEFINED.len() * 2),
        };
        for s in PREDEFINED {
            interner.intern(s);
        }
        interner
    }

    /// Intern `s`, returning its existing index if it is already present.
    pub fn intern(&mut self, s: &str) -> QStr {
        let hash = str_hash(s.as_bytes());
        let strings = &self.strings;
        if let Some(&i) = self
            .table
            .find(hash as u64, |&i| &*strings[i as usize] == s)
        {
            return QStr(i);
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.into());
        self.hashes.push(hash);
        let hashes = &self.hashes;
        self.table
            .insert_unique(hash as u64, i, |&j| hashes[j as usize] as u64);
        QStr(i)
    }

    /// The index of `s` if it is interned.
    pub fn lookup(&self, s: &str) -> Option<QStr> {
        let hash = str_hash(s.as_bytes());
        self.table
            .find(hash as u64, |&i| &*self.strings[i as usize] == s)
            .map(|&i| QStr(i))
    }

    #[inline]
    pub fn get(&self, q: QStr) -> &str {
        &self.strings[q.0 as usize]
    }

    #[inline]
    pub fn hash(&self, q: QStr) -> i64 {
        self.hashes[q.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// Bytes held by interned strings (for `micropython.qstr_info`).
    pub fn bytes(&self) -> usize {
        self.strings.iter().map(|s| s.len()).sum()
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
