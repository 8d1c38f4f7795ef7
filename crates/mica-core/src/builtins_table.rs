//! The `builtins` namespace: a `static` table (flash on a device) of what is known at
//! build time, under a small dict in RAM (the overlay, `Vm::builtins`).
//!
//! The table names every built-in function, class, exception and constant
//! ([`BuiltinDef`]: the name's `QStr`, computed at build time by
//! [`crate::qstr::static_qstr`], and what it stands for), sorted by name at build time.
//! Nothing of it is in RAM after start-up: a name is made into its value when a program
//! first looks it up (a function object is allocated then) and entered into the overlay
//! dict, so later lookups (and the global-lookup cache, see `Vm::load_global`) find it
//! there and it stays one object (`len is len`). The overlay also holds what programs
//! assign (`builtins.foo = 1`, the REPL's `_`), which shadows the table.
//!
//! Lookups go module globals -> overlay -> table ([`Vm::builtin_get`]). Whatever needs
//! the namespace as one dict (`builtins.__dict__`, `exec`'s `__builtins__`,
//! `from builtins import *`, `help(builtins)`) or deletes a name of the table makes the
//! overlay complete first ([`Vm::builtins_dict`]); from then on the table is not looked
//! at (`Vm::builtins_full`), so a deleted name stays deleted.

use alloc::vec::Vec;

use crate::builtins::BUILTIN_FUNCTIONS;
use crate::error::{ExcKind, PyResult};
use crate::object::{NativeFunc, Obj};
use crate::qstr::{q, static_qstr, QStr};
use crate::types::Types;
use crate::value::{ObjRef, Value};
use crate::vm::{NativeFn, Vm};

/// What a name of the static `builtins` table stands for.
#[derive(Clone, Copy)]
pub enum BuiltinKind {
    /// A built-in function, its arguments checked against its signature in
    /// `native_arity` (`print`, `len`...).
    Function(NativeFn),
    /// A native function without a signature (`format`).
    Native(NativeFn),
    /// A built-in class.
    Type(fn(&Types) -> ObjRef),
    /// A built-in exception class.
    Exception(ExcKind),
    /// A value that is no object (`NotImplemented`, `__debug__`...): its index in
    /// `CONSTS` (a `Value` here would make every entry twice as big).
    Const(u8),
}

/// One name of the static `builtins` table.
#[derive(Clone, Copy)]
pub struct BuiltinDef {
    pub name: QStr,
    pub kind: BuiltinKind,
}

/// Built-in classes that `builtins` does not name.
const HIDDEN_TYPES: &[&str] = &[
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
    "cell",
    "code",
    "dict_keys",
    "dict_values",
    "dict_items",
    "traceback",
    "async_generator_asend",
];

/// Other names of exception classes.
const EXC_ALIASES: &[(&str, ExcKind)] = &[
    ("EnvironmentError", ExcKind::OSError),
    ("IOError", ExcKind::OSError),
];

const CONSTS: &[(&str, Value)] = &[
    ("NotImplemented", Value::NotImplemented),
    ("Ellipsis", Value::Ellipsis),
    ("__debug__", Value::Bool(true)),
    ("__name__", Value::Str(q::builtins)),
];

/// Built-in functions defined outside `builtins.rs`.
const MORE_FUNCTIONS: &[(&str, NativeFn)] = &[("open", crate::fileio::builtin_open)];

/// Native functions without a signature.
const NATIVES: &[(&str, NativeFn)] = &[("format", crate::builtin_types::builtin_format)];

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
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

