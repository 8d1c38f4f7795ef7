//! The `set` and `frozenset` types: algebra operators and helpers.
//!
//! The operations walk their operands the way CPython does (which operand is iterated,
//! copies that presize, removals that leave deleted slots), so that results come out in
//! CPython's iteration order (see `setorder`). Every collected element vector and
//! temporary set is pushed on `temp_roots`; the public entry points restore it.

use alloc::vec::Vec;

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::objdict::Dict;
use crate::object::{Obj, SetObj};
use crate::value::{ObjRef, Value};
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

/// After a display of three or more constants built set `s`: CPython compiles such a
/// display into a constant frozenset (rebuilt once from its own iteration order) that is
/// then copied into the new set, which can lay the elements out differently from adding
/// them one by one.
pub fn finish_display(vm: &mut Vm, s: Value) {
    if let Value::Obj(r) = s {
        if let Obj::Set(st) = vm.heap.get_mut(r) {
            let d = &st.items;
            let mut rebuilt = Dict::new_set();
            if let Some(order) = d.set_order() {
                for e in order.entries().filter_map(|i| d.entry(i)) {
                    rebuilt.insert_new(e.hash, e.key, e.value);
                }
            }
            st.items = rebuilt.clone_shallow();
        }
    }
}

/// CPython's `set_next` (and `_PyDict_Next` for a dict): the first live element at or
/// after position `*pos` of the set or dict `r` as its table is now, with its hash.
fn table_next(vm: &Vm, r: ObjRef, pos: &mut usize) -> Option<(i64, Value)> {
    let (d, ordered) = match vm.heap.get(r) {
        Obj::Set(s) => (&s.items, true),
        Obj::Dict(d) => (&**d, false),
        _ => return None,
    };
    let end = if ordered {
        d.positions()
    } else {
        d.capacity_index()
    };
    while *pos < end {
        let p = *pos;
        *pos += 1;
        let e = if ordered {
            d.entry_in_order(p)
        } else {
            d.entry(p)
        };
        if let Some(e) = e {
            return Some((e.hash, e.key));
        }
    }
    None
}

/// Run `f` on the elements of set (or dict) `r` the way CPython's loops over
/// `set_next` do: the table is read afresh at every step, so `f` (which may run
/// `__eq__`) can change it, and the walk sees the change. Each element is rooted
/// while `f` runs; `f` answers whether to go on.
fn walk(
    vm: &mut Vm,
    r: ObjRef,
    mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let mut pos = 0;
    let mark = vm.temp_roots.len();
    while let Some((h, k)) = table_next(vm, r, &mut pos) {
        vm.temp_roots.push(k);
        let go = f(vm, h, k);
        vm.temp_roots.truncate(mark);
        if !go? {
            break;
        }
    }
    Ok(())
}

/// Run `f` on each element of an arbitrary iterable with its hash, as they come.
fn walk_iterable(
    vm: &mut Vm,
    v: Value,
    mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>,
) -> PyResult<()> {
    vm.for_each(v, 1, |vm, x| {
        let h = vm.hash(x)?;
        f(vm, h, x)
    })
}

/// CPython's `set_issubset` for two sets: every element of `a` is in `b` (a is
/// walked as it is at each step).
pub fn is_subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    if len_of_set(vm, a) > len_of_set(vm, b) {
        return Ok(false);
    }
    let mut all = true;
    walk(vm, a, |vm, h, k| {
        all = contains_hashed(vm, b, k, h)?;
        Ok(all)
    })?;
    Ok(all)
}

