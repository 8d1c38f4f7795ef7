//! The `list` type's methods.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

fn this(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    match a.first().and_then(|&v| vm.list_ref(v)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn items(vm: &Vm, r: ObjRef) -> &Vec<Value> {
    match vm.heap.get(r) {
        Obj::List(l) => l,
        _ => unreachable_list(),
    }
}

fn items_mut(vm: &mut Vm, r: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(r) {
        Obj::List(l) => l,
        _ => unreachable_list(),
    }
}

#[cold]
fn unreachable_list() -> ! {
    panic!("mica: list_ref returned a non-list")
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    static LISTTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("append", |vm, a, _| {
            if a.len() != 2 {
                return Err(vm.type_error(alloc::format!(
                    "list.append() takes exactly one argument ({} given)",
                    a.len().saturating_sub(1)
                )));
            }
            vm.list_append(a[0], a[1])?;
            Ok(Value::None)
        }),
        NativeDef::method("extend", |vm, a, _| {
            vm.list_extend(a[0], a[1])?;
            Ok(Value::None)
        }),
        NativeDef::method("pop", list_pop),
        NativeDef::method("__reversed__", |vm, a, _| {
            // The list's own items, last first (a subclass's `__getitem__` is not used).
            let r = this(vm, a)?;
            let n = items(vm, r).len();
            let it = crate::object::IterObj::Reversed {
                seq: Value::Obj(r),
                index: n,
            };
            Ok(Value::Obj(vm.alloc(Obj::Iter(alloc::boxed::Box::new(it)))?))
        }),
        NativeDef::method("insert", |vm, a, _| {
            let r = this(vm, a)?;
            if a.len() != 3 {
                return Err(vm.type_error("insert expected 2 arguments"));
            }
            let i = vm.to_index(a[1])?;
            let n = items(vm, r).len() as i64;
            let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            if vm.heap.charge(core::mem::size_of::<Value>()).is_err() {
                return Err(vm.memory_error());
            }
            items_mut(vm, r).insert(pos, a[2]);
            Ok(Value::None)
        }),
        NativeDef::method("remove", |vm, a, _| {
            let r = this(vm, a)?;
            let mut i = 0;
            while let Some(&x) = items(vm, r).get(i) {
                if x.is(a[1]) || vm.eq(x, a[1])? {
                    if i < items(vm, r).len() {
                        items_mut(vm, r).remove(i);
                    }
                    return Ok(Value::None);
                }
                i += 1;
            }
            Err(vm.value_error("list.remove(x): x not in list"))
        }),
        NativeDef::method("index", |vm, a, _| {
            crate::builtin_types::seq_index_of(vm, a)
        }),
        NativeDef::method("count", |vm, a, _| crate::builtin_types::seq_count(vm, a)),
        NativeDef::method("reverse", |vm, a, _| {
            let r = this(vm, a)?;
            items_mut(vm, r).reverse();
            Ok(Value::None)
        }),
        NativeDef::method("clear", |vm, a, _| {
            let r = this(vm, a)?;
            items_mut(vm, r).clear();
            Ok(Value::None)
        }),
        NativeDef::method("copy", |vm, a, _| {
            let r = this(vm, a)?;
            let v = items(vm, r).clone();
            vm.new_list(v)
        }),
        NativeDef::method("sort", |vm, a, kw: Kw| {
            if a.len() > 1 {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            crate::builtin_types::list_sort_impl(vm, a[0], kw)?;
            Ok(Value::None)
        }),
        NativeDef::method("__len__", |vm, a, _| {
            let r = this(vm, a)?;
            Ok(Value::Int(items(vm, r).len() as i64))
        }),
        NativeDef::method("__getitem__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.get_item(Value::Obj(r), a[1])
        }),
        NativeDef::method("__setitem__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.set_item(Value::Obj(r), a[1], a[2])?;
            Ok(Value::None)
        }),
        NativeDef::method("__delitem__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.del_item(Value::Obj(r), a[1])?;
            Ok(Value::None)
        }),
        NativeDef::method("__contains__", |vm, a, _| {
            let r = this(vm, a)?;
            Ok(Value::Bool(vm.contains(Value::Obj(r), a[1])?))
        }),
        NativeDef::method("__iter__", |vm, a, _| {
            let r = this(vm, a)?;
            vm.get_iter(Value::Obj(r))
        }),
    ]);
    vm.add_native_table(ty, LISTTYPE_NATIVES_1);
}

fn list_pop(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let r = this(vm, a)?;
    // The index first: its `__index__` may change the list.
    let i = match a.get(1) {
        Some(&v) => Some(vm.to_index(v)?),
        None => None,
    };
    let n = items(vm, r).len();
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match i {
        Some(i) => {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(vm.index_error("pop index out of range"));
            }
            j as usize
        }
        None => n - 1,
    };
    Ok(items_mut(vm, r).remove(i))
}