const fn hidden(name: &str) -> bool {
    let mut i = 0;
    while i < HIDDEN_TYPES.len() {
        if str_eq(HIDDEN_TYPES[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

const fn named_types() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < Types::NAMED.len() {
        if !hidden(Types::NAMED[i].0) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// How many names the table has.
pub const N_BUILTINS: usize = named_types()
    + ExcKind::ALL.len()
    + EXC_ALIASES.len()
    + CONSTS.len()
    + BUILTIN_FUNCTIONS.len()
    + MORE_FUNCTIONS.len()
    + NATIVES.len();

const fn build() -> [BuiltinDef; N_BUILTINS] {
    let mut t = [BuiltinDef {
        name: QStr(0),
        kind: BuiltinKind::Const(0),
    }; N_BUILTINS];
    let mut n = 0;
    let mut i = 0;
    while i < Types::NAMED.len() {
        let (name, get) = Types::NAMED[i];
        if !hidden(name) {
            t[n] = BuiltinDef {
                name: static_qstr(name),
                kind: BuiltinKind::Type(get),
            };
            n += 1;
        }
        i += 1;
    }
    i = 0;
    while i < ExcKind::ALL.len() {
        let (kind, name, _) = ExcKind::ALL[i];
        t[n] = BuiltinDef {
            name: static_qstr(name),
            kind: BuiltinKind::Exception(kind),
        };
        n += 1;
        i += 1;
    }
    i = 0;
    while i < EXC_ALIASES.len() {
        let (name, kind) = EXC_ALIASES[i];
        t[n] = BuiltinDef {
            name: static_qstr(name),
            kind: BuiltinKind::Exception(kind),
        };
        n += 1;
        i += 1;
    }
    i = 0;
    while i < CONSTS.len() {
        t[n] = BuiltinDef {
            name: static_qstr(CONSTS[i].0),
            kind: BuiltinKind::Const(i as u8),
        };
        n += 1;
        i += 1;
    }
    i = 0;
    while i < BUILTIN_FUNCTIONS.len() {
        let (name, f) = BUILTIN_FUNCTIONS[i];
        t[n] = BuiltinDef {
            name: static_qstr(name),
            kind: BuiltinKind::Function(f),
        };
        n += 1;
        i += 1;
    }
    i = 0;
    while i < MORE_FUNCTIONS.len() {
        let (name, f) = MORE_FUNCTIONS[i];
        t[n] = BuiltinDef {
            name: static_qstr(name),
            kind: BuiltinKind::Function(f),
        };
        n += 1;
        i += 1;
    }
    i = 0;
    while i < NATIVES.len() {
        let (name, f) = NATIVES[i];
        t[n] = BuiltinDef {
            name: static_qstr(name),
            kind: BuiltinKind::Native(f),
        };
        n += 1;
        i += 1;
    }
    // Sorted by name (insertion sort: a `const fn` has no `sort`).
    i = 1;
    while i < N_BUILTINS {
        let mut j = i;
        while j > 0 && t[j - 1].name.0 > t[j].name.0 {
            let tmp = t[j - 1];
            t[j - 1] = t[j];
            t[j] = tmp;
            j -= 1;
        }
        i += 1;
    }
    i = 1;
    while i < N_BUILTINS {
        if t[i - 1].name.0 == t[i].name.0 {
            panic!("a builtin name is listed twice");
        }
        i += 1;
    }
    t
}

#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<BuiltinDef>() == 12);

/// The static `builtins` table, sorted by name.
pub static BUILTINS_TABLE: [BuiltinDef; N_BUILTINS] = build();

/// The table's entry for `name`.
#[inline]
pub fn static_builtin(name: QStr) -> Option<&'static BuiltinDef> {
    BUILTINS_TABLE
        .binary_search_by_key(&name.0, |d| d.name.0)
        .ok()
        .map(|i| &BUILTINS_TABLE[i])
}

impl Vm {
    /// The value `def` stands for (a function object is allocated). The built-ins stay
    /// usable with the heap full or locked (`micropython.heap_lock()`, as in an
    /// interrupt handler): past the budget the object is allocated anyway and the next
    /// allocation fails instead, as for the native methods (`Vm::make_native`).
    fn make_builtin(&mut self, def: &BuiltinDef) -> PyResult<Value> {
        let native = match def.kind {
            BuiltinKind::Function(f) => {
                let sig = crate::native_arity::lookup("builtins", self.interner.get(def.name));
                NativeFunc::new(def.name, f, 0).with_signature(sig, false)
            }
            BuiltinKind::Native(f) => NativeFunc::new(def.name, f, 0),
            BuiltinKind::Type(get) => return Ok(Value::Obj(get(&self.types))),
            BuiltinKind::Exception(kind) => return Ok(Value::Obj(self.exc_class(kind))),
            BuiltinKind::Const(i) => {
                return Ok(CONSTS.get(i as usize).map_or(Value::None, |c| c.1));
            }
        };
        let r = match self.heap.alloc(Obj::Native(native)) {
            Ok(r) => r,
            Err(_) => match self.heap.alloc_forced(Obj::Native(native)) {
                Ok(r) => r,
                Err(_) => return Err(self.memory_error()),
            },
        };
        Ok(Value::Obj(r))
    }

    /// Enter `name` (absent) into the overlay, its growth charged even past the budget
    /// (see `make_builtin`).
    fn overlay_insert(&mut self, name: QStr, v: Value) {
        let b = self.builtins;
        let hash = self.interner.hash(name);
        let before = self.dict_of(b).heap_size();
        if let Some(d) = self.dict_of_mut(b) {
            d.insert_new(hash, Value::Str(name), v);
        }
        let after = self.dict_of(b).heap_size();
        if after > before {
            self.heap.charge_forced(after - before);
        }
    }

    /// `name` in `builtins`: the overlay dict, then the static table.
    pub fn builtin_get(&mut self, name: QStr) -> PyResult<Option<Value>> {
        let b = self.builtins;
        if let Some(v) = self.dict_get_str(b, name) {
            return Ok(Some(v));
        }
        self.builtin_from_table(name)
    }

    /// `name` from the static table (after a miss in the overlay), made and entered
    /// into the overlay; `None` when the table does not have it or is no longer looked
    /// at.
    pub fn builtin_from_table(&mut self, name: QStr) -> PyResult<Option<Value>> {
        if self.builtins_full {
            return Ok(None);
        }
        let Some(def) = static_builtin(name) else {
            return Ok(None);
        };
        let v = self.make_builtin(def)?;
        self.overlay_insert(name, v);
        Ok(Some(v))
    }

    /// The `builtins` dict made complete: every name of the static table not in the
    /// overlay is entered into it, and the table is not looked at any more.
    pub fn builtins_dict(&mut self) -> PyResult<ObjRef> {
        let b = self.builtins;
        if !self.builtins_full {
            for def in BUILTINS_TABLE.iter() {
                if self.dict_get_str(b, def.name).is_none() {
                    let v = self.make_builtin(def)?;
                    self.overlay_insert(def.name, v);
                }
            }
            self.builtins_full = true;
        }
        Ok(b)
    }

    /// Before `name` is deleted from dict `d`: when `d` is the overlay and the table has
    /// `name`, the overlay is made complete (so the name does not come back from the
    /// table).
    pub fn before_builtins_delete(&mut self, d: ObjRef, name: QStr) -> PyResult<()> {
        if d == self.builtins && !self.builtins_full && static_builtin(name).is_some() {
            self.builtins_dict()?;
        }
        Ok(())
    }

    /// The names in `builtins` (the overlay's keys, then the table's other names),
    /// without making anything.
    pub fn builtin_names(&self) -> Vec<Value> {
        let b = self.builtins;
        let mut names = match self.heap.get(b) {
            Obj::Dict(d) => d.keys(),
            _ => Vec::new(),
        };
        if !self.builtins_full {
            for def in BUILTINS_TABLE.iter() {
                if self.dict_get_str(b, def.name).is_none() {
                    names.push(Value::Str(def.name));
                }
            }
        }
        names
    }
}
