//! Ordering and equality of built-in containers and strings: lexicographic comparison
//! of str, bytes, tuples and lists, subset tests for sets, and dict equality.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{DictViewKind, Obj};
use crate::value::Value;
use crate::vm::Vm;

fn ord_result(o: core::cmp::Ordering, k: u32) -> bool {
    use core::cmp::Ordering::*;
    match k {
        0 => o == Less,
        1 => o != Greater,
        2 => o == Equal,
        3 => o != Equal,
        4 => o == Greater,
        _ => o != Less,
    }
}

/// Compare two built-in values; `None` when the types do not support `k`.
pub fn builtin_compare(vm: &mut Vm, a: Value, b: Value, k: u32) -> PyResult<Option<bool>> {
    let nested = match (a, b) {
        (Value::Obj(x), Value::Obj(_)) => {
            matches!(vm.heap.get(x), Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_))
        }
        _ => false,
    };
    if !nested {
        return compare_values(vm, a, b, k);
    }
    // Containers compare their items recursively: bound the native recursion.
    vm.enter_data()?;
    let r = compare_values(vm, a, b, k);
    vm.leave_data();
    r
}

fn compare_values(vm: &mut Vm, a: Value, b: Value, k: u32) -> PyResult<Option<bool>> {
    // Comparisons of containers (and of the values inside slices, sets...) nest.
    vm.check_stack()?;
    if let (Some(x), Some(y)) = (vm.str_ref(a), vm.str_ref(b)) {
        return Ok(Some(ord_result(x.cmp(y), k)));
    }
    let (ra, rb) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (x, y),
        _ => return Ok(None),
    };
    enum Kind {
        Seq,
        Bytes(Vec<u8>, Vec<u8>),
        Set,
        Dict,
        View,
        Other,
    }
    let is_view = |r| matches!(vm.heap.get(r), Obj::MemoryView(_));
    if (is_view(ra) || is_view(rb)) && vm.is_bytes_like(a) && vm.is_bytes_like(b) {
        if k != 2 && k != 3 {
            return Ok(None);
        }
        let eq = vm.bytes_like(a)? == vm.bytes_like(b)?;
        return Ok(Some(if k == 2 { eq } else { !eq }));
    }
    let kind = match (vm.heap.get(ra), vm.heap.get(rb)) {
        (Obj::Tuple(_), Obj::Tuple(_)) | (Obj::List(_), Obj::List(_)) => Kind::Seq,
        (Obj::Bytes(x), Obj::Bytes(y)) => Kind::Bytes(x.to_vec(), y.to_vec()),
        (Obj::Bytes(x), Obj::ByteArray(y)) => Kind::Bytes(x.to_vec(), y.clone()),
        (Obj::ByteArray(x), Obj::Bytes(y)) => Kind::Bytes(x.clone(), y.to_vec()),
        (Obj::ByteArray(x), Obj::ByteArray(y)) => Kind::Bytes(x.clone(), y.clone()),
        (Obj::Set(_), Obj::Set(_)) => Kind::Set,
        (Obj::Slice(_), Obj::Slice(_)) => Kind::Seq,
        (Obj::DictView(_, kx), Obj::DictView(_, ky))
            if *kx != DictViewKind::Values && *ky != DictViewKind::Values =>
        {
            Kind::View
        }
        (Obj::DictView(_, kv), Obj::Set(_)) | (Obj::Set(_), Obj::DictView(_, kv))
            if *kv != DictViewKind::Values =>
        {
            Kind::View
        }
        (Obj::Dict(_), Obj::Dict(_)) => Kind::Dict,
        (Obj::Range(x), Obj::Range(y)) if k == 2 || k == 3 => {
            let eq = crate::objrange::equal(&vm.heap, x, y);
            return Ok(Some(if k == 2 { eq } else { !eq }));
        }
        (Obj::Complex(a1, b1), Obj::Complex(a2, b2)) if k == 2 || k == 3 => {
            let eq = a1 == a2 && b1 == b2;
            return Ok(Some(if k == 2 { eq } else { !eq }));
        }
        _ => Kind::Other,
    };
    match kind {
        Kind::Seq => {
            // Items are read afresh at each step: `==` may run Python code that mutates
            // a list being compared.
            let mut i = 0;
            while let (Some(p), Some(q)) = (seq_at(vm, ra, i), seq_at(vm, rb, i)) {
                i += 1;
                if p.is(q) || vm.eq(p, q)? {
                    continue;
                }
                if k == 2 {
                    return Ok(Some(false));
                }
                if k == 3 {
                    return Ok(Some(true));
                }
                let v = vm.compare_op(p, q, k)?;
                return Ok(Some(vm.truthy(v)?));
            }
            Ok(Some(ord_result(seq_len(vm, ra).cmp(&seq_len(vm, rb)), k)))
        }
        Kind::Bytes(x, y) => Ok(Some(ord_result(x.cmp(&y), k))),
        Kind::Set => {
            // CPython's `set_richcompare`: sizes first, then one subset walk.
            use crate::objset::is_subset;
            let len = |vm: &Vm, r| match vm.heap.get(r) {
                Obj::Set(s) => s.items.len(),
                _ => 0,
            };
            let (lx, ly) = (len(vm, ra), len(vm, rb));
            Ok(Some(match k {
                0 => lx < ly && is_subset(vm, ra, rb)?,
                1 => is_subset(vm, ra, rb)?,
                2 => lx == ly && is_subset(vm, ra, rb)?,
                3 => !(lx == ly && is_subset(vm, ra, rb)?),
                4 => lx > ly && is_subset(vm, rb, ra)?,
                _ => is_subset(vm, rb, ra)?,
            }))
        }
        Kind::Dict => {
            if k != 2 && k != 3 {
                return Ok(None);
            }
            let xs: Vec<(Value, Value)> = match vm.heap.get(ra) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
            let ylen = match vm.heap.get(rb) {
                Obj::Dict(d) => d.len(),
                _ => 0,
            };
            let mut eq = xs.len() == ylen;
            if eq {
                for (key, val) in xs {
                    match vm.dict_get_item(b, key)? {
                        Some(v2) => {
                            if !(val.is(v2) || vm.eq(val, v2)?) {
                                eq = false;
                                break;
                            }
                        }
                        None => {
                            eq = false;
                            break;
                        }
                    }
                }
            }
            Ok(Some(if k == 2 { eq } else { !eq }))
        }
        Kind::View => {
            // Compare key/item views as sets.
            let mark = vm.temp_roots.len();
            let r = (|| {
                let sa = view_as_set(vm, a)?;
                vm.temp_roots.push(sa);
                let sb = view_as_set(vm, b)?;
                vm.temp_roots.push(sb);
                builtin_compare(vm, sa, sb, k)
            })();
            vm.temp_roots.truncate(mark);
            r
        }
        Kind::Other => Ok(None),
    }
}

/// Item `i` of a tuple, list or slice (its start, stop and step).
fn seq_at(vm: &Vm, r: crate::value::ObjRef, i: usize) -> Option<Value> {
    match vm.heap.get(r) {
        Obj::Tuple(t) => t.get(i).copied(),
        Obj::List(l) => l.get(i).copied(),
        Obj::Slice(s) => s.get(i).copied(),
        _ => None,
    }
}

fn seq_len(vm: &Vm, r: crate::value::ObjRef) -> usize {
    match vm.heap.get(r) {
        Obj::Tuple(t) => t.len(),
        Obj::List(l) => l.len(),
        Obj::Slice(s) => s.len(),
        _ => 0,
    }
}

/// A set with a view's elements (sets are returned as they are).
fn view_as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.set_ref(v).is_some() {
        return Ok(v);
    }
    let s = vm.new_set(false)?;
    vm.temp_roots.push(s);
    let r = vm.set_update(s, v);
    vm.temp_roots.pop();
    r.map(|_| s)
}
