//! Subscripts: `x[i]`, `x[i:j:k]`, item and slice assignment and deletion for the
//! built-in sequences and mappings, and `__getitem__`/`__setitem__`/`__delitem__` for
//! user classes.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::object::Obj;
use crate::qstr::q;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Resolved slice bounds: `(start, stop, step, length)`.
pub type SliceBounds = (i64, i64, i64, usize);

impl Vm {
    /// Normalise a possibly negative index against `len`; IndexError naming `what`.
    pub fn seq_index(&mut self, idx: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                if self.is_int(idx) {
                    return Err(self.index_error(String::from(
                        "cannot fit 'int' into an index-sized integer",
                    )));
                }
                if self.lookup_special(idx, q::__index__).is_some() {
                    self.to_index(idx)?
                } else {
                    let tn = self.type_name(idx);
                    return Err(self.type_error(if what == "string" {
                        alloc::format!("string indices must be integers, not '{tn}'")
                    } else {
                        alloc::format!("{what} indices must be integers or slices, not {tn}")
                    }));
                }
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.index_error(match what {
                "byte" => String::from("index out of range"),
                "memoryview" => String::from("index out of bounds on dimension 1"),
                _ => alloc::format!("{what} index out of range"),
            }));
        }
        Ok(j as usize)
    }

    pub fn is_slice(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice(_)) => Some(r),
            _ => None,
        }
    }

    /// `key` with its `__index__` (or its bounds' `__index__`, for a slice) already
    /// called: an int, a slice of ints and `None`, or `key` itself when no Python code
    /// would run for it. Mutable sequences call this before they read their length, so
    /// that an `__index__` that changes the sequence cannot leave them a stale length
    /// (found by probing: `b[i] = 1` with `i.__index__` clearing `b` indexed past the
    /// end). A new slice is not rooted: use it before anything that may collect.
    pub fn resolve_index(&mut self, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = key else {
            return Ok(key);
        };
        let slice = match self.heap.get(r) {
            Obj::Slice(b) => Some(**b),
            _ => None,
        };
        match slice {
            Some(mut parts) => {
                if !parts.iter().any(|&v| self.runs_index(v)) {
                    return Ok(key);
                }
                for p in parts.iter_mut() {
                    if self.runs_index(*p) {
                        *p = Value::Int(self.to_index(*p)?);
                    }
                }
                Ok(Value::Obj(
                    self.alloc(Obj::Slice(alloc::boxed::Box::new(parts)))?,
                ))
            }
            None if self.runs_index(key) => Ok(Value::Int(self.to_index(key)?)),
            None => Ok(key),
        }
    }

    /// Whether using `v` as an index runs Python code (an instance with `__index__`).
    fn runs_index(&mut self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
            && self.lookup_special(v, q::__index__).is_some()
    }

    /// `slice.indices(len)` semantics.
    pub fn slice_bounds(&mut self, s: ObjRef, len: usize) -> PyResult<SliceBounds> {
        let [start, stop, step] = match self.heap.get(s) {
            Obj::Slice(b) => **b,
            _ => [Value::None; 3],
        };
        let step = if step.is_none() {
            1
        } else {
            self.slice_int(step)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let n = len as i64;
        let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let fix = |v: i64| -> i64 {
            if v < 0 {
                (v + n).max(lo)
            } else {
                v.min(hi)
            }
        };
        let start = if start.is_none() {
            if step < 0 {
                hi
            } else {
                lo
            }
        } else {
            fix(self.slice_int(start)?)
        };
        let stop = if stop.is_none() {
            if step < 0 {
                lo
            } else {
                hi
            }
        } else {
            fix(self.slice_int(stop)?)
        };
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, count as usize))
    }

    fn slice_int(&mut self, v: Value) -> PyResult<i64> {
        match self.to_num(v) {
            Some(crate::ops::Num::Int(i)) => Ok(i),
            Some(crate::ops::Num::Big(b)) => Ok(if num_traits::Signed::is_negative(&b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            _ => {
                if self.lookup_special(v, q::__index__).is_some() {
                    return self.to_index(v);
                }
                Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        }
    }

    /// The positions a slice selects.
    pub fn slice_positions(&mut self, s: ObjRef, len: usize) -> PyResult<Vec<usize>> {
        let (start, _, step, count) = self.slice_bounds(s, len)?;
        Ok((0..count)
            .map(|i| (start + i as i64 * step) as usize)
            .collect())
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::List(l) => {
                    if let Value::Int(i) = key {
                        let n = l.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            return Ok(l[j as usize]);
                        }
                        return Err(self.index_error("list index out of range"));
                    }
                    return self.seq_get(r, key, "list");
                }
                Obj::Tuple(t) => {
                    if let Value::Int(i) = key {
                        let n = t.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            return Ok(t[j as usize]);
                        }
                        return Err(self.index_error("tuple index out of range"));
                    }
                    return self.seq_get(r, key, "tuple");
                }
                Obj::Dict(_) => {
                    if let Some(v) = self.dict_get_item(obj, key)? {
                        return Ok(v);
                    }
                    return Err(self.key_error(key));
                }
                Obj::Str(_) => return crate::objstr::str_getitem(self, obj, key),
                Obj::Range(_) => return crate::objrange::range_getitem(self, r, key),
                Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_) => {
                    return crate::objbytes::bytes_getitem(self, obj, key)
                }
                Obj::Class(_) => {
                    // A metaclass __getitem__, then __class_getitem__ (an implicit
                    // classmethod); else `list[int]`-style aliases give the class itself.
                    if let Some(m) = self.lookup_special(obj, q::__getitem__) {
                        if !matches!(m, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)))
                        {
                            return self.call(m, &[obj, key]);
                        }
                    }
                    let cgi = self.interner.intern_static("__class_getitem__");
                    if let Some(f) = self.class_lookup(r, cgi) {
                        let f = match f {
                            Value::Obj(c) => match self.heap.get(c) {
                                Obj::ClassMethod(inner) => *inner,
                                _ => f,
                            },
                            _ => f,
                        };
                        return self.call(f, &[obj, key]);
                    }
                    return Ok(obj);
                }
                _ => {}
            }
        } else if let Value::Str(_) = obj {
            return crate::objstr::str_getitem(self, obj, key);
        }
        if let Some(m) = self.lookup_special(obj, q::__getitem__) {
            let is_native =
                matches!(m, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)));
            if !is_native {
                return self.call(m, &[obj, key]);
            }
        }
        let b = self.base_value(obj);
        if !b.is(obj) {
            // dict subclasses with __missing__.
            if self.dict_ref(b).is_some() {
                if let Some(v) = self.dict_get_item(b, key)? {
                    return Ok(v);
                }
                if let Some(m) = self.lookup_special(obj, q::__missing__) {
                    return self.call(m, &[obj, key]);
                }
                return Err(self.key_error(key));
            }
            return self.get_item(b, key);
        }
        let tn = self.type_name(obj);
        Err(self.type_error(alloc::format!("'{tn}' object is not subscriptable")))
    }

    fn seq_get(&mut self, r: ObjRef, key: Value, what: &str) -> PyResult<Value> {
        let key = self.resolve_index(key)?;
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            Obj::Tuple(t) => t.len(),
            _ => 0,
        };
        if let Some(s) = self.is_slice(key) {
            let (start, _, step, count) = self.slice_bounds(s, len)?;
            let src: &[Value] = match self.heap.get(r) {
                Obj::List(l) => l,
                Obj::Tuple(t) => t,
                _ => &[],
            };
            let items: Vec<Value> = if count == 0 {
                Vec::new()
            } else if step == 1 {
                src[start as usize..start as usize + count].to_vec()
            } else {
                (0..count)
                    .map(|i| src[(start + i as i64 * step) as usize])
                    .collect()
            };
            return if what == "list" {
                self.new_list(items)
            } else {
                self.new_tuple(items)
            };
        }
        let i = self.seq_index(key, len, what)?;
        Ok(match self.heap.get(r) {
            Obj::List(l) => l[i],
            Obj::Tuple(t) => t[i],
            _ => Value::None,
        })
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::List(_) => {
                    if let Some(s) = self.is_slice(key) {
                        return self.list_set_slice(r, s, value);
                    }
                    let key = self.resolve_index(key)?;
                    let len = self.list_len(r);
                    let i = self.seq_index(key, len, "list assignment")?;
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        l[i] = value;
                    }
                    return Ok(());
                }
                Obj::Dict(_) => return self.dict_set_item(obj, key, value),
                Obj::ByteArray(_) | Obj::MemoryView(_) => {
                    return crate::objbytes::bytearray_setitem(self, obj, key, value)
                }
                _ => {}
            }
        }
        if let Some(m) = self.lookup_special(obj, q::__setitem__) {
            let is_native =
                matches!(m, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)));
            if !is_native {
                self.call(m, &[obj, key, value])?;
                return Ok(());
            }
        }
        let b = self.base_value(obj);
        if !b.is(obj) {
            return self.set_item(b, key, value);
        }
        let tn = self.type_name(obj);
        Err(self.type_error(alloc::format!(
            "'{tn}' object does not support item assignment"
        )))
    }

    fn list_len(&self, r: ObjRef) -> usize {
        match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => 0,
        }
    }

    fn list_set_slice(&mut self, r: ObjRef, s: ObjRef, value: Value) -> PyResult<()> {
        let items = match self.iterate_to_vec(value) {
            Ok(items) => items,
            Err(e) => {
                let iterable = self.lookup_special(value, q::__iter__).is_some()
                    || self.lookup_special(value, q::__getitem__).is_some();
                if iterable {
                    return Err(e);
                }
                let extended = match self.heap.get(s) {
                    Obj::Slice(b) => !b[2].is_none() && !matches!(b[2], Value::Int(1)),
                    _ => false,
                };
                return Err(self.type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                }));
            }
        };
        // Bounds after the items: both may run Python code that changes the list.
        let s = match self.resolve_index(Value::Obj(s))? {
            Value::Obj(s) => s,
            _ => s,
        };
        let len = self.list_len(r);
        let (start, stop, step, count) = self.slice_bounds(s, len)?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop as usize).max(start);
            let grow = items.len().saturating_sub(stop - start) * core::mem::size_of::<Value>();
            if grow > 0 && self.heap.charge(grow).is_err() {
                return Err(self.memory_error());
            }
            if let Obj::List(l) = self.heap.get_mut(r) {
                l.splice(start..stop, items);
            }
            return Ok(());
        }
        if items.len() != count {
            return Err(self.value_error(alloc::format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                count
            )));
        }
        if let Obj::List(l) = self.heap.get_mut(r) {
            for (k, v) in items.into_iter().enumerate() {
                l[(start + k as i64 * step) as usize] = v;
            }
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::List(_) => {
                    let key = self.resolve_index(key)?;
                    let len = self.list_len(r);
                    if let Some(s) = self.is_slice(key) {
                        let (start, _, step, count) = self.slice_bounds(s, len)?;
                        if count == 0 {
                            return Ok(());
                        }
                        // The lowest position and the distance between removed items.
                        let (first, gap) = if step > 0 {
                            (start as usize, step as usize)
                        } else {
                            (
                                (start + (count as i64 - 1) * step) as usize,
                                (-step) as usize,
                            )
                        };
                        let last = first + (count - 1) * gap;
                        if let Obj::List(l) = self.heap.get_mut(r) {
                            if gap == 1 {
                                l.drain(first..=last);
                            } else {
                                let mut i = 0;
                                l.retain(|_| {
                                    let keep = i < first || i > last || (i - first) % gap != 0;
                                    i += 1;
                                    keep
                                });
                            }
                        }
                        return Ok(());
                    }
                    let i = self.seq_index(key, len, "list assignment")?;
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        l.remove(i);
                    }
                    return Ok(());
                }
                Obj::Dict(_) => {
                    if self.dict_del_item(obj, key)? {
                        return Ok(());
                    }
                    return Err(self.key_error(key));
                }
                Obj::ByteArray(_) => return crate::objbytes::bytearray_delitem(self, obj, key),
                _ => {}
            }
        }
        if let Some(m) = self.lookup_special(obj, q::__delitem__) {
            let is_native =
                matches!(m, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)));
            if !is_native {
                self.call(m, &[obj, key])?;
                return Ok(());
            }
        }
        let b = self.base_value(obj);
        if !b.is(obj) {
            return self.del_item(b, key);
        }
        let tn = self.type_name(obj);
        Err(self.type_error(alloc::format!(
            "'{tn}' object doesn't support item deletion"
        )))
    }
}

/// `KeyError` helper used by mapping code that only has a message.
pub fn missing_key(vm: &mut Vm, key: &str) -> crate::error::PyErr {
    let k = vm.new_str(String::from(key));
    match k {
        Ok(k) => vm.key_error(k),
        Err(e) => e,
    }
}

#[allow(dead_code)]
fn _unused(_: ExcKind) {}
