//! The `bytes`, `bytearray` and `memoryview` types: operators, indexing and methods.

use alloc::vec::Vec;

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The bytes of a bytes-like object (bytes, bytearray, memoryview).
    pub fn bytes_like(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Bytes(b) => return Ok(b.to_vec()),
                Obj::ByteArray(b) => return Ok(b.clone()),
                Obj::MemoryView(_) => return crate::memoryview::view_bytes(self, r),
                Obj::Instance(i) if !i.base.is_null() => {
                    let b = i.base;
                    return self.bytes_like(b);
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(alloc::format!(
            "a bytes-like object is required, not '{tn}'"
        )))
    }

    pub fn is_bytes_like(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_)))
    }
}

/// `+`, `*` and `%` on bytes and bytearray (`a` is the bytes-like operand).
pub fn bytes_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_array = matches!(a, Value::Obj(r) if matches!(vm.heap.get(r), Obj::ByteArray(_)));
    let data = vm.bytes_like(a)?;
    let out = match op {
        BinOp::Add => {
            if !vm.is_bytes_like(b) {
                let tn = vm.type_name(b);
                return Err(vm.type_error(alloc::format!(
                    "can't concat {tn} to {}",
                    if is_array { "bytearray" } else { "bytes" }
                )));
            }
            let mut d = data;
            d.extend(vm.bytes_like(b)?);
            d
        }
        BinOp::Mult => {
            // An int, or an object with `__index__` (which runs first and may resize a
            // bytearray: read the bytes after it).
            let n = match vm.repeat_count(b, crate::qstr::q::__rmul__)? {
                Some(n) => n,
                None => return Ok(None),
            };
            let data = vm.bytes_like(a)?;
            if n <= 0 {
                Vec::new()
            } else {
                let total = data.len() as u128 * n as u128;
                if total > vm.heap.free_bytes() as u128 {
                    return Err(vm.memory_error());
                }
                data.repeat(n as usize)
            }
        }
        BinOp::Mod => return bytes_percent(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    let r = if is_array {
        vm.alloc(Obj::ByteArray(out))?
    } else {
        vm.alloc(Obj::Bytes(out.into_boxed_slice()))?
    };
    Ok(Some(Value::Obj(r)))
}

pub fn bytes_contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let data = vm.bytes_like(container)?;
    match item {
        Value::Int(i) => {
            if !(0..256).contains(&i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(data.contains(&(i as u8)))
        }
        _ => {
            let sub = vm.bytes_like(item)?;
            if sub.is_empty() {
                return Ok(true);
            }
            Ok(data.windows(sub.len()).any(|w| w == &sub[..]))
        }
    }
}

/// `obj[key]` of a bytes, bytearray or memoryview: an in-range int index of a bytes or
/// bytearray is answered here (a small function, no copy of the bytes), everything else
/// by `bytes_getitem_general`.
#[inline(never)]
pub fn bytes_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
        let data = match vm.heap.get(r) {
            Obj::Bytes(b) => &b[..],
            Obj::ByteArray(b) => &b[..],
            _ => &[][..],
        };
        // A negative index counts from the end; as unsigned, any still negative or
        // past the end fails the one comparison.
        let j = if i < 0 { i + data.len() as i64 } else { i } as u64;
        if j < data.len() as u64 {
            return Ok(Value::Int(data[j as usize] as i64));
        }
    }
    bytes_getitem_general(vm, obj, key)
}

#[inline(never)]
fn bytes_getitem_general(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Value::Obj(r) = obj {
        if matches!(vm.heap.get(r), Obj::MemoryView(_)) {
            return crate::memoryview::getitem(vm, r, key);
        }
    }
    let is_array = matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Obj::ByteArray(_)));
    // The index before the bytes: its `__index__` may resize a bytearray.
    let key = vm.resolve_index(key)?;
    let data = vm.bytes_like(obj)?;
    if let Some(s) = vm.is_slice(key) {
        let pos = vm.slice_positions(s, data.len())?;
        let out: Vec<u8> = pos.iter().map(|&i| data[i]).collect();
        let r = if is_array {
            vm.alloc(Obj::ByteArray(out))?
        } else {
            vm.alloc(Obj::Bytes(out.into_boxed_slice()))?
        };
        return Ok(Value::Obj(r));
    }
    let what = match obj {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::MemoryView(_)) => "memoryview",
        _ if is_array => "bytearray",
        _ => "byte",
    };
    let i = vm.seq_index(key, data.len(), what)?;
    Ok(Value::Int(data[i] as i64))
}

