//! The `dict` type's methods and its key/value/item views.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{DictViewKind, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A shallow copy of a dict.
pub fn dict_copy(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let copy = match vm.dict_ref(d).map(|r| vm.heap.get(r)) {
        Some(Obj::Dict(dd)) => dd.clone_shallow(),
        _ => return Err(vm.type_error("expected a dict")),
    };
    Ok(Value::Obj(vm.alloc(Obj::Dict(Box::new(copy)))?))
}

/// The elements a view shows.
pub fn view_items(vm: &mut Vm, d: ObjRef, kind: DictViewKind) -> PyResult<Vec<Value>> {
    let pairs: Vec<(Value, Value)> = match vm.heap.get(d) {
        Obj::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        out.push(match kind {
            DictViewKind::Keys => k,
            DictViewKind::Values => v,
            DictViewKind::Items => vm.new_tuple(alloc::vec![k, v])?,
        });
    }
    Ok(out)
}

pub fn view_contains(vm: &mut Vm, d: ObjRef, kind: DictViewKind, item: Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => vm.contains(Value::Obj(d), item),
        DictViewKind::Values => {
            let items = view_items(vm, d, kind)?;
            for v in items {
                if vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let kv = match vm.unpack_exact(item, 2) {
                Ok(kv) => kv,
                Err(_) => return Ok(false),
            };
            match vm.dict_get_item(Value::Obj(d), kv[0])? {
                Some(v) => vm.eq(v, kv[1]),
                None => Ok(false),
            }
        }
    }
}