/// CPython's `set_isdisjoint`: no element of `other` (any iterable) is in set `s`.
pub fn is_disjoint(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<bool> {
    if other.is(Value::Obj(s)) {
        return Ok(len_of_set(vm, s) == 0);
    }
    let mut none = true;
    if let Some(o) = vm.set_ref(other) {
        let (big, small) = if len_of_set(vm, o) > len_of_set(vm, s) {
            (o, s)
        } else {
            (s, o)
        };
        walk(vm, small, |vm, h, k| {
            none = !contains_hashed(vm, big, k, h)?;
            Ok(none)
        })?;
        return Ok(none);
    }
    walk_iterable(vm, other, |vm, h, k| {
        none = !contains_hashed(vm, s, k, h)?;
        Ok(none)
    })?;
    Ok(none)
}

/// CPython's `set_issuperset` with a non-set operand: every element of `other` is in
/// set `s`.
pub fn contains_all(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<bool> {
    let mut all = true;
    walk_iterable(vm, other, |vm, h, k| {
        all = contains_hashed(vm, s, k, h)?;
        Ok(all)
    })?;
    Ok(all)
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

fn len_of_set(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Obj::Set(s) => s.items.len(),
        Obj::Dict(d) => d.len(),
        _ => 0,
    }
}

/// A new empty (rooted) set.
fn new_rooted(vm: &mut Vm, frozen: bool) -> PyResult<ObjRef> {
    let s = vm.new_set(frozen)?;
    vm.temp_roots.push(s);
    match s {
        Value::Obj(r) => Ok(r),
        _ => unreachable!("sets are heap objects"),
    }
}

/// A copy of set `src` as CPython's `set_copy` lays it out.
pub fn copy_of(vm: &mut Vm, src: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    let items = match vm.heap.get(src) {
        Obj::Set(s) => s.items.clone_shallow(),
        _ => Dict::new_set(),
    };
    let r = vm.alloc(Obj::Set(alloc::boxed::Box::new(SetObj { items, frozen })))?;
    vm.temp_roots.push(Value::Obj(r));
    Ok(r)
}

fn add_hashed(vm: &mut Vm, s: ObjRef, key: Value, hash: i64) -> PyResult<()> {
    vm.dict_insert_hashed(s, key, hash, Value::None)
}

/// Remove `key` (with `hash`) from set `s`; whether it was there.
fn discard_hashed(vm: &mut Vm, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
    if let Some(i) = vm.dict_find(s, key, hash)? {
        if let Obj::Set(st) = vm.heap.get_mut(s) {
            st.items.remove_at(i);
        }
        return Ok(true);
    }
    Ok(false)
}

fn contains_hashed(vm: &mut Vm, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
    Ok(vm.dict_find(s, key, hash)?.is_some())
}

/// Set-or-dict object behind `v` (sets and exact dicts are walked natively).
fn table_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    if let Some(r) = vm.set_ref(v) {
        return Some(r);
    }
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Some(r),
        _ => None,
    }
}

/// CPython's `set_update_internal`: add everything in `other` to set `s`.
fn update_rooted(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<()> {
    if let Some(o) = table_of(vm, other) {
        let n = len_of_set(vm, o);
        if n == 0 {
            return Ok(());
        }
        let other_is_set = matches!(vm.heap.get(o), Obj::Set(_));
        let empty = matches!(vm.heap.get(s), Obj::Set(st)
            if st.items.set_order().is_some_and(|ord| ord.fill() == 0));
        if other_is_set && empty && s != o {
            let items = match vm.heap.get(o) {
                Obj::Set(st) => st.items.clone_shallow(),
                _ => Dict::new_set(),
            };
            let old = match vm.heap.get(s) {
                Obj::Set(st) => st.items.heap_size(),
                _ => 0,
            };
            let new = items.heap_size();
            if new > old {
                vm.heap.charge(new - old).map_err(|_| vm.memory_error())?;
            }
            if let Obj::Set(st) = vm.heap.get_mut(s) {
                st.items = items;
            }
            return Ok(());
        }
        if let Obj::Set(st) = vm.heap.get_mut(s) {
            st.items.presize_for(n);
        }
        return walk(vm, o, |vm, h, k| add_hashed(vm, s, k, h).map(|_| true));
    }
    walk_iterable(vm, other, |vm, h, k| add_hashed(vm, s, k, h).map(|_| true))
}

/// `set.update(other)` for the VM (sets, dicts and any iterable).
pub fn update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    let r = match vm.set_ref(s) {
        Some(r) => r,
        None => return Err(vm.type_error("expected a set")),
    };
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(s);
    vm.temp_roots.push(other);
    let res = update_rooted(vm, r, other);
    vm.temp_roots.truncate(mark);
    res
}

