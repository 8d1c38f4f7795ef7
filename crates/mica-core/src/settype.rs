//! The `set` and `frozenset` types' methods (frozenset gets only the non-mutating ones).

use crate::ast::BinOp;
use crate::error::{ExcKind, PyResult};
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn is_frozen(vm: &Vm, v: Value) -> bool {
    match vm.set_ref(v) {
        Some(r) => matches!(vm.heap.get(r), Obj::Set(s) if s.frozen),
        None => false,
    }
}

/// `self` as a set, or the descriptor TypeError.
fn this(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<ObjRef> {
    match a.first().and_then(|&v| vm.set_ref(v)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(alloc::format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            a.first().map(|&v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

/// An arbitrary iterable as a (temporary, rooted) set; sets are used as they are.
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.set_ref(v).is_some() {
        return Ok(v);
    }
    let s = vm.new_set(false)?;
    vm.temp_roots.push(s);
    vm.set_update(s, v)?;
    Ok(s)
}

/// `a.op(*others)` building a new set of `a`'s kind.
fn combine(vm: &mut Vm, a: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    this(vm, a, name)?;
    crate::objset::combine_method(vm, a[0], &a[1..], op)
}

/// `a.op_update(*others)`: change `a` in place.
fn update_with(vm: &mut Vm, a: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    this(vm, a, name)?;
    crate::objset::update_method(vm, a[0], &a[1..], op)?;
    Ok(Value::None)
}

/// Subset test `a <= b` (or `a >= b` when `flip`) against any iterable, as CPython's
/// `set_issubset` / `set_issuperset`.
fn subset(vm: &mut Vm, a: &[Value], flip: bool, name: &str) -> PyResult<Value> {
    let r = this(vm, a, name)?;
    if a.len() != 2 {
        return Err(vm.type_error(alloc::format!(
            "set.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let mark = vm.temp_roots.len();
    let res = (|| {
        if flip {
            if let Some(o) = vm.set_ref(a[1]) {
                return crate::objset::is_subset(vm, o, r);
            }
            return crate::objset::contains_all(vm, r, a[1]);
        }
        let o = as_set(vm, a[1])?;
        let o = vm.set_ref(o).unwrap_or(r);
        crate::objset::is_subset(vm, r, o)
    })();
    vm.temp_roots.truncate(mark);
    res.map(Value::Bool)
}

/// Remove `key` from the set; whether it was there.
fn remove_key(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    if let Some(i) = vm.dict_find(r, key, h)? {
        if let Obj::Set(s) = vm.heap.get_mut(r) {
            s.items.remove_at(i);
        }
        return Ok(true);
    }
    Ok(false)
}

fn one_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<()> {
    if a.len() != 2 {
        return Err(vm.type_error(alloc::format!(
            "set.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    let frozen = ty == vm.types.frozenset;
    static SETTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("copy", |vm, a, _| {
            if is_frozen(vm, a[0])
                && matches!(a[0], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(_)))
            {
                return Ok(a[0]);
            }
            combine(vm, &a[..1], BinOp::BitOr, "copy")
        }),
        NativeDef::method("union", |vm, a, _| combine(vm, a, BinOp::BitOr, "union")),
        NativeDef::method("intersection", |vm, a, _| {
            combine(vm, a, BinOp::BitAnd, "intersection")
        }),
        NativeDef::method("difference", |vm, a, _| {
            combine(vm, a, BinOp::Sub, "difference")
        }),
        NativeDef::method("symmetric_difference", |vm, a, _| {
            one_arg(vm, a, "symmetric_difference")?;
            combine(vm, a, BinOp::BitXor, "symmetric_difference")
        }),
        NativeDef::method("issubset", |vm, a, _| subset(vm, a, false, "issubset")),
        NativeDef::method("issuperset", |vm, a, _| subset(vm, a, true, "issuperset")),
        NativeDef::method("isdisjoint", |vm, a, _| {
            one_arg(vm, a, "isdisjoint")?;
            let r = this(vm, a, "isdisjoint")?;
            Ok(Value::Bool(crate::objset::is_disjoint(vm, r, a[1])?))
        }),
    ]);
    vm.add_native_table(ty, SETTYPE_NATIVES_1);
    // Comparison dunders: subset/superset/equality against sets and frozensets only.
    static SET_COMPARE: &[NativeDef] = &native_table([
        NativeDef::method("__lt__", |vm, a, _| set_compare(vm, a, 0)),
        NativeDef::method("__le__", |vm, a, _| set_compare(vm, a, 1)),
        NativeDef::method("__eq__", |vm, a, _| set_compare(vm, a, 2)),
        NativeDef::method("__ne__", |vm, a, _| set_compare(vm, a, 3)),
        NativeDef::method("__gt__", |vm, a, _| set_compare(vm, a, 4)),
        NativeDef::method("__ge__", |vm, a, _| set_compare(vm, a, 5)),
    ]);
    vm.add_native_table(ty, SET_COMPARE);
    static SETTYPE_NATIVES_2: &[NativeDef] = &native_table([
        NativeDef::method("__contains__", |vm, a, _| {
            let r = this(vm, a, "__contains__")?;
            Ok(Value::Bool(vm.contains(Value::Obj(r), a[1])?))
        }),
        NativeDef::method("__len__", |vm, a, _| {
            let r = this(vm, a, "__len__")?;
            Ok(Value::Int(vm.len_of(Value::Obj(r))? as i64))
        }),
        NativeDef::method("__iter__", |vm, a, _| {
            let r = this(vm, a, "__iter__")?;
            vm.get_iter(Value::Obj(r))
        }),
    ]);
    vm.add_native_table(ty, SETTYPE_NATIVES_2);
    if frozen {
        return;
    }
    static SETTYPE_NATIVES_3: &[NativeDef] = &native_table([
        NativeDef::method("add", |vm, a, _| {
            this(vm, a, "add")?;
            one_arg(vm, a, "add")?;
            vm.set_add(a[0], a[1])?;
            Ok(Value::None)
        }),
        NativeDef::method("discard", |vm, a, _| {
            let r = this(vm, a, "discard")?;
            one_arg(vm, a, "discard")?;
            remove_key(vm, r, a[1])?;
            Ok(Value::None)
        }),
        NativeDef::method("remove", |vm, a, _| {
            let r = this(vm, a, "remove")?;
            one_arg(vm, a, "remove")?;
            if remove_key(vm, r, a[1])? {
                return Ok(Value::None);
            }
            Err(vm.key_error(a[1]))
        }),
        NativeDef::method("pop", |vm, a, _| {
            let r = this(vm, a, "pop")?;
            let first = match vm.heap.get_mut(r) {
                Obj::Set(s) => s.items.pop_index(),
                _ => None,
            };
            match first {
                Some(i) => {
                    let (k, _) = match vm.heap.get_mut(r) {
                        Obj::Set(s) => s.items.remove_at(i),
                        _ => (Value::None, Value::None),
                    };
                    Ok(k)
                }
                None => Err(vm.error(ExcKind::KeyError, "pop from an empty set")),
            }
        }),
        NativeDef::method("clear", |vm, a, _| {
            let r = this(vm, a, "clear")?;
            if let Obj::Set(s) = vm.heap.get_mut(r) {
                s.items.clear();
            }
            Ok(Value::None)
        }),
        NativeDef::method("update", |vm, a, _| {
            update_with(vm, a, BinOp::BitOr, "update")
        }),
        NativeDef::method("intersection_update", |vm, a, _| {
            update_with(vm, a, BinOp::BitAnd, "intersection_update")
        }),
        NativeDef::method("difference_update", |vm, a, _| {
            update_with(vm, a, BinOp::Sub, "difference_update")
        }),
        NativeDef::method("symmetric_difference_update", |vm, a, _| {
            one_arg(vm, a, "symmetric_difference_update")?;
            update_with(vm, a, BinOp::BitXor, "symmetric_difference_update")
        }),
    ]);
    vm.add_native_table(ty, SETTYPE_NATIVES_3);
}

fn set_compare(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    let r = this(vm, a, "__eq__")?;
    match a.get(1).and_then(|&o| vm.set_ref(o)) {
        Some(o) => vm.compare_op(Value::Obj(r), Value::Obj(o), k),
        None => Ok(Value::NotImplemented),
    }
}
