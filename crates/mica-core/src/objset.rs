//! The `set` and `frozenset` types: algebra operators and helpers.

use alloc::vec::Vec;

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// The elements of a set (or dict view) in iteration order.
pub fn set_items(vm: &mut Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Set(s) => s.items.keys(),
            Obj::Dict(d) => d.keys(),
            Obj::Instance(i) if !i.base.is_null() => {
                let b = i.base;
                set_items(vm, b)
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_setlike(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(_)) && (is_set(vm, v) || is_view(vm, v))
}

fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(_)))
}

/// A `dict_keys` or `dict_items` view (set-like, unlike `dict_values`).
fn is_view(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r),
        Obj::DictView(_, k) if *k != crate::object::DictViewKind::Values))
}

/// Items of a set operand (sets, frozensets; any iterable next to a dict view).
fn operand_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if is_set(vm, v) {
        return Ok(set_items(vm, v));
    }
    vm.iterate_to_vec(v)
}

/// `|`, `&`, `-`, `^` on sets.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(None);
    }
    // Sets combine with sets and views; a view combines with any iterable.
    let ok = (is_setlike(vm, a) && is_setlike(vm, b)) || is_view(vm, a) || is_view(vm, b);
    if !ok {
        return Ok(None);
    }
    let frozen = is_set(vm, b)
        && matches!(a, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(s) if s.frozen));
    let mark = vm.temp_roots.len();
    let res = set_binop_rooted(vm, op, a, b, frozen);
    vm.temp_roots.truncate(mark);
    res.map(Some)
}

fn set_binop_rooted(vm: &mut Vm, op: BinOp, a: Value, b: Value, frozen: bool) -> PyResult<Value> {
    let xs = operand_items(vm, a)?;
    vm.temp_roots.extend_from_slice(&xs);
    let ys = operand_items(vm, b)?;
    vm.temp_roots.extend_from_slice(&ys);
    let out = vm.new_set(frozen)?;
    vm.temp_roots.push(out);
    let res = (|| -> PyResult<()> {
        let bset = vm.new_set(false)?;
        vm.temp_roots.push(bset);
        for &y in &ys {
            vm.set_add(bset, y)?;
        }
        let aset = vm.new_set(false)?;
        vm.temp_roots.push(aset);
        for &x in &xs {
            vm.set_add(aset, x)?;
        }
        let in_set = |vm: &mut Vm, s: Value, x: Value| -> PyResult<bool> { vm.contains(s, x) };
        match op {
            BinOp::BitOr => {
                for &x in xs.iter().chain(ys.iter()) {
                    vm.set_add(out, x)?;
                }
            }
            BinOp::BitAnd => {
                for &x in &xs {
                    if in_set(vm, bset, x)? {
                        vm.set_add(out, x)?;
                    }
                }
            }
            BinOp::Sub => {
                for &x in &xs {
                    if !in_set(vm, bset, x)? {
                        vm.set_add(out, x)?;
                    }
                }
            }
            _ => {
                for &x in &xs {
                    if !in_set(vm, bset, x)? {
                        vm.set_add(out, x)?;
                    }
                }
                for &y in &ys {
                    if !in_set(vm, aset, y)? {
                        vm.set_add(out, y)?;
                    }
                }
            }
        }
        Ok(())
    })();
    res?;
    Ok(out)
}