/// CPython's `set_intersection(a, other)`: a new set of `a`'s kind.
fn intersection(vm: &mut Vm, a: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    if other.is(Value::Obj(a)) {
        return copy_of(vm, a, frozen);
    }
    let out = new_rooted(vm, frozen)?;
    if let Some(b) = vm.set_ref(other) {
        // Walk the smaller set, look up in the larger.
        let (small, big) = if len_of_set(vm, b) > len_of_set(vm, a) {
            (a, b)
        } else {
            (b, a)
        };
        walk(vm, small, |vm, h, k| {
            if contains_hashed(vm, big, k, h)? {
                add_hashed(vm, out, k, h)?;
            }
            Ok(true)
        })?;
        return Ok(out);
    }
    walk_iterable(vm, other, |vm, h, k| {
        if contains_hashed(vm, a, k, h)? {
            add_hashed(vm, out, k, h)?;
        }
        Ok(true)
    })?;
    Ok(out)
}

/// CPython's `set_difference_update_internal(s, other)`.
fn difference_update_rooted(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<()> {
    if other.is(Value::Obj(s)) {
        if let Obj::Set(st) = vm.heap.get_mut(s) {
            st.items.clear();
        }
        return Ok(());
    }
    let discard = |vm: &mut Vm, h: i64, k: Value| discard_hashed(vm, s, k, h).map(|_| true);
    match table_of(vm, other) {
        Some(o) if matches!(vm.heap.get(o), Obj::Set(_)) => {
            let o = if len_of_set(vm, o) >> 3 > len_of_set(vm, s) {
                intersection(vm, s, Value::Obj(o), false)?
            } else {
                o
            };
            walk(vm, o, discard)?;
        }
        _ => walk_iterable(vm, other, discard)?,
    }
    if let Obj::Set(st) = vm.heap.get_mut(s) {
        st.items.shrink_dummies();
    }
    Ok(())
}

/// CPython's `set_difference(a, other)`: a new set of `a`'s kind.
fn difference(vm: &mut Vm, a: ObjRef, other: Value, frozen: bool) -> PyResult<ObjRef> {
    let other_size = table_of(vm, other).map(|o| len_of_set(vm, o));
    match other_size {
        Some(n) if len_of_set(vm, a) >> 2 <= n => {
            let o = table_of(vm, other).unwrap_or(a);
            let out = new_rooted(vm, frozen)?;
            walk(vm, a, |vm, h, k| {
                if !contains_hashed(vm, o, k, h)? {
                    add_hashed(vm, out, k, h)?;
                }
                Ok(true)
            })?;
            Ok(out)
        }
        _ => {
            let out = copy_of(vm, a, frozen)?;
            difference_update_rooted(vm, out, other)?;
            Ok(out)
        }
    }
}

/// CPython's `set_symmetric_difference_update(s, other)`.
fn symmetric_update_rooted(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<()> {
    if other.is(Value::Obj(s)) {
        if let Obj::Set(st) = vm.heap.get_mut(s) {
            st.items.clear();
        }
        return Ok(());
    }
    let o = match table_of(vm, other) {
        Some(o) => o,
        None => {
            let tmp = new_rooted(vm, false)?;
            update_rooted(vm, tmp, other)?;
            tmp
        }
    };
    walk(vm, o, |vm, h, k| {
        if !discard_hashed(vm, s, k, h)? {
            add_hashed(vm, s, k, h)?;
        }
        Ok(true)
    })
}

/// `a.op(*others)` building a new set of `a`'s kind (the non-mutating methods).
pub fn combine_method(vm: &mut Vm, a: Value, others: &[Value], op: BinOp) -> PyResult<Value> {
    let r = match vm.set_ref(a) {
        Some(r) => r,
        None => return Err(vm.type_error("expected a set")),
    };
    let frozen = matches!(vm.heap.get(r), Obj::Set(s) if s.frozen);
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(a);
    vm.temp_roots.extend_from_slice(others);
    let res = (|| -> PyResult<ObjRef> {
        match op {
            BinOp::BitOr => {
                let out = copy_of(vm, r, frozen)?;
                for &o in others {
                    update_rooted(vm, out, o)?;
                }
                Ok(out)
            }
            BinOp::BitAnd => {
                let mut acc = r;
                if others.is_empty() {
                    return copy_of(vm, r, frozen);
                }
                for &o in others {
                    acc = intersection(vm, acc, o, frozen)?;
                }
                Ok(acc)
            }
            BinOp::Sub => {
                let Some((&first, rest)) = others.split_first() else {
                    return copy_of(vm, r, frozen);
                };
                let out = difference(vm, r, first, frozen)?;
                for &o in rest {
                    difference_update_rooted(vm, out, o)?;
                }
                Ok(out)
            }
            _ => {
                let out = new_rooted(vm, frozen)?;
                if let Some(&o) = others.first() {
                    update_rooted(vm, out, o)?;
                }
                symmetric_update_rooted(vm, out, a)?;
                Ok(out)
            }
        }
    })();
    vm.temp_roots.truncate(mark);
    res.map(Value::Obj)
}

/// `a.op_update(*others)` (and the in-place operators): change `a` itself.
pub fn update_method(vm: &mut Vm, a: Value, others: &[Value], op: BinOp) -> PyResult<()> {
    let r = match vm.set_ref(a) {
        Some(r) => r,
        None => return Err(vm.type_error("expected a set")),
    };
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(a);
    vm.temp_roots.extend_from_slice(others);
    let res = (|| -> PyResult<()> {
        match op {
            BinOp::BitOr => {
                for &o in others {
                    update_rooted(vm, r, o)?;
                }
            }
            BinOp::BitAnd => {
                let mut acc = r;
                for &o in others {
                    acc = intersection(vm, acc, o, false)?;
                }
                if acc != r {
                    let items = match vm.heap.get_mut(acc) {
                        Obj::Set(s) => s.items.take(),
                        _ => Dict::new_set(),
                    };
                    // The contents move between two charged objects (the next
                    // collection recounts both).
                    if let Obj::Set(s) = vm.heap.get_mut(r) {
                        s.items = items;
                    }
                }
            }
            BinOp::Sub => {
                for &o in others {
                    difference_update_rooted(vm, r, o)?;
                }
            }
            _ => {
                for &o in others {
                    symmetric_update_rooted(vm, r, o)?;
                }
            }
        }
        Ok(())
    })();
    vm.temp_roots.truncate(mark);
    res
}

/// `a op= b` on a mutable set: `Some(a)` when both are sets.
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) || !is_set(vm, a)
        || !is_set(vm, b)
    {
        return Ok(None);
    }
    update_method(vm, a, &[b], op)?;
    Ok(Some(a))
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
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(a);
    vm.temp_roots.push(b);
    let res = if is_set(vm, a) && is_set(vm, b) {
        let frozen =
            matches!(a, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(s) if s.frozen));
        set_pair_op(vm, op, a, b, frozen)
    } else {
        view_op(vm, op, a, b)
    };
    vm.temp_roots.truncate(mark);
    res.map(|r| Some(Value::Obj(r)))
}

