//! The value representation: what a variable, stack slot or container element holds.
//!
//! A [`Value`] is a 16-byte `Copy` enum. Immediate values (None, booleans, small ints,
//! floats, interned strings) never touch the heap; everything else is an [`ObjRef`], a
//! 32-bit index into the GC heap (see [`crate::gc`]). Because references are indices and
//! not pointers, a stale reference can at worst name the wrong object — never undefined
//! behaviour — and the heap can be walked, compacted in accounting and bounded.

use crate::qstr::QStr;

/// A handle to a heap object: an index into [`crate::gc::Heap`]'s slot table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A Python value.
#[derive(Clone, Copy, Debug)]
#[repr(u32)]
pub enum Value {
    /// Internal marker, never visible to Python: an unbound local, an empty slot, the
    /// "no self" half of a `LoadMethod` pair, a deleted dict entry.
    Null,
    None,
    Bool(bool),
    /// A machine-word int; results that overflow become heap `BigInt`s.
    Int(i64),
    Float(f64),
    /// An interned string (identifier, short literal).
    Str(QStr),
    /// `NotImplemented`.
    NotImplemented,
    /// `...`.
    Ellipsis,
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<QStr> for Value {
    fn from(q: QStr) -> Value {
        Value::Str(q)
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