/// `obj[key] = value` on a bytearray or memoryview: an in-range int index of a
/// bytearray given an int in `range(256)` is done here (a small function), everything
/// else by `bytearray_setitem_general`.
#[inline(never)]
pub fn bytearray_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if let (Value::Obj(r), Value::Int(i), Value::Int(x)) = (obj, key, value) {
        if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
            // As in `bytes_getitem`: one unsigned comparison for the index and one for
            // the value.
            let j = if i < 0 { i + b.len() as i64 } else { i } as u64;
            if j < b.len() as u64 && (x as u64) < 256 {
                b[j as usize] = x as u8;
                return Ok(());
            }
        }
    }
    bytearray_setitem_general(vm, obj, key, value)
}

#[inline(never)]
fn bytearray_setitem_general(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let r = match obj {
        Value::Obj(r) => r,
        _ => return Err(vm.type_error("bytearray expected")),
    };
    match vm.heap.get(r) {
        Obj::ByteArray(_) => {}
        Obj::MemoryView(_) => return crate::memoryview::setitem(vm, r, key, value),
        _ => return Err(vm.type_error("bytearray expected")),
    }
    if let Some(s) = vm.is_slice(key) {
        let new = if vm.is_bytes_like(value) || vm.is_bytes_like(vm.base_value(value)) {
            vm.bytes_like(value)?
        } else if vm.is_int(value) || vm.str_ref(value).is_some() || !vm.is_iterable(value) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            let items = vm.iterate_to_vec(value)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(crate::bytestype::byte_value(vm, it)?);
            }
            out
        };
        // The items' conversion and the bounds may run Python code that resizes the
        // bytearray: read its length after them.
        let s = match vm.resolve_index(Value::Obj(s))? {
            Value::Obj(s) => s,
            _ => s,
        };
        let len = match vm.heap.get(r) {
            Obj::ByteArray(b) => b.len(),
            _ => 0,
        };
        let (start, stop, step, count) = vm.slice_bounds(s, len)?;
        if step != 1 && new.len() != count {
            return Err(vm.value_error(alloc::format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                new.len()
            )));
        }
        if !vm.heap.can_charge(new.len()) {
            return Err(vm.memory_error());
        }
        let before = vm.heap.get(r).heap_size();
        if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
            if step == 1 {
                let stop = (stop as usize).max(start as usize);
                b.splice(start as usize..stop, new);
            } else {
                for (k, x) in new.into_iter().enumerate() {
                    b[(start + k as i64 * step) as usize] = x;
                }
            }
        }
        let after = vm.heap.get(r).heap_size();
        if after > before {
            let _ = vm.heap.charge(after - before);
        } else {
            vm.heap.uncharge(before - after);
        }
        return Ok(());
    }
    let key = vm.resolve_index(key)?;
    let len = match vm.heap.get(r) {
        Obj::ByteArray(b) => b.len(),
        _ => 0,
    };
    let i = vm.seq_index(key, len, "bytearray")?;
    let n = crate::bytestype::byte_value(vm, value)?;
    // The value's `__index__` may have shrunk the bytearray too.
    match vm.heap.get_mut(r) {
        Obj::ByteArray(b) if i < b.len() => b[i] = n,
        _ => return Err(vm.index_error("bytearray index out of range")),
    }
    Ok(())
}

/// `bytes % args` and `bytearray % args`.
pub fn bytes_percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let array = crate::bytestype::is_bytearray(vm, fmt);
    let f = vm.bytes_like(fmt)?;
    let out = crate::bytesfmt::format(vm, &f, args)?;
    if array {
        Ok(Value::Obj(vm.alloc(Obj::ByteArray(out))?))
    } else {
        vm.new_bytes(out)
    }
}

pub fn bytearray_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let r = match obj {
        Value::Obj(r) => r,
        _ => return Ok(()),
    };
    let key = vm.resolve_index(key)?;
    let len = match vm.heap.get(r) {
        Obj::ByteArray(b) => b.len(),
        _ => 0,
    };
    if let Some(s) = vm.is_slice(key) {
        let mut pos = vm.slice_positions(s, len)?;
        pos.sort_unstable();
        if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
            for &p in pos.iter().rev() {
                b.remove(p);
            }
        }
        return Ok(());
    }
    let i = vm.seq_index(key, len, "bytearray")?;
    if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
        b.remove(i);
    }
    Ok(())
}
