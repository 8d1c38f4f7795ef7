//! The `dict` type's methods.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{native_table, NativeDef};
use crate::object::{DictViewKind, Obj};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

fn this(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match a.first().and_then(|&v| vm.dict_ref(v)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn view(vm: &mut Vm, a: Args, kind: DictViewKind) -> PyResult<Value> {
    let r = this(vm, a)?;
    Ok(Value::Obj(vm.alloc(Obj::DictView(r, kind))?))
}

/// Methods of `dict_keys`, `dict_values` and `dict_items`.
fn register_views(vm: &mut Vm) {
    let kinds = [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ];
    for (i, ty) in kinds.into_iter().enumerate() {
        static DICTTYPE_NATIVES_1: &[NativeDef] = &native_table([
            NativeDef::method("__len__", |vm, a, _| {
                Ok(Value::Int(vm.len_of(a[0])? as i64))
            }),
            NativeDef::method("__iter__", |vm, a, _| vm.get_iter(a[0])),
            NativeDef::method("__reversed__", |vm, a, _| {
                let mut items = match a[0] {
                    Value::Obj(r) => match vm.heap.get(r) {
                        Obj::DictView(d, k) => {
                            let (d, k) = (*d, *k);
                            crate::objdict_methods::view_items(vm, d, k)?
                        }
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                items.reverse();
                let l = vm.new_list(items)?;
                vm.get_iter(l)
            }),
        ]);
        vm.add_native_table(ty, DICTTYPE_NATIVES_1);
        if i == 1 {
            continue;
        }
        static DICTTYPE_NATIVES_2: &[NativeDef] = &native_table([
            NativeDef::method("__contains__", |vm, a, _| {
                Ok(Value::Bool(vm.contains(a[0], a[1])?))
            }),
            NativeDef::method("isdisjoint", |vm, a, _| {
                let items = vm.iterate_to_vec(a[1])?;
                let mark = vm.temp_roots.len();
                vm.temp_roots.extend_from_slice(&items);
                let mut r = Ok(Value::Bool(true));
                for x in items {
                    match vm.contains(a[0], x) {
                        Ok(false) => {}
                        Ok(true) => {
                            r = Ok(Value::Bool(false));
                            break;
                        }
                        Err(e) => {
                            r = Err(e);
                            break;
                        }
                    }
                }
                vm.temp_roots.truncate(mark);
                r
            }),
        ]);
        vm.add_native_table(ty, DICTTYPE_NATIVES_2);
    }
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    register_views(vm);
    static DICTTYPE_NATIVES_3: &[NativeDef] = &native_table([
        NativeDef::method("keys", |vm, a, _| view(vm, a, DictViewKind::Keys)),
        NativeDef::method("values", |vm, a, _| view(vm, a, DictViewKind::Values)),
        NativeDef::method("items", |vm, a, _| view(vm, a, DictViewKind::Items)),
        NativeDef::method("get", |vm, a, _| {
            let r = this(vm, a)?;
            if a.len() < 2 {
                return Err(vm.type_error("get expected at least 1 argument, got 0"));
            }
            Ok(vm
                .dict_get_item(Value::Obj(r), a[1])?
                .unwrap_or(a.get(2).copied().unwrap_or(Value::None)))
        }),
        NativeDef::method("setdefault", |vm, a, _| {
            let r = this(vm, a)?;
            if a.len() < 2 {
                return Err(vm.type_error("setdefault expected at least 1 argument, got 0"));
            }
            // One lookup, as CPython: a key's `__eq__` runs once.
            let hash = vm.hash(a[1])?;
            if let Some(i) = vm.dict_find(r, a[1], hash)? {
                return Ok(dict_value(vm, r, i));
            }
            let d = a.get(2).copied().unwrap_or(Value::None);
            vm.dict_insert_new(r, a[1], hash, d)?;
            Ok(d)
        }),
        NativeDef::method("pop", |vm, a, _| {
            let r = this(vm, a)?;
            if a.len() < 2 {
                return Err(vm.type_error("pop expected at least 1 argument, got 0"));
            }
            let hash = vm.hash(a[1])?;
            match vm.dict_find(r, a[1], hash)? {
                Some(i) => {
                    let (_, v) = match vm.heap.get_mut(r) {
                        Obj::Dict(d) => d.remove_at(i),
                        _ => (Value::None, Value::None),
                    };
                    Ok(v)
                }
                None => match a.get(2) {
                    Some(&d) => Ok(d),
                    None => Err(vm.key_error(a[1])),
                },
            }
        }),
        NativeDef::method("popitem", |vm, a, _| {
            let r = this(vm, a)?;
            let last = match vm.heap.get(r) {
                Obj::Dict(d) => d.last_index(),
                _ => None,
            };
            match last {
                Some(i) => {
                    let (k, v) = match vm.heap.get_mut(r) {
                        Obj::Dict(d) => d.remove_at(i),
                        _ => (Value::None, Value::None),
                    };
                    vm.new_tuple(alloc::vec![k, v])
                }
                None => Err(vm.error(
                    crate::error::ExcKind::KeyError,
                    "popitem(): dictionary is empty",
                )),
            }
        }),
        NativeDef::method("update", |vm, a, kw: Kw| {
            let r = this(vm, a)?;
            if let Some(&src) = a.get(1) {
                vm.dict_update(Value::Obj(r), src, false)?;
            }
            for &(k, v) in kw {
                vm.dict_set_item(Value::Obj(r), Value::Str(k), v)?;
            }
            Ok(Value::None)
        }),
        NativeDef::method("copy", |vm, a, _| {
            let r = this(vm, a)?;
            crate::objdict_methods::dict_copy(vm, Value::Obj(r))
        }),
        NativeDef::method("clear", |vm, a, _| {
            let r = this(vm, a)?;
            if let Obj::Dict(d) = vm.heap.get_mut(r) {
                d.clear();
            }
            Ok(Value::None)
        }),
        NativeDef::class_method("fromkeys", |vm, a, _| {
            let d = vm.call(a[0], &[])?;
            vm.temp_roots.push(d);
            let r = (|| {
                let keys: Vec<Value> = vm.iterate_to_vec(a[1])?;
                let v = a.get(2).copied().unwrap_or(Value::None);
                for k in keys {
                    vm.set_item(d, k, v)?;
                }
                Ok(d)
            })();
            vm.temp_roots.pop();
            r
        }),
        NativeDef::method("__getitem__", |vm, a, _| {
            let r = this(vm, a)?;
            if !a[0].is(Value::Obj(r)) && a.len() == 2 {
                // A subclass instance: a miss goes to its `__missing__`.
                if let Some(v) = vm.dict_get_item(Value::Obj(r), a[1])? {
                    return Ok(v);
                }
                if let Some(m) = vm.lookup_special(a[0], crate::qstr::q::__missing__) {
                    return vm.call(m, &[a[0], a[1]]);
                }
            }
            vm.get_item(Value::Obj(r), a[1])
        }),
        NativeDef::method("__setitem__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.dict_set_item(Value::Obj(r), a[1], a[2])?;
            Ok(Value::None)
        }),
        NativeDef::method("__delitem__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.del_item(Value::Obj(r), a[1])?;
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(ty, DICTTYPE_NATIVES_3);
    // `d.__eq__(other)`: dicts compare by contents; other kinds are NotImplemented.
    static DICTTYPE_NATIVES_4: &[NativeDef] = &native_table([
        NativeDef::method("__eq__", |vm, a, _| dict_compare(vm, a, 2)),
        NativeDef::method("__ne__", |vm, a, _| dict_compare(vm, a, 3)),
        NativeDef::method("__contains__", |vm, a, _| {
            let r = this(vm, a)?;
            Ok(Value::Bool(vm.contains(Value::Obj(r), a[1])?))
        }),
        NativeDef::method("__len__", |vm, a, _| {
            let r = this(vm, a)?;
            Ok(Value::Int(vm.len_of(Value::Obj(r))? as i64))
        }),
        NativeDef::method("__iter__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.get_iter(Value::Obj(r))
        }),
    ]);
    vm.add_native_table(ty, DICTTYPE_NATIVES_4);
}

/// The value at position `i` (just found) of dict `r`.
fn dict_value(vm: &Vm, r: ObjRef, i: usize) -> Value {
    match vm.heap.get(r) {
        Obj::Dict(d) => d.entry(i).map_or(Value::None, |e| e.value),
        _ => Value::None,
    }
}

fn dict_compare(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    let r = this(vm, a)?;
    match a.get(1).and_then(|&o| vm.dict_ref(o)) {
        Some(o) => vm.compare_op(Value::Obj(r), Value::Obj(o), k),
        None => Ok(Value::NotImplemented),
    }
}
