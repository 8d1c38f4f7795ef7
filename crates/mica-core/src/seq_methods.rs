//! Operator dunders of `list` and `tuple` (`(1, 2).__len__()`, `[1].__add__([2])`,
//! `super().__getitem__(i)` in subclasses), delegating to the generic protocol.
//!
//! Each method works on the built-in value inside `self` and answers `NotImplemented`
//! for operands of another kind, so reflected methods of the other operand still run.

use crate::error::PyResult;
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Which built-in sequence a value holds: 1 list, 2 tuple, 0 neither.
fn kind(vm: &Vm, v: Value) -> u8 {
    match vm.base_value(v) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(_) => 1,
            Obj::Tuple(_) => 2,
            _ => 0,
        },
        _ => 0,
    }
}

/// `self` and the other operand as plain values, when both are the same sequence kind.
fn same_kind(vm: &Vm, a: &[Value]) -> Option<(Value, Value)> {
    let (x, y) = (*a.first()?, *a.get(1)?);
    let k = kind(vm, x);
    (k != 0 && k == kind(vm, y)).then(|| (vm.base_value(x), vm.base_value(y)))
}

/// A repeat count: an int or an object with `__index__`.
fn count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    let n = vm.base_value(n);
    let int_like = matches!(n, Value::Int(_) | Value::Bool(_))
        || matches!(n, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
        || vm.lookup_special(n, crate::qstr::q::__index__).is_some();
    if int_like {
        Ok(Some(vm.to_index(n)?))
    } else {
        Ok(None)
    }
}

fn add(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    match same_kind(vm, a) {
        Some((x, y)) => vm.binary_op(x, y, 0),
        None => Ok(Value::NotImplemented),
    }
}

fn mul(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let s = vm.base_value(a[0]);
    match count(vm, a[1])? {
        Some(n) => vm.binary_op(s, Value::Int(n), 2),
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    match same_kind(vm, a) {
        Some((x, y)) => vm.compare_op(x, y, k),
        None => Ok(Value::NotImplemented),
    }
}

static COMMON: &[NativeDef] = &native_table([
    NativeDef::method("__add__", |vm, a, _| add(vm, a)),
    NativeDef::method("__mul__", |vm, a, _| mul(vm, a)),
    NativeDef::method("__rmul__", |vm, a, _| mul(vm, a)),
    NativeDef::method("__eq__", |vm, a, _| compare(vm, a, 2)),
    NativeDef::method("__ne__", |vm, a, _| compare(vm, a, 3)),
    NativeDef::method("__lt__", |vm, a, _| compare(vm, a, 0)),
    NativeDef::method("__le__", |vm, a, _| compare(vm, a, 1)),
    NativeDef::method("__gt__", |vm, a, _| compare(vm, a, 4)),
    NativeDef::method("__ge__", |vm, a, _| compare(vm, a, 5)),
]);

static TUPLE_ONLY: &[NativeDef] = &native_table([
    NativeDef::method("__len__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        Ok(Value::Int(vm.len_of(s)? as i64))
    }),
    NativeDef::method("__getitem__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        vm.get_item(s, a[1])
    }),
    NativeDef::method("__contains__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        Ok(Value::Bool(vm.contains(s, a[1])?))
    }),
    NativeDef::method("__iter__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        vm.get_iter(s)
    }),
]);

static LIST_ONLY: &[NativeDef] = &native_table([
    NativeDef::method("__iadd__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        vm.list_extend(s, a[1])?;
        Ok(a[0])
    }),
    NativeDef::method("__imul__", |vm, a, _| {
        let s = vm.base_value(a[0]);
        vm.inplace_op(s, a[1], 2)?;
        Ok(a[0])
    }),
]);

/// Registers the dunders on `list` (`is_list`) or `tuple`.
pub fn register(vm: &mut Vm, ty: ObjRef, is_list: bool) {
    vm.add_native_table(ty, COMMON);
    vm.add_native_table(ty, if is_list { LIST_ONLY } else { TUPLE_ONLY });
}