fn set_pair_op(vm: &mut Vm, op: BinOp, a: Value, b: Value, frozen: bool) -> PyResult<ObjRef> {
    let ra = vm.set_ref(a).unwrap_or(vm.builtins);
    match op {
        BinOp::BitOr => {
            let out = copy_of(vm, ra, frozen)?;
            update_rooted(vm, out, b)?;
            Ok(out)
        }
        BinOp::BitAnd => intersection(vm, ra, b, frozen),
        BinOp::Sub => difference(vm, ra, b, frozen),
        _ => {
            let rb = vm.set_ref(b).unwrap_or(vm.builtins);
            let out = copy_of(vm, rb, frozen)?;
            symmetric_update_rooted(vm, out, a)?;
            Ok(out)
        }
    }
}

/// Operators with a dict view on either side: `set(view) op other`, except `&`, which
/// keeps the elements of the other operand found in the view.
fn view_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<ObjRef> {
    let out = new_rooted(vm, false)?;
    match op {
        BinOp::BitAnd => {
            let (view, other) = if is_view(vm, a) { (a, b) } else { (b, a) };
            let xs = vm.iterate_to_vec(other)?;
            vm.temp_roots.extend_from_slice(&xs);
            for x in xs {
                if vm.contains(view, x)? {
                    let h = vm.hash(x)?;
                    add_hashed(vm, out, x, h)?;
                }
            }
        }
        BinOp::BitOr => {
            update_rooted(vm, out, a)?;
            update_rooted(vm, out, b)?;
        }
        BinOp::Sub => {
            update_rooted(vm, out, a)?;
            difference_update_rooted(vm, out, b)?;
        }
        _ => {
            update_rooted(vm, out, a)?;
            symmetric_update_rooted(vm, out, b)?;
        }
    }
    Ok(out)
}
