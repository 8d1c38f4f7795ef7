//! `bytearray`'s in-place methods: append, extend, insert, pop, remove, reverse, clear,
//! copy and the in-place operators.

use alloc::vec::Vec;

use crate::bytestype::byte_value;
use crate::error::PyResult;
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The bytearray object behind `v` (itself, or the base of a subclass instance).
fn array_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match vm.base_value(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::ByteArray(_)) => Ok(r),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(alloc::format!(
                "descriptor requires a 'bytearray' object but received a '{tn}'"
            )))
        }
    }
}

/// Run `f` on the bytes of the bytearray `r`, re-charging any change in its size.
pub(crate) fn with<R>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    let before = vm.heap.get(r).heap_size();
    let out = match vm.heap.get_mut(r) {
        Obj::ByteArray(b) => f(b),
        _ => f(&mut Vec::new()),
    };
    let after = vm.heap.get(r).heap_size();
    if after > before && vm.heap.charge(after - before).is_err() {
        // Room for the bytes was checked beforehand; the growth slack is not
        // needed, and must not be taken outside the budget.
        if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
            b.shrink_to_fit();
        }
        let now = vm.heap.get(r).heap_size();
        let _ = vm.heap.charge(now.saturating_sub(before));
    } else if after < before {
        vm.heap.uncharge(before - after);
    }
    out
}

/// Check that `extra` more bytes fit in the heap budget.
pub(crate) fn check_room(vm: &mut Vm, extra: usize) -> PyResult<()> {
    if !vm.heap.can_charge(extra) {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// The bytes `extend` (and `+=`) appends: a bytes-like object or an iterable of ints.
fn extend_source(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_bytes_like(v) || vm.is_bytes_like(vm.base_value(v)) {
        return vm.bytes_like(v);
    }
    if vm.str_ref(v).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    if !vm.is_iterable(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(alloc::format!("can't extend bytearray with {tn}")));
    }
    let items = vm.iterate_to_vec(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

/// An index argument normalised for insert (clamped) or pop (checked).
fn pop_index(vm: &mut Vm, i: i64, len: usize) -> PyResult<usize> {
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(j as usize)
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    static BYTEARRAYTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("append", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let b = byte_value(vm, a.get(1).copied().unwrap_or(Value::None))?;
            check_room(vm, 1)?;
            with(vm, r, |d| d.push(b));
            Ok(Value::None)
        }),
        NativeDef::method("extend", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let src = extend_source(vm, a.get(1).copied().unwrap_or(Value::None))?;
            check_room(vm, src.len())?;
            with(vm, r, |d| d.extend(src));
            Ok(Value::None)
        }),
        NativeDef::method("insert", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            if a.len() != 3 {
                return Err(vm.type_error(alloc::format!(
                    "insert expected 2 arguments, got {}",
                    a.len() - 1
                )));
            }
            let i = vm.to_index(a[1])?;
            let b = byte_value(vm, a[2])?;
            check_room(vm, 1)?;
            with(vm, r, |d| {
                let n = d.len() as i64;
                let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                d.insert(j as usize, b);
            });
            Ok(Value::None)
        }),
        NativeDef::method("pop", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            // The index first: its `__index__` may resize the bytearray.
            let i = match a.get(1) {
                Some(&v) => vm.to_index(v)?,
                None => -1,
            };
            let len = with(vm, r, |d| d.len());
            let i = pop_index(vm, i, len)?;
            Ok(Value::Int(with(vm, r, |d| d.remove(i)) as i64))
        }),
        NativeDef::method("remove", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let b = byte_value(vm, a.get(1).copied().unwrap_or(Value::None))?;
            let found = with(vm, r, |d| match d.iter().position(|&x| x == b) {
                Some(p) => {
                    d.remove(p);
                    true
                }
                None => false,
            });
            if !found {
                return Err(vm.value_error("value not found in bytearray"));
            }
            Ok(Value::None)
        }),
        NativeDef::method("reverse", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            with(vm, r, |d| d.reverse());
            Ok(Value::None)
        }),
        NativeDef::method("clear", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            with(vm, r, |d| d.clear());
            Ok(Value::None)
        }),
        NativeDef::method("copy", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let d = with(vm, r, |d| d.clone());
            Ok(Value::Obj(vm.alloc(Obj::ByteArray(d))?))
        }),
        NativeDef::method("__iadd__", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let v = a.get(1).copied().unwrap_or(Value::None);
            if !vm.is_bytes_like(v) && !vm.is_bytes_like(vm.base_value(v)) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!("can't concat {tn} to bytearray")));
            }
            let src = vm.bytes_like(v)?;
            check_room(vm, src.len())?;
            with(vm, r, |d| d.extend(src));
            Ok(a[0])
        }),
        NativeDef::method("__imul__", |vm, a, _| {
            let r = array_ref(vm, a[0])?;
            let n = vm.to_index(a.get(1).copied().unwrap_or(Value::None))?;
            let len = with(vm, r, |d| d.len());
            let total = len as u128 * n.max(0) as u128;
            if total > vm.heap.free_bytes() as u128 {
                return Err(vm.memory_error());
            }
            with(vm, r, |d| {
                if n <= 0 {
                    d.clear();
                } else {
                    *d = d.repeat(n as usize);
                }
            });
            Ok(a[0])
        }),
        NativeDef::method("__setitem__", |vm, a, _| {
            let b = vm.base_value(a[0]);
            crate::objbytes::bytearray_setitem(vm, b, a[1], a[2])?;
            Ok(Value::None)
        }),
        NativeDef::method("__delitem__", |vm, a, _| {
            let b = vm.base_value(a[0]);
            crate::objbytes::bytearray_delitem(vm, b, a[1])?;
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(ty, BYTEARRAYTYPE_NATIVES_1);
}
