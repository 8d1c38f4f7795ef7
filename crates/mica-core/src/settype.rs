//! The `set` and `frozenset` types' methods.

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn binop(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = a[0];
    for &other in &a[1..] {
        let o = if vm.set_ref(other).is_some() {
            other
        } else {
            let s = vm.new_set(false)?;
            vm.set_update(s, other)?;
            s
        };
        acc = match crate::objset::set_binop(vm, op, acc, o)? {
            Some(v) => v,
            None => return Err(vm.type_error("bad set operand")),
        };
    }
    if a.len() == 1 {
        let s = vm.new_set(
            matches!(vm.heap.get(a[0].as_obj().unwrap_or(vm.builtins)), Obj::Set(s) if s.frozen),
        )?;
        vm.set_update(s, a[0])?;
        return Ok(s);
    }
    Ok(acc)
}

fn inplace(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let r = binop(vm, a, op)?;
    let items = crate::objset::set_items(vm, r);
    if let Some(sr) = vm.set_ref(a[0]) {
        if let Obj::Set(s) = vm.heap.get_mut(sr) {
            s.items.clear();
        }
    }
    for it in items {
        vm.set_add(a[0], it)?;
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    vm.add_method(ty, "add", |vm, a, _| {
        vm.set_add(a[0], a[1])?;
        Ok(Value::None)
    });
    vm.add_method(ty, "discard", |vm, a, _| {
        if let Some(r) = vm.set_ref(a[0]) {
            let h = vm.hash(a[1])?;
            if let Some(i) = vm.dict_find(r, a[1], h)? {
                if let Obj::Set(s) = vm.heap.get_mut(r) {
                    s.items.remove_at(i);
                }
            }
        }
        Ok(Value::None)
    });
    vm.add_method(ty, "remove", |vm, a, _| {
        if let Some(r) = vm.set_ref(a[0]) {
            let h = vm.hash(a[1])?;
            if let Some(i) = vm.dict_find(r, a[1], h)? {
                if let Obj::Set(s) = vm.heap.get_mut(r) {
                    s.items.remove_at(i);
                }
                return Ok(Value::None);
            }
        }
        Err(vm.key_error(a[1]))
    });
    vm.add_method(ty, "pop", |vm, a, _| {
        let r = vm.set_ref(a[0]).unwrap_or(vm.builtins);
        let first = match vm.heap.get(r) {
            Obj::Set(s) => s.items.first_index(),
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
            None => Err(vm.error(crate::error::ExcKind::KeyError, "pop from an empty set")),
        }
    });
    vm.add_method(ty, "clear", |vm, a, _| {
        if let Some(r) = vm.set_ref(a[0]) {
            if let Obj::Set(s) = vm.heap.get_mut(r) {
                s.items.clear();
            }
        }
        Ok(Value::None)
    });
    vm.add_method(ty, "copy", |vm, a, _| binop(vm, &a[..1], BinOp::BitOr));
    vm.add_method(ty, "update", |vm, a, _| {
        for &x in &a[1..] {
            vm.set_update(a[0], x)?;
        }
        Ok(Value::None)
    });
    vm.add_method(ty, "union", |vm, a, _| binop(vm, a, BinOp::BitOr));
    vm.add_method(ty, "intersection", |vm, a, _| binop(vm, a, BinOp::BitAnd));
    vm.add_method(ty, "difference", |vm, a, _| binop(vm, a, BinOp::Sub));
    vm.add_method(ty, "symmetric_difference", |vm, a, _| {
        binop(vm, a, BinOp::BitXor)
    });
    vm.add_method(ty, "intersection_update", |vm, a, _| {
        inplace(vm, a, BinOp::BitAnd)
    });
    vm.add_method(ty, "difference_update", |vm, a, _| {
        inplace(vm, a, BinOp::Sub)
    });
    vm.add_method(ty, "symmetric_difference_update", |vm, a, _| {
        inplace(vm, a, BinOp::BitXor)
    });
    vm.add_method(ty, "issubset", |vm, a, _| {
        let o = binop(vm, &a[1..2], BinOp::BitOr)?;
        vm.compare_op(a[0], o, 1)
    });
    vm.add_method(ty, "issuperset", |vm, a, _| {
        let o = binop(vm, &a[1..2], BinOp::BitOr)?;
        vm.compare_op(a[0], o, 5)
    });
    vm.add_method(ty, "isdisjoint", |vm, a, _| {
        let i = binop(vm, a, BinOp::BitAnd)?;
        Ok(Value::Bool(vm.len_of(i)? == 0))
    });
    vm.add_method(ty, "__contains__", |vm, a, _| {
        Ok(Value::Bool(vm.contains(a[0], a[1])?))
    });
    vm.add_method(ty, "__len__", |vm, a, _| {
        Ok(Value::Int(vm.len_of(a[0])? as i64))
    });
    vm.add_method(ty, "__iter__", |vm, a, _| vm.get_iter(a[0]));
}
