//! The object protocol the VM and built-ins share: constructing values, hashing and
//! equality, dict access with Python-level `__eq__`, truthiness, attribute lookup with
//! descriptors, calling classes, iteration, and `str`/`repr`.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::objdict::{Dict, Find};
use crate::object::{
    BaseKind, DictViewKind, Function, Instance, IterObj, NativeFunc, Obj, SetObj, StrObj,
};
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::{GlobalCacheEntry, NativeFn, Vm};

/// The outcome of [`Vm::dict_lookup`].
enum Lookup {
    /// The key is at this position (checked after the last call into Python).
    At(usize),
    Missing,
    /// An `__eq__` answered true but changed the table (only with `equal_wins`).
    Equal,
}

impl Vm {
    // ------------------------------------------------------------ constructors

    pub fn new_str(&mut self, s: String) -> PyResult<Value> {
        if s.is_empty() {
            return Ok(Value::Str(q::EMPTY));
        }
        let r = self.alloc(Obj::Str(StrObj::new(s.into_boxed_str())))?;
        Ok(Value::Obj(r))
    }

    pub fn new_str_from(&mut self, s: &str) -> PyResult<Value> {
        self.new_str(String::from(s))
    }

    /// An interned string value (for names and short constants).
    pub fn intern_value(&mut self, s: &str) -> Value {
        Value::Str(self.interner.intern(s))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::Obj(self.types_empty_tuple()));
        }
        let r = self.alloc(Obj::Tuple(items.into_boxed_slice()))?;
        Ok(Value::Obj(r))
    }

    fn types_empty_tuple(&mut self) -> ObjRef {
        // Allocated once by init_runtime and kept as a module root.
        match self.module_roots.first() {
            Some(Value::Obj(r)) => *r,
            _ => self
                .heap
                .alloc(Obj::Tuple(Box::new([])))
                .unwrap_or_else(|_| panic!("mica: heap too small")),
        }
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let r = self.alloc(Obj::List(items))?;
        Ok(Value::Obj(r))
    }

    pub fn new_dict(&mut self) -> PyResult<Value> {
        let r = self.alloc(Obj::Dict(Box::new(Dict::new())))?;
        Ok(Value::Obj(r))
    }

    pub fn new_set(&mut self, frozen: bool) -> PyResult<Value> {
        let r = self.alloc(Obj::Set(Box::new(SetObj {
            items: Dict::new_set(),
            frozen,
        })))?;
        Ok(Value::Obj(r))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        let r = self.alloc(Obj::Bytes(b.into_boxed_slice()))?;
        Ok(Value::Obj(r))
    }

    pub fn new_native(&mut self, name: &'static str, f: NativeFn) -> PyResult<Value> {
        let q = self.interner.intern_static(name);
        let r = self.alloc(Obj::Native(NativeFunc::new(q, f, 0)))?;
        Ok(Value::Obj(r))
    }

    /// A built-in function (`print`, `open`...), its arguments checked against its
    /// signature in `native_arity`.
    pub fn new_builtin_function(&mut self, name: &'static str, f: NativeFn) -> PyResult<Value> {
        let q = self.interner.intern_static(name);
        let sig = crate::native_arity::lookup("builtins", name);
        let native = NativeFunc::new(q, f, 0).with_signature(sig, false);
        let r = self.alloc(Obj::Native(native))?;
        Ok(Value::Obj(r))
    }

    /// An int value from a big integer, using the small form when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> PyResult<Value> {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Ok(Value::Int(i)),
            None => {
                let r = self.alloc(Obj::BigInt(Box::new(b)))?;
                Ok(Value::Obj(r))
            }
        }
    }

    // ------------------------------------------------------------ strings

    /// The text of a `str` value.
    #[inline]
    pub fn str_ref(&self, v: Value) -> Option<&str> {
        match v {
            Value::Str(q) => Some(self.interner.get(q)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(&s.s),
                Obj::Instance(i) => match i.base {
                    Value::Null => None,
                    b => self.str_ref(b),
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The text of a `str` argument, or a TypeError naming `what`.
    pub fn expect_str(&mut self, v: Value, what: &str) -> PyResult<String> {
        match self.str_ref(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(alloc::format!("{what} must be str, not {tn}")))
            }
        }
    }

    /// Intern the text of a `str` value (attribute names, keyword names).
    pub fn intern_str_value(&mut self, v: Value) -> Option<QStr> {
        match v {
            Value::Str(q) => Some(q),
            _ => {
                let s = String::from(self.str_ref(v)?);
                Some(self.interner.intern(&s))
            }
        }
    }

    pub fn is_str(&self, v: Value) -> bool {
        match v {
            Value::Str(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::Str(_)),
            _ => false,
        }
    }

    // ------------------------------------------------------------ hashing & equality

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::numhash::hash_i64(i)),
            Value::Bool(b) => Ok(b as i64),
            Value::Float(f) => Ok(crate::numhash::hash_f64(f)),
            Value::Str(q) => Ok(self.interner.hash(q)),
            Value::None | Value::Null => Ok(0x5f3759df),
            Value::NotImplemented => Ok(0x1234567),
            Value::Ellipsis => Ok(0x7654321),
            Value::Obj(r) => {
                match self.heap.get(r) {
                    Obj::Str(s) => return Ok(s.hash),
                    Obj::BigInt(b) => return Ok(crate::numhash::hash_bigint(b)),
                    Obj::Bytes(b) => return Ok(crate::qstr::str_hash(b)),
                    Obj::Complex(re, im) => return Ok(crate::numhash::hash_complex(*re, *im)),
                    Obj::Range(_) => return crate::objrange::hash(self, r),
                    Obj::Tuple(items) => {
                        // Nested tuples hash recursively, with no buffer per level: a
                        // deep nest must not allocate outside the heap's charges. A tuple
                        // never changes, so item `i` is read again at each step.
                        let n = items.len();
                        self.check_stack()?;
                        let mut th = crate::numhash::TupleHash::new();
                        for i in 0..n {
                            let it = match self.heap.get(r) {
                                Obj::Tuple(items) => items.get(i).copied().unwrap_or(Value::None),
                                _ => Value::None,
                            };
                            th.add(self.hash(it)?);
                        }
                        return Ok(th.finish());
                    }
                    Obj::Set(s) if s.frozen => {
                        let hashes: Vec<i64> = s.items.iter().map(|e| e.hash).collect();
                        return Ok(crate::numhash::hash_frozenset(&hashes));
                    }
                    Obj::List(_)
                    | Obj::Dict(_)
                    | Obj::Set(_)
                    | Obj::ByteArray(_)
                    | Obj::Slice(_) => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(alloc::format!("unhashable type: '{tn}'")));
                    }
                    Obj::Instance(_) | Obj::Exception(_) => {}
                    Obj::BoundMethod(m) => {
                        // Equal bound methods (same function, same self) hash alike.
                        let (f, s) = (m.func, m.self_);
                        let hf = match f {
                            Value::Obj(o) => identity_hash(o),
                            _ => 0,
                        };
                        let hs = match s {
                            Value::Obj(o) => identity_hash(o),
                            other => self.hash(other).unwrap_or(0),
                        };
                        return Ok(hf ^ hs.rotate_left(17));
                    }
                    Obj::Native(n) if !n.self_.is_null() => {
                        let (fp, s) = (n.f as usize as i64, n.self_);
                        let hs = match s {
                            Value::Obj(o) => identity_hash(o),
                            other => self.hash(other).unwrap_or(0),
                        };
                        return Ok(fp.wrapping_mul(31) ^ hs.rotate_left(17));
                    }
                    _ => return Ok(identity_hash(r)),
                }
                let class = self.type_of(v);
                match self.class_lookup(class, q::__hash__) {
                    Some(Value::None) => {
                        let tn = self.type_name(v);
                        Err(self.type_error(alloc::format!("unhashable type: '{tn}'")))
                    }
                    Some(Value::Obj(f)) if !matches!(self.heap.get(f), Obj::Native(_)) => {
                        let h = self.call(Value::Obj(f), &[v])?;
                        match h {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(_) if self.is_int(h) => {
                                let b = self.to_bigint(h).unwrap_or_default();
                                Ok(crate::numhash::hash_bigint(&b))
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        // Default identity hash unless __eq__ was overridden without __hash__.
                        if let Value::Obj(r) = v {
                            if let Obj::Instance(i) = self.heap.get(r) {
                                if !i.base.is_null() {
                                    let b = i.base;
                                    return self.hash(b);
                                }
                            }
                        }
                        Ok(identity_hash(r))
                    }
                }
            }
        }
    }

    /// Equality decided without running Python code, or `None` if it needs `__eq__`.
    pub fn fast_eq(&self, a: Value, b: Value) -> Option<bool> {
        self.fast_eq_at(a, b, 0)
    }

    /// [`Vm::fast_eq`] at `depth` levels into nested tuples: past a few levels it
    /// gives up (`None`), leaving deep data to the slow path, whose recursion is
    /// bounded by the stack guard (tuples nested 200,000 deep overflowed the native
    /// stack here).
    fn fast_eq_at(&self, a: Value, b: Value, depth: u32) -> Option<bool> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => Some(x == y),
            (Str(x), Str(y)) => Some(x == y),
            (Float(x), Float(y)) => Some(x == y),
            (Int(x), Float(y)) | (Float(y), Int(x)) => Some(int_float_eq(x, y)),
            (Bool(x), Bool(y)) => Some(x == y),
            (Bool(x), Int(y)) | (Int(y), Bool(x)) => Some(x as i64 == y),
            (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some((x as i64) as f64 == y),
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => Some(true),
            (Null, Null) => Some(true),
            (Obj(x), Obj(y)) if x == y => {
                // NaN-containing floats aside, identity implies equality for containers.
                Some(true)
            }
            (Str(x), Obj(r)) | (Obj(r), Str(x)) => match self.heap.get(r) {
                crate::object::Obj::Str(s) => Some(&*s.s == self.interner.get(x)),
                crate::object::Obj::Instance(_) => Option::None,
                _ => Some(false),
            },
            (Obj(x), Obj(y)) => {
                let (ox, oy) = (self.heap.get(x), self.heap.get(y));
                match (ox, oy) {
                    (crate::object::Obj::Str(s), crate::object::Obj::Str(t)) => {
                        Some(s.hash == t.hash && s.s == t.s)
                    }
                    (crate::object::Obj::BigInt(s), crate::object::Obj::BigInt(t)) => Some(s == t),
                    (crate::object::Obj::BoundMethod(s), crate::object::Obj::BoundMethod(t)) => {
                        Some(s.func.is(t.func) && s.self_.is(t.self_))
                    }
                    (crate::object::Obj::Native(s), crate::object::Obj::Native(t)) => Some(
                        s.name() == t.name() && s.f as usize == t.f as usize && s.self_.is(t.self_),
                    ),
                    (crate::object::Obj::Bytes(s), crate::object::Obj::Bytes(t)) => Some(s == t),
                    (crate::object::Obj::Tuple(s), crate::object::Obj::Tuple(t)) => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        if depth >= 32 {
                            return Option::None;
                        }
                        for (&p, &q) in s.iter().zip(t.iter()) {
                            match self.fast_eq_at(p, q, depth + 1) {
                                Some(true) => {}
                                other => return other,
                            }
                        }
                        Some(true)
                    }
                    (crate::object::Obj::Instance(_), _)
                    | (_, crate::object::Obj::Instance(_))
                    | (crate::object::Obj::Exception(_), _)
                    | (_, crate::object::Obj::Exception(_))
                    | (crate::object::Obj::Host(_), _)
                    | (_, crate::object::Obj::Host(_)) => Option::None,
                    (crate::object::Obj::List(_), crate::object::Obj::List(_))
                    | (crate::object::Obj::Dict(_), crate::object::Obj::Dict(_))
                    | (crate::object::Obj::Set(_), crate::object::Obj::Set(_))
                    | (crate::object::Obj::ByteArray(_), _)
                    | (_, crate::object::Obj::ByteArray(_))
                    | (crate::object::Obj::Complex(..), _)
                    | (_, crate::object::Obj::Complex(..))
                    | (crate::object::Obj::Range(_), crate::object::Obj::Range(_))
                    | (crate::object::Obj::DictView(..), _)
                    | (crate::object::Obj::BigInt(_), _)
                    | (_, crate::object::Obj::BigInt(_)) => Option::None,
                    _ => Some(false),
                }
            }
            (Obj(r), _) | (_, Obj(r)) => match self.heap.get(r) {
                crate::object::Obj::Instance(_)
                | crate::object::Obj::BigInt(_)
                | crate::object::Obj::Complex(..)
                | crate::object::Obj::Exception(_)
                | crate::object::Obj::Host(_) => Option::None,
                _ => Some(false),
            },
            _ => Some(false),
        }
    }

    /// `a == b` with full Python semantics.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let v = self.compare_op(a, b, 2)?;
        self.truthy(v)
    }

    // ------------------------------------------------------------ dicts

    pub fn dict_ref(&self, d: Value) -> Option<ObjRef> {
        match d {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(_) => Some(r),
                Obj::Instance(i) => self.dict_ref(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn dict_of(&self, r: ObjRef) -> &Dict {
        match self.heap.get(r) {
            Obj::Dict(d) => d,
            Obj::Set(s) => &s.items,
            _ => empty_dict(),
        }
    }

    pub(crate) fn dict_of_mut(&mut self, r: ObjRef) -> Option<&mut Dict> {
        match self.heap.get_mut(r) {
            Obj::Dict(d) => Some(d),
            Obj::Set(s) => Some(&mut s.items),
            _ => None,
        }
    }

    /// Find `key` in the dict (or set) object `r`, running `__eq__` where needed.
    ///
    /// A Python `__eq__` may change the table it is being looked up in. As CPython does,
    /// the lookup starts over when the compared entry no longer holds the key it held
    /// (or keys were added, cleared or moved meanwhile), and an answer is only returned
    /// for a position checked after the last call into Python, so callers may index
    /// the table with it at once.
    pub fn dict_find(&mut self, r: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
        match self.dict_lookup(r, key, hash, false)? {
            Lookup::At(i) => Ok(Some(i)),
            _ => Ok(None),
        }
    }

    /// [`Vm::dict_find`]; with `equal_wins` (CPython's `set_add_entry`) an `__eq__` that
    /// answers true ends the search even when it changed the table ([`Lookup::Equal`]).
    fn dict_lookup(
        &mut self,
        r: ObjRef,
        key: Value,
        hash: i64,
        equal_wins: bool,
    ) -> PyResult<Lookup> {
        'restart: loop {
            let found = {
                let d = self.dict_of(r);
                d.find(hash, |k| self.fast_eq(k, key))
            };
            match found {
                Find::Found(i) => return Ok(Lookup::At(i)),
                Find::Missing => return Ok(Lookup::Missing),
                Find::Ask(cands) => {
                    for i in cands {
                        let (k, version) = {
                            let d = self.dict_of(r);
                            match d.entry(i) {
                                Some(e) => (e.key, d.version()),
                                None => continue,
                            }
                        };
                        let equal = self.eq(k, key)?;
                        let d = self.dict_of(r);
                        let same =
                            d.version() == version && matches!(d.entry(i), Some(e) if e.key.is(k));
                        if same && equal {
                            return Ok(Lookup::At(i));
                        }
                        if equal && equal_wins {
                            return Ok(Lookup::Equal);
                        }
                        if !same {
                            continue 'restart;
                        }
                    }
                    return Ok(Lookup::Missing);
                }
            }
        }
    }

    pub fn dict_get_item(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let r = match self.dict_ref(d) {
            Some(r) => r,
            None => return Ok(None),
        };
        let hash = self.hash(key)?;
        Ok(self
            .dict_find(r, key, hash)?
            .map(|i| self.dict_of(r).value_at(i)))
    }

    pub fn dict_set_item(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let r = match self.dict_ref(d) {
            Some(r) => r,
            None => return Err(self.type_error("expected a dict")),
        };
        let hash = self.hash(key)?;
        self.dict_insert_hashed(r, key, hash, value)
    }

    /// Insert into the dict or set object `r` (a set keeps an element that compares
    /// equal, as CPython's `set_add_entry` does).
    pub fn dict_insert_hashed(
        &mut self,
        r: ObjRef,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let is_set = matches!(self.heap.get(r), Obj::Set(_));
        match self.dict_lookup(r, key, hash, is_set)? {
            Lookup::At(i) => {
                if let Some(d) = self.dict_of_mut(r) {
                    d.set_value_at(i, value);
                }
                Ok(())
            }
            Lookup::Equal => Ok(()),
            Lookup::Missing => self.dict_insert_new(r, key, hash, value),
        }
    }

    /// Append an entry known to be absent to the dict or set object `r`, charging its
    /// growth (nothing runs Python code in between the lookup and this).
    pub fn dict_insert_new(
        &mut self,
        r: ObjRef,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let before = self.dict_of(r).heap_size();
        let Some(d) = self.dict_of_mut(r) else {
            return Ok(());
        };
        let i = d.insert_new(hash, key, value);
        let after = self.dict_of(r).heap_size();
        if after > before && self.heap.charge(after - before).is_err() {
            // Undo: the budget does not allow the growth.
            if let Some(d) = self.dict_of_mut(r) {
                d.remove_at(i);
                d.shrink_to_fit();
            }
            let now = self.dict_of(r).heap_size();
            if now < before {
                self.heap.uncharge(before - now);
            }
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Make room in dict `r` for `n` more entries, within the heap budget.
    pub fn dict_reserve(&mut self, r: ObjRef, n: usize) -> PyResult<()> {
        let before = self.dict_of(r).heap_size();
        if let Some(d) = self.dict_of_mut(r) {
            d.reserve(n);
        }
        let after = self.dict_of(r).heap_size();
        if after > before && self.heap.charge(after - before).is_err() {
            if let Some(d) = self.dict_of_mut(r) {
                d.shrink_to_fit();
            }
            let now = self.dict_of(r).heap_size();
            if now < before {
                self.heap.uncharge(before - now);
            }
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn dict_del_item(&mut self, d: Value, key: Value) -> PyResult<bool> {
        let r = match self.dict_ref(d) {
            Some(r) => r,
            None => return Ok(false),
        };
        let hash = self.hash(key)?;
        match self.dict_find(r, key, hash)? {
            Some(i) => {
                if let Some(d) = self.dict_of_mut(r) {
                    d.remove_at(i);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Look a string key up in a dict object natively.
    pub fn dict_get_str(&self, d: ObjRef, name: QStr) -> Option<Value> {
        match self.heap.get(d) {
            Obj::Dict(dict) => self.dict_get_qstr_raw(dict, name),
            _ => None,
        }
    }

    pub fn dict_set_str(&mut self, d: ObjRef, name: QStr, value: Value) -> PyResult<()> {
        let hash = self.interner.hash(name);
        let found = match self.heap.get(d) {
            Obj::Dict(dict) => self.qstr_index(dict, name),
            _ => return Err(self.type_error("expected a dict")),
        };
        match found {
            Some(i) => {
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    dict.set_value_at(i, value);
                }
                Ok(())
            }
            None => self.dict_insert_hashed(d, Value::Str(name), hash, value),
        }
    }

    pub fn dict_del_str(&mut self, d: ObjRef, name: QStr) -> PyResult<bool> {
        self.before_builtins_delete(d, name)?;
        if !matches!(self.heap.get(d), Obj::Dict(_)) {
            return self.dict_del_item(Value::Obj(d), Value::Str(name));
        }
        let found = match self.heap.get(d) {
            Obj::Dict(dict) => self.qstr_index(dict, name),
            _ => None,
        };
        match found {
            Some(i) => {
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    dict.remove_at(i);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Namespace lookup that also works for non-dict mappings (class bodies with
    /// `__prepare__`d namespaces are always dicts here).
    pub fn mapping_get_str(&mut self, d: ObjRef, name: QStr) -> PyResult<Option<Value>> {
        match self.heap.get(d) {
            Obj::Dict(_) => Ok(self.dict_get_str(d, name)),
            _ => {
                let r = self.get_item(Value::Obj(d), Value::Str(name));
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(e, ExcKind::KeyError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    pub fn mapping_set_str(&mut self, d: ObjRef, name: QStr, v: Value) -> PyResult<()> {
        match self.heap.get(d) {
            Obj::Dict(_) => self.dict_set_str(d, name, v),
            _ => self.set_item(Value::Obj(d), Value::Str(name), v),
        }
    }

    /// Globals, then builtins; NameError if absent.
    ///
    /// A hit in `Vm::global_cache` is validated, not trusted: the remembered entry must
    /// still hold the key `name` (dict keys are unique, so it is the one), and a builtin
    /// also needs `globals` unchanged since it was found missing there (its version
    /// moves on every key added).
    #[inline]
    pub fn load_global(&mut self, globals: ObjRef, name: QStr) -> PyResult<Value> {
        let slot = self.global_cache.slot(globals, name);
        if let Some(&e) = self
            .global_cache
            .get(slot)
            .filter(|e| e.globals == globals && e.name == name)
        {
            if let Obj::Dict(g) = self.heap.get(globals) {
                let d = match e.builtin_ver {
                    None => Some(&**g),
                    Some(ver) if ver == g.version() => match self.heap.get(self.builtins) {
                        Obj::Dict(b) => Some(&**b),
                        _ => None,
                    },
                    Some(_) => None,
                };
                if let Some(en) = d.and_then(|d| d.entry(e.idx as usize)) {
                    if matches!(en.key, Value::Str(k) if k == name) {
                        return Ok(en.value);
                    }
                }
            }
        }
        self.load_global_slow(globals, name, slot)
    }

    fn load_global_slow(&mut self, globals: ObjRef, name: QStr, slot: usize) -> PyResult<Value> {
        let hash = self.interner.hash(name);
        let find = |d: &Dict| match d.find(hash, |k| Some(self.str_key_eq(k, name))) {
            Find::Found(i) => Some(i),
            _ => None,
        };
        let (found, gver) = match self.heap.get(globals) {
            Obj::Dict(g) => (find(g).map(|i| (i, g.value_at(i))), Some(g.version())),
            _ => (None, None),
        };
        if let Some((i, v)) = found {
            self.global_cache.set(
                slot,
                GlobalCacheEntry {
                    globals,
                    name,
                    idx: i as u32,
                    builtin_ver: None,
                },
            );
            return Ok(v);
        }
        let mut found = match self.heap.get(self.builtins) {
            Obj::Dict(b) => find(b).map(|i| (i, b.value_at(i))),
            _ => None,
        };
        if found.is_none() && self.builtin_from_table(name)?.is_some() {
            // Made and entered into the overlay: cache where.
            found = match self.heap.get(self.builtins) {
                Obj::Dict(b) => self.qstr_index(b, name).map(|i| (i, b.value_at(i))),
                _ => None,
            };
        }
        if let Some((i, v)) = found {
            if let Some(ver) = gver {
                self.global_cache.set(
                    slot,
                    GlobalCacheEntry {
                        globals,
                        name,
                        idx: i as u32,
                        builtin_ver: Some(ver),
                    },
                );
            }
            return Ok(v);
        }
        let n = String::from(self.interner.get(name));
        Err(self.error(
            ExcKind::NameError,
            alloc::format!("name '{n}' is not defined"),
        ))
    }

    // ------------------------------------------------------------ truthiness

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b,
            Value::None | Value::Null => false,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Str(q) => q != q::EMPTY,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => !s.s.is_empty(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) => !s.items.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::ByteArray(b) => !b.is_empty(),
                Obj::BigInt(_) => true,
                Obj::Complex(a, b) => *a != 0.0 || *b != 0.0,
                Obj::Range(rg) => !crate::objrange::is_empty(&self.heap, rg),
                Obj::Instance(_) | Obj::Host(_) => return self.instance_truthy(v),
                _ => true,
            },
        })
    }

    fn instance_truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(m) = self.lookup_special(v, q::__bool__) {
            let r = self.call(m, &[v])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let tn = self.type_name(r);
                    Err(self
                        .type_error(alloc::format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        if let Some(m) = self.lookup_special(v, q::__len__) {
            let r = self.call(m, &[v])?;
            return Ok(self.len_result(r)? != 0);
        }
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if !i.base.is_null() {
                    let b = i.base;
                    return self.truthy(b);
                }
            }
        }
        Ok(true)
    }

    // ------------------------------------------------------------ functions & classes

    pub fn make_function(
        &mut self,
        code_v: Value,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let code_ref = match code_v {
            Value::Obj(r) => r,
            _ => return Err(self.type_error("bad code object")),
        };
        let name = match self.heap.get(code_ref) {
            Obj::Code(c) => c.name,
            _ => return Err(self.type_error("bad code object")),
        };
        let closure: Box<[ObjRef]> = match closure {
            Value::Obj(t) => match self.heap.get(t) {
                Obj::Tuple(items) => items.iter().filter_map(|v| v.as_obj()).collect(),
                _ => Box::new([]),
            },
            _ => Box::new([]),
        };
        let f = Function {
            code: code_ref,
            globals,
            name,
            defaults: defaults.as_obj(),
            kwdefaults: kwdefaults.as_obj(),
            closure,
            dict: None,
            assigned: None,
        };
        Ok(Value::Obj(self.alloc(Obj::Function(Box::new(f)))?))
    }

    /// A function's `__qualname__`: assigned, else its code object's.
    pub fn function_qualname(&self, f: &Function) -> Value {
        match f.assigned.as_ref().and_then(|a| a.qualname) {
            Some(v) => v,
            None => match self.heap.get(f.code) {
                Obj::Code(c) => Value::Str(c.qualname),
                _ => Value::Str(f.name),
            },
        }
    }

    /// A function's `__doc__`: assigned, else its code object's docstring.
    pub fn function_doc(&self, f: &Function) -> Value {
        match f.assigned.as_ref().and_then(|a| a.doc) {
            Some(v) => v,
            None => match self.heap.get(f.code) {
                Obj::Code(c) => c.doc(),
                _ => Value::None,
            },
        }
    }

    /// A function's `__module__`: assigned, else its globals' `__name__` (read now,
    /// where CPython keeps the one of when the function was made: they differ only if
    /// the module's `__name__` was reassigned since).
    pub fn function_module(&self, f: &Function) -> Value {
        match f.assigned.as_ref().and_then(|a| a.module) {
            Some(v) => v,
            None => match self.heap.get(f.globals) {
                Obj::Dict(d) => self
                    .dict_get_qstr_raw(d, q::__name__)
                    .unwrap_or(Value::None),
                _ => Value::None,
            },
        }
    }

    /// Call a class: `type(x)`, built-in constructors, or `__new__` + `__init__`.
    pub fn call_class(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: &[(QStr, Value)],
    ) -> PyResult<Value> {
        // A custom metaclass with __call__ takes over.
        let meta = match self.heap.get(cls) {
            Obj::Class(c) => c.metaclass,
            _ => None,
        };
        if let Some(meta) = meta {
            if let Some(call) = self.class_lookup(meta, q::__call__) {
                if !matches!(call, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_))) {
                    let mut all = vec![Value::Obj(cls)];
                    all.extend_from_slice(args);
                    return self.call_kw(call, &all, kw);
                }
            }
        }
        // `str(x)` and `int(x)`: the built-in types cannot be changed, so skip the
        // generic `__new__`/`__init__` protocol.
        if kw.is_empty() && args.len() == 1 {
            if cls == self.types.str_ {
                return self.str_of(args[0]);
            }
            if cls == self.types.int {
                if let Value::Int(_) = args[0] {
                    return Ok(args[0]);
                }
                return crate::builtin_types::int_of(self, args[0]);
            }
        }
        self.construct(cls, args, kw)
    }

    /// `type.__call__`: run `__new__` then, if it returned an instance, `__init__`.
    pub fn construct(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: &[(QStr, Value)],
    ) -> PyResult<Value> {
        let kind = match self.heap.get(cls) {
            Obj::Class(c) => c.kind,
            _ => return Err(self.type_error("not a class")),
        };
        let new = self.class_lookup(cls, q::__new__);
        let mut new_args = Vec::with_capacity(args.len() + 1);
        new_args.push(Value::Obj(cls));
        new_args.extend_from_slice(args);
        let instance = match new {
            Some(n) => {
                let n = match n {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::StaticMethod(f) => *f,
                        _ => n,
                    },
                    _ => n,
                };
                self.call_kw(n, &new_args, kw)?
            }
            None => {
                if kind == BaseKind::Native {
                    let cn = String::from(self.class_name(cls));
                    return Err(self.type_error(alloc::format!("cannot create '{cn}' instances")));
                }
                self.new_instance(cls)?
            }
        };
        if !self.isinstance(instance, cls) {
            return Ok(instance);
        }
        if let Some(init) = self.class_lookup(cls, q::__init__) {
            // Built-in `__new__`s did the work of their native `__init__`s.
            let is_native_init =
                matches!(init, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)));
            if !is_native_init || kind == BaseKind::Exception {
                self.temp_roots.push(instance);
                let mut init_args = Vec::with_capacity(args.len() + 1);
                init_args.push(instance);
                init_args.extend_from_slice(args);
                let r = self.call_kw(init, &init_args, kw);
                self.temp_roots.pop();
                let r = r?;
                if !r.is_none() {
                    let tn = self.type_name(r);
                    return Err(self
                        .type_error(alloc::format!("__init__() should return None, not '{tn}'")));
                }
            }
        }
        Ok(instance)
    }

    /// A fresh plain instance of `cls` (what `object.__new__` makes).
    pub fn new_instance(&mut self, cls: ObjRef) -> PyResult<Value> {
        let (kind, attrs) = match self.heap.get(cls) {
            Obj::Class(c) => (c.kind, c.instance_attrs as usize),
            _ => (BaseKind::Object, 0),
        };
        if kind == BaseKind::Exception {
            let args = self.new_tuple(Vec::new())?;
            return Ok(Value::Obj(self.new_exception_with_args(cls, args).0));
        }
        let d = self.alloc(Obj::Dict(Box::new(Dict::with_capacity(attrs))))?;
        let r = self.alloc(Obj::Instance(Instance {
            class: cls,
            dict: d,
            base: Value::Null,
        }))?;
        Ok(Value::Obj(r))
    }

    // ------------------------------------------------------------ iteration

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let it = match v {
            Value::Str(_) => IterObj::Seq { seq: v, index: 0 },
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    IterObj::Seq { seq: v, index: 0 }
                }
                Obj::Range(rg) if rg.big.is_some() => IterObj::Seq { seq: v, index: 0 },
                Obj::Range(rg) => IterObj::Range {
                    next: rg.start,
                    stop: rg.stop,
                    step: rg.step,
                },
                Obj::Dict(d) => IterObj::Dict {
                    dict: v,
                    index: 0,
                    kind: DictViewKind::Keys,
                    len: d.len(),
                },
                Obj::Set(s) => IterObj::Dict {
                    dict: v,
                    index: 0,
                    kind: DictViewKind::Keys,
                    len: s.items.len(),
                },
                Obj::DictView(d, kind) => {
                    let (d, kind) = (*d, *kind);
                    let len = self.dict_of(d).len();
                    IterObj::Dict {
                        dict: Value::Obj(d),
                        index: 0,
                        kind,
                        len,
                    }
                }
                Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
                Obj::MemoryView(_) => IterObj::Seq { seq: v, index: 0 },
                _ => return self.get_iter_slow(v),
            },
            _ => return self.get_iter_slow(v),
        };
        Ok(Value::Obj(self.alloc(Obj::Iter(Box::new(it)))?))
    }

    fn get_iter_slow(&mut self, v: Value) -> PyResult<Value> {
        if let Some(m) = self.lookup_special(v, q::__iter__) {
            if m.is_none() {
                let tn = self.type_name(v);
                return Err(self.type_error(alloc::format!("'{tn}' object is not iterable")));
            }
            let it = self.call(m, &[v])?;
            let is_iter = matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(_) | Obj::Generator(_)))
                || self.lookup_special(it, q::__next__).is_some();
            if !is_iter {
                let tn = self.type_name(it);
                return Err(self.type_error(alloc::format!(
                    "iter() returned non-iterator of type '{tn}'"
                )));
            }
            return Ok(it);
        }
        if let Some(_gi) = self.lookup_special(v, q::__getitem__) {
            // The old sequence protocol: index from 0 until IndexError.
            let it = IterObj::Seq { seq: v, index: 0 };
            return Ok(Value::Obj(self.alloc(Obj::Iter(Box::new(it)))?));
        }
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if !i.base.is_null() {
                    let b = i.base;
                    return self.get_iter(b);
                }
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(alloc::format!("'{tn}' object is not iterable")))
    }

    /// `next(it)`; `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let r = match it {
            Value::Obj(r) => r,
            _ => return self.iter_next_slow(it),
        };
        match self.heap.get_mut(r) {
            Obj::Iter(iter) => match &mut **iter {
                IterObj::Range { next, stop, step } => {
                    let cur = *next;
                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                        *next = cur.saturating_add(*step);
                        if (*step > 0 && *next < cur) || (*step < 0 && *next > cur) {
                            *next = *stop;
                        }
                        return Ok(Some(Value::Int(cur)));
                    }
                    return Ok(None);
                }
                IterObj::Seq { seq, index } => {
                    let (seq, i) = (*seq, *index);
                    // Strings keep a byte offset as their index (O(1) steps for non-ASCII).
                    if let Some(next) = self.str_char_from(seq, i) {
                        let Some(c) = next else { return Ok(None) };
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::Seq { index, .. } = &mut **iter {
                                *index = i + c.len_utf8();
                            }
                        }
                        return self.char_value(c).map(Some);
                    }
                    let item = self.seq_item_for_iter(seq, i)?;
                    if item.is_some() {
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::Seq { index, .. } = &mut **iter {
                                *index = i + 1;
                            }
                        }
                    }
                    return Ok(item);
                }
                IterObj::Values { items, index } => {
                    let i = *index;
                    if i < items.len() {
                        *index += 1;
                        return Ok(Some(items[i]));
                    }
                    return Ok(None);
                }
                _ => {}
            },
            Obj::Generator(_) => return self.generator_next(r),
            _ => return self.iter_next_slow(it),
        }
        crate::objiter::iter_next_builtin(self, r)
    }

    fn iter_next_slow(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.lookup_special(it, q::__next__) {
            Some(m) => match self.call(m, &[it]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(e, ExcKind::StopIteration) => {
                    self.last_stop_value = self.stop_iteration_value(e);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            None => {
                let tn = self.type_name(it);
                Err(self.type_error(alloc::format!("'{tn}' object is not an iterator")))
            }
        }
    }

    /// For a str value, the character starting at byte offset `pos` (`Some(None)` past
    /// the end); `None` when `seq` is not a str.
    #[inline]
    fn str_char_from(&self, seq: Value, pos: usize) -> Option<Option<char>> {
        let text: &str = match seq {
            Value::Str(q) => self.interner.get(q),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => &s.s,
                _ => return None,
            },
            _ => return None,
        };
        Some(text.get(pos..).and_then(|t| t.chars().next()))
    }

    /// Item `i` of a sequence being iterated, `None` past the end.
    fn seq_item_for_iter(&mut self, seq: Value, i: usize) -> PyResult<Option<Value>> {
        match seq {
            Value::Str(q) => {
                let s = self.interner.get(q);
                match char_at(s, i, s.is_ascii()) {
                    Some(c) => Ok(Some(self.char_value(c)?)),
                    None => Ok(None),
                }
            }
            Value::Obj(r) => {
                let res = match self.heap.get(r) {
                    Obj::List(l) => Ok(l.get(i).copied()),
                    Obj::Tuple(t) => Ok(t.get(i).copied()),
                    Obj::Bytes(b) => Ok(b.get(i).map(|&x| Value::Int(x as i64))),
                    Obj::ByteArray(b) => Ok(b.get(i).map(|&x| Value::Int(x as i64))),
                    Obj::Str(s) => {
                        let ascii = s.char_len == s.s.len();
                        Err(char_at(&s.s, i, ascii))
                    }
                    _ => {
                        // Sequence protocol via __getitem__ / memoryview.
                        return match self.get_item(seq, Value::Int(i as i64)) {
                            Ok(v) => Ok(Some(v)),
                            Err(e)
                                if self.err_matches(e, ExcKind::IndexError)
                                    || self.err_matches(e, ExcKind::StopIteration) =>
                            {
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                match res {
                    Ok(v) => Ok(v),
                    Err(Some(c)) => Ok(Some(self.char_value(c)?)),
                    Err(None) => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// A one-character string value.
    pub fn char_value(&mut self, c: char) -> PyResult<Value> {
        if c.is_ascii() {
            return Ok(Value::Str(crate::qstr::ascii_char(c as u8)));
        }
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.new_str(String::from(&*s))
    }

    /// The character at index `i` (negative from the end) of a str value, if `s` is a
    /// str and `i` is in range.
    pub fn str_char_at(&self, s: Value, i: i64) -> Option<char> {
        let (text, ascii) = match s {
            Value::Str(q) => {
                let t = self.interner.get(q);
                (t, t.is_ascii())
            }
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(so) => (&*so.s, so.char_len == so.s.len()),
                _ => return None,
            },
            _ => return None,
        };
        if ascii {
            let n = text.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return None;
            }
            return Some(text.as_bytes()[j as usize] as char);
        }
        let n = text.chars().count() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return None;
        }
        text.chars().nth(j as usize)
    }

    /// Drain an iterable into a vector. The values are gathered in a list on the heap,
    /// so the heap budget bounds them (an endless iterator ends in `MemoryError`).
    pub fn iterate_to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::List(l) => return Ok(l.clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                Obj::Generator(g) if g.kind == crate::object::GenKind::Generator => {
                    return self.generator_collect(r);
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mark = self.temp_roots.len();
        self.temp_roots.push(it);
        let res = (|| {
            let buf = self.new_list(Vec::new())?;
            self.temp_roots.push(buf);
            while let Some(x) = self.iter_next(it)? {
                self.list_append(buf, x)?;
            }
            Ok(buf)
        })();
        self.temp_roots.truncate(mark);
        let buf = res?;
        let out = match buf {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Obj::List(l) => core::mem::take(l),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        // The values leave the (now empty) list for the caller.
        self.heap
            .uncharge(out.capacity() * core::mem::size_of::<Value>());
        Ok(out)
    }

    /// Run `f` on each item of iterable `v` in turn, without gathering them first: lists
    /// and tuples are read item by item as they are now, generators run in chunks of
    /// `chunk` values (1: one `next` per item, as CPython interleaves them), other
    /// iterators step by step. `f` answers whether to go on; the item it is given is
    /// rooted while it runs.
    ///
    /// Between items the heap is collected when a collection is due (see
    /// [`Vm::stream_safe_point`]), as it would be in a Python `__next__` or `f`'s callee:
    /// a native loop over native iterators (`sum(map(len, map(str, range(n))))`) runs no
    /// bytecode, and its garbage would otherwise fill the heap. The caller must hold
    /// every value it still needs rooted, as for any call that may run Python code.
    pub fn for_each(
        &mut self,
        v: Value,
        chunk: usize,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let mark = self.temp_roots.len();
        self.temp_roots.push(v);
        let res = self.for_each_rooted(v, chunk, &mut f);
        self.temp_roots.truncate(mark);
        res
    }

    fn for_each_rooted(
        &mut self,
        v: Value,
        chunk: usize,
        f: &mut dyn FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let mark = self.temp_roots.len();
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) => {
                    let mut i = 0;
                    loop {
                        let x = match self.heap.get(r) {
                            Obj::List(l) => l.get(i).copied(),
                            Obj::Tuple(t) => t.get(i).copied(),
                            _ => None,
                        };
                        let Some(x) = x else { return Ok(()) };
                        i += 1;
                        if i.is_multiple_of(4096) {
                            self.check_interrupt()?;
                        }
                        self.temp_roots.push(x);
                        let go = f(self, x);
                        self.temp_roots.truncate(mark);
                        if !go? {
                            return Ok(());
                        }
                        self.stream_safe_point();
                    }
                }
                Obj::Generator(g) if g.kind == crate::object::GenKind::Generator && chunk > 1 => {
                    loop {
                        let (items, done) = self.generator_collect_chunk(r, chunk)?;
                        self.temp_roots.extend_from_slice(&items);
                        for x in items {
                            let go = f(self, x);
                            if !go? {
                                self.temp_roots.truncate(mark);
                                return Ok(());
                            }
                            // The chunk's items stay rooted until it is done.
                            self.stream_safe_point();
                        }
                        self.temp_roots.truncate(mark);
                        if done {
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        self.temp_roots.push(it);
        let mut n = 0u32;
        while let Some(x) = self.iter_next(it)? {
            self.temp_roots.push(x);
            let go = f(self, x);
            self.temp_roots.truncate(mark + 1);
            if !go? {
                break;
            }
            self.stream_safe_point();
            // A native iterator (a huge range) runs no bytecode that would poll Ctrl-C.
            n = n.wrapping_add(1);
            if n.is_multiple_of(4096) {
                self.check_interrupt()?;
            }
        }
        self.temp_roots.truncate(mark);
        Ok(())
    }

    /// A safe point of [`Vm::for_each`] between two items, where only the rooted values
    /// are live: collect if a collection is due.
    #[inline]
    fn stream_safe_point(&mut self) {
        if self.heap.gc_pending {
            self.collect_outside_loop();
        }
    }

    /// The items of a list or tuple (or any iterable).
    pub fn seq_to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.iterate_to_vec(v)
    }

    /// Unpack exactly `n` items.
    pub fn unpack_exact(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            let items = match self.heap.get(r) {
                Obj::List(l) => Some(l.clone()),
                Obj::Tuple(t) => Some(t.to_vec()),
                _ => None,
            };
            if let Some(items) = items {
                return self.check_unpack(items, n);
            }
        }
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            return Err(self.type_error(alloc::format!("cannot unpack non-iterable {tn} object")));
        }
        let items = self.iterate_to_vec(v)?;
        self.check_unpack(items, n)
    }

    fn check_unpack(&mut self, items: Vec<Value>, n: usize) -> PyResult<Vec<Value>> {
        if items.len() == n {
            Ok(items)
        } else if items.len() > n {
            Err(self.value_error(alloc::format!("too many values to unpack (expected {n})")))
        } else {
            Err(self.value_error(alloc::format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )))
        }
    }

    pub fn is_iterable(&mut self, v: Value) -> bool {
        match v {
            Value::Str(_) => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(_) | Obj::Host(_) => {
                    self.lookup_special(v, q::__iter__).is_some()
                        || self.lookup_special(v, q::__getitem__).is_some()
                        || matches!(self.heap.get(r), Obj::Instance(i) if !i.base.is_null())
                }
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::Range(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::DictView(..)
                | Obj::Iter(_)
                | Obj::Generator(_)
                | Obj::MemoryView(_) => true,
                _ => self.lookup_special(v, q::__iter__).is_some(),
            },
            _ => false,
        }
    }

    pub fn kwnames_of(&mut self, t: Value) -> PyResult<Vec<QStr>> {
        let items = match t {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match self.intern_str_value(it) {
                Some(q) => out.push(q),
                None => return Err(self.type_error("keywords must be strings")),
            }
        }
        Ok(out)
    }

    /// The `(name, value)` pairs of a `**kwargs` mapping.
    pub fn kwargs_of(&mut self, m: Value) -> PyResult<Vec<(QStr, Value)>> {
        let pairs = self.mapping_items(m)?;
        let mut out = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            match self.intern_str_value(k) {
                Some(q) => out.push((q, v)),
                None => return Err(self.type_error("keywords must be strings")),
            }
        }
        Ok(out)
    }

    /// Items of a dict or any object with `keys()` and `__getitem__`.
    pub fn mapping_items(&mut self, m: Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(r) = self.dict_ref(m) {
            // Like CPython, a dict subclass that keeps dict's `__iter__` is copied
            // directly, without calling an overridden `keys` or `__getitem__`.
            let exact = matches!(m, Value::Obj(x) if x == r);
            let plain_iter = exact || {
                let own = self.lookup_special(m, q::__iter__);
                let base = self.class_lookup(self.types.dict, q::__iter__);
                matches!((own, base), (Some(a), Some(b)) if a.is(b))
            };
            if matches!(self.heap.get(r), Obj::Dict(_)) && plain_iter {
                return Ok(self.dict_of(r).iter().map(|e| (e.key, e.value)).collect());
            }
        }
        let keys_m = match self.get_attr_opt(m, q::keys)? {
            Some(k) => k,
            None => {
                let tn = self.type_name(m);
                return Err(self.type_error(alloc::format!("'{tn}' object is not a mapping")));
            }
        };
        let keys = self.call(keys_m, &[])?;
        let keys = self.iterate_to_vec(keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.get_item(m, k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    // ------------------------------------------------------------ containers

    pub fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        let r = match self.list_ref(l) {
            Some(r) => r,
            None => return Err(self.type_error("expected a list")),
        };
        let grow = match self.heap.get(r) {
            Obj::List(items) if items.len() == items.capacity() => {
                items.capacity().max(4) * core::mem::size_of::<Value>()
            }
            _ => 0,
        };
        if grow > 0 {
            if self.heap.charge(grow).is_err() {
                return Err(self.memory_error());
            }
            // Grow fallibly: on a device the doubling may not find room even when the
            // charge fitted.
            let grown = match self.heap.get_mut(r) {
                Obj::List(items) => {
                    items.try_reserve(1).is_ok() || items.try_reserve_exact(1).is_ok()
                }
                _ => true,
            };
            if !grown {
                self.heap.uncharge(grow);
                self.heap.gc_pending = true;
                return Err(self.memory_error());
            }
        }
        if let Obj::List(items) = self.heap.get_mut(r) {
            // Fallible: on a device the doubled buffer may not fit in the region even
            // when the budget allowed it.
            if grow > 0 && items.try_reserve(1).is_err() {
                self.heap.uncharge(grow);
                self.heap.gc_pending = true;
                return Err(self.memory_error());
            }
            items.push(v);
        }
        Ok(())
    }

    pub fn list_ref(&self, l: Value) -> Option<ObjRef> {
        match l {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_) => Some(r),
                Obj::Instance(i) => self.list_ref(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn list_extend(&mut self, l: Value, src: Value) -> PyResult<()> {
        let items = self.iterate_to_vec(src)?;
        let r = match self.list_ref(l) {
            Some(r) => r,
            None => return Err(self.type_error("expected a list")),
        };
        let bytes = items.len() * core::mem::size_of::<Value>();
        if self.heap.charge(bytes).is_err() {
            return Err(self.memory_error());
        }
        if let Obj::List(dst) = self.heap.get_mut(r) {
            dst.extend(items);
        }
        Ok(())
    }

    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let r = match self.set_ref(s) {
            Some(r) => r,
            None => return Err(self.type_error("expected a set")),
        };
        let hash = self.hash(v)?;
        self.dict_insert_hashed(r, v, hash, Value::None)
    }

    pub fn set_ref(&self, s: Value) -> Option<ObjRef> {
        match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Set(_) => Some(r),
                Obj::Instance(i) => self.set_ref(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn set_update(&mut self, s: Value, src: Value) -> PyResult<()> {
        crate::objset::update(self, s, src)
    }

    /// `d.update(m)`; with `no_dups`, a repeated key is the `f(**m)` TypeError.
    pub fn dict_update(&mut self, d: Value, m: Value, no_dups: bool) -> PyResult<()> {
        let pairs = if self.dict_ref(m).is_some() || self.get_attr_opt(m, q::keys)?.is_some() {
            self.mapping_items(m)?
        } else if no_dups {
            let tn = self.type_name(m);
            return Err(self.type_error(alloc::format!(
                "argument after ** must be a mapping, not {tn}"
            )));
        } else {
            let items = self.iterate_to_vec(m)?;
            // The items stay rooted while each element is unpacked and inserted.
            let mark = self.temp_roots.len();
            self.temp_roots.extend_from_slice(&items);
            for (i, it) in items.into_iter().enumerate() {
                if !self.is_iterable(it) {
                    self.temp_roots.truncate(mark);
                    return Err(self.type_error(alloc::format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                let kv = match self.iterate_to_vec(it) {
                    Ok(kv) => kv,
                    Err(e) => {
                        self.temp_roots.truncate(mark);
                        return Err(e);
                    }
                };
                if kv.len() != 2 {
                    self.temp_roots.truncate(mark);
                    return Err(self.value_error(alloc::format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                // Insert as we go, so earlier pairs stay when a later element is bad.
                self.temp_roots.extend_from_slice(&kv);
                if let Err(e) = self.dict_set_item(d, kv[0], kv[1]) {
                    self.temp_roots.truncate(mark);
                    return Err(e);
                }
            }
            self.temp_roots.truncate(mark);
            // Already inserted.
            Vec::new()
        };
        // Keys' `__hash__`/`__eq__` may run Python code (and collect) while inserting.
        if let Some(r) = self.dict_ref(d) {
            self.dict_reserve(r, pairs.len())?;
        }
        let mark = self.temp_roots.len();
        for &(k, v) in &pairs {
            self.temp_roots.push(k);
            self.temp_roots.push(v);
        }
        let r = self.dict_insert_pairs(d, &pairs, no_dups);
        self.temp_roots.truncate(mark);
        r
    }

    fn dict_insert_pairs(
        &mut self,
        d: Value,
        pairs: &[(Value, Value)],
        no_dups: bool,
    ) -> PyResult<()> {
        for &(k, v) in pairs {
            if no_dups && self.dict_get_item(d, k)?.is_some() {
                let ks = self.str_of(k)?;
                let ks = String::from(self.str_ref(ks).unwrap_or(""));
                return Err(self.type_error(alloc::format!(
                    "got multiple values for keyword argument '{ks}'"
                )));
            }
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ exceptions

    /// Turn the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Exception(_) => return Ok(PyErr(r)),
                Obj::Class(c) if c.kind == BaseKind::Exception => {
                    let inst = self.call(v, &[])?;
                    if let Value::Obj(i) = inst {
                        if matches!(self.heap.get(i), Obj::Exception(_)) {
                            return Ok(PyErr(i));
                        }
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub fn make_cause(&mut self, v: Value) -> PyResult<Value> {
        if v.is_none() {
            return Ok(Value::None);
        }
        let is_exc = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Exception(_) => true,
                Obj::Class(c) => c.kind == BaseKind::Exception,
                _ => false,
            },
            _ => false,
        };
        if !is_exc {
            return Err(self.type_error("exception causes must derive from BaseException"));
        }
        Ok(Value::Obj(self.make_exception(v)?.0))
    }

    /// `isinstance(exc, typ)` for `except typ:` (typ may be a flat tuple of classes, all
    /// checked to be exception classes first, as CPython does).
    pub fn exception_matches(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        let exc_class = match exc {
            Value::Obj(r) => self.exception_class_of(r),
            _ => return Ok(false),
        };
        if let Value::Obj(t) = typ {
            if matches!(self.heap.get(t), Obj::Class(c) if c.kind == BaseKind::Exception) {
                return Ok(self.is_subclass(exc_class, t));
            }
        }
        let classes: Vec<Value> = match typ {
            Value::Obj(t) => match self.heap.get(t) {
                Obj::Tuple(items) => items.to_vec(),
                _ => vec![typ],
            },
            _ => vec![typ],
        };
        let mut matched = false;
        for c in classes {
            let ok = match c {
                Value::Obj(t) => match self.heap.get(t) {
                    Obj::Class(cl) if cl.kind == BaseKind::Exception => Some(t),
                    _ => None,
                },
                _ => None,
            };
            match ok {
                Some(t) => matched = matched || self.is_subclass(exc_class, t),
                None => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(matched)
    }

    /// `await x`: the iterator to delegate to.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            if let Obj::Generator(_) = self.heap.get(r) {
                return Ok(v);
            }
        }
        if let Some(m) = self.lookup_special(v, q::__await__) {
            let it = self.call(m, &[v])?;
            let is_iterator = match it {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Generator(_) | Obj::Iter(_) => true,
                    Obj::Instance(_) | Obj::Host(_) => {
                        self.lookup_special(it, q::__next__).is_some()
                    }
                    _ => false,
                },
                _ => false,
            };
            if !is_iterator {
                let tn = self.type_name(it);
                return Err(self.type_error(alloc::format!(
                    "__await__() returned non-iterator of type '{tn}'"
                )));
            }
            return Ok(it);
        }
        let tn = self.type_name(v);
        Err(self.type_error(alloc::format!(
            "object {tn} can't be used in 'await' expression"
        )))
    }

    /// REPL: print the repr of a non-None expression result and bind it to `_`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr_of(v)?;
        let s = String::from(self.str_ref(r).unwrap_or(""));
        self.console_write(s.as_bytes());
        self.console_write(b"\n");
        let b = self.builtins;
        self.dict_set_str(b, q::underscore, v)
    }
}

fn identity_hash(r: ObjRef) -> i64 {
    (r.0 as i64).wrapping_mul(0x9E37_79B9) >> 4
}

fn int_float_eq(i: i64, f: f64) -> bool {
    if f.is_nan() || f.is_infinite() {
        return false;
    }
    if f != libm::trunc(f) {
        return false;
    }
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        f as i64 == i
    } else {
        false
    }
}

/// The `i`-th character of `s`.
pub fn char_at(s: &str, i: usize, ascii: bool) -> Option<char> {
    if ascii {
        s.as_bytes().get(i).map(|&b| b as char)
    } else {
        s.chars().nth(i)
    }
}

fn empty_dict() -> &'static Dict {
    static EMPTY: Dict = Dict::new_const();
    &EMPTY
}
