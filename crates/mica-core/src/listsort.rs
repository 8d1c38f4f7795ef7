//! `list.sort(key=, reverse=)` and `sorted()`: a stable sort.
//!
//! Keys that are all ints, all NaN-free reals (ints and floats) or all strings are
//! ordered natively with no call back into the comparison protocol. Anything else goes
//! through a merge sort whose comparisons try scalar and tuple fast paths before the
//! generic `<`, which may call Python code (and so may fail, or mutate the list: the
//! list is emptied while it is sorted, as CPython does, and a mutation is reported).

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::error::PyResult;
use crate::object::Obj;
use crate::objstr::kwarg;
use crate::qstr::{q, QStr};
use crate::value::Value;
use crate::vm::Vm;

type Kw<'a> = &'a [(QStr, Value)];

/// `list.sort(key=, reverse=)` on the list `l`.
pub fn list_sort_impl(vm: &mut Vm, l: Value, kw: Kw) -> PyResult<()> {
    // The native sorts (`slice::sort_by`) keep a 4 KiB scratch buffer on the stack:
    // more than the guard's margin has left once the caller's frames are on it, so
    // sort only from above the limit (see `stackguard.rs`).
    vm.check_stack()?;
    let r = match vm.list_ref(l) {
        Some(r) => r,
        None => return Err(vm.type_error("sort() needs a list")),
    };
    let key = kwarg(kw, q::key).filter(|k| !k.is_none());
    let reverse = match kwarg(kw, q::reverse) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = match vm.heap.get_mut(r) {
        Obj::List(v) => core::mem::take(v),
        _ => Vec::new(),
    };
    let mark = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(&items);
    let result = (|| -> PyResult<Vec<Value>> {
        let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
        for &x in &items {
            let k = match key {
                Some(f) => {
                    let k = vm.call(f, &[x])?;
                    vm.temp_roots.push(k);
                    k
                }
                None => x,
            };
            keyed.push((k, x));
        }
        // Reversing before and after a stable sort keeps equal items in their order.
        if reverse {
            keyed.reverse();
        }
        if !native_sort(vm, &mut keyed) {
            keyed = merge_sort(vm, keyed)?;
        }
        let mut out: Vec<Value> = keyed.into_iter().map(|(_, x)| x).collect();
        if reverse {
            out.reverse();
        }
        Ok(out)
    })();
    vm.temp_roots.truncate(mark);
    let modified = match vm.heap.get(r) {
        Obj::List(v) => !v.is_empty(),
        _ => false,
    };
    match result {
        Ok(out) => {
            if let Obj::List(v) = vm.heap.get_mut(r) {
                *v = out;
            }
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(())
        }
        Err(e) => {
            if let Obj::List(v) = vm.heap.get_mut(r) {
                *v = items;
            }
            Err(e)
        }
    }
}

/// What every key is, when the keys share a natively ordered kind.
#[derive(PartialEq, Clone, Copy)]
enum KeyKind {
    Int,
    Real,
    Str,
}

fn key_kind(vm: &Vm, keys: &[(Value, Value)]) -> Option<KeyKind> {
    let mut kind = match keys.first()?.0 {
        Value::Int(_) => KeyKind::Int,
        Value::Float(_) => KeyKind::Real,
        v if plain_str(vm, v).is_some() => KeyKind::Str,
        _ => return None,
    };
    for &(k, _) in keys {
        match (k, kind) {
            (Value::Int(_), KeyKind::Int | KeyKind::Real) => {}
            (Value::Float(f), KeyKind::Int | KeyKind::Real) if !f.is_nan() => {
                kind = KeyKind::Real;
            }
            (v, KeyKind::Str) if plain_str(vm, v).is_some() => {}
            _ => return None,
        }
    }
    Some(kind)
}

/// The text of an exact `str` (not an instance of a subclass, which may override `<`).
fn plain_str(vm: &Vm, v: Value) -> Option<&str> {
    match v {
        Value::Str(q) => Some(vm.interner.get(q)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => Some(&s.s),
            _ => None,
        },
        _ => None,
    }
}

/// Exact ordering of an int and a float that is not NaN.
pub fn int_float_cmp(i: i64, f: f64) -> Ordering {
    let fl = libm::floor(f);
    // i64 covers [-2^63, 2^63); floats outside it are beyond every i64.
    if fl >= 9_223_372_036_854_775_808.0 {
        return Ordering::Less;
    }
    if fl < -9_223_372_036_854_775_808.0 {
        return Ordering::Greater;
    }
    match i.cmp(&(fl as i64)) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    }
}

fn real_cmp(a: Value, b: Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(&y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        (Value::Int(x), Value::Float(y)) => int_float_cmp(x, y),
        (Value::Float(x), Value::Int(y)) => int_float_cmp(y, x).reverse(),
        _ => Ordering::Equal,
    }
}

/// Sort `keyed` by key without the comparison protocol when every key is an int, a
/// NaN-free real or a str (all total orders), or a short tuple of those; `false`
/// leaves it untouched.
fn native_sort(vm: &Vm, keyed: &mut Vec<(Value, Value)>) -> bool {
    match key_kind(vm, keyed) {
        Some(KeyKind::Int) => keyed.sort_by_key(|&(k, _)| match k {
            Value::Int(i) => i,
            _ => 0,
        }),
        Some(KeyKind::Real) => keyed.sort_by(|a, b| real_cmp(a.0, b.0)),
        Some(KeyKind::Str) => {
            let mut texts: Vec<(&str, (Value, Value))> = keyed
                .iter()
                .map(|&(k, x)| (plain_str(vm, k).unwrap_or(""), (k, x)))
                .collect();
            texts.sort_by(|a, b| a.0.cmp(b.0));
            let sorted: Vec<(Value, Value)> = texts.into_iter().map(|(_, kx)| kx).collect();
            *keyed = sorted;
        }
        None => return tuple_sort(vm, keyed),
    }
    true
}

/// One element of a tuple key, borrowed for a native comparison.
#[derive(Clone, Copy)]
enum Scalar<'a> {
    Num(Value),
    Text(&'a str),
}

fn scalar_of(vm: &Vm, v: Value) -> Option<Scalar<'_>> {
    match v {
        Value::Int(_) => Some(Scalar::Num(v)),
        Value::Float(f) if !f.is_nan() => Some(Scalar::Num(v)),
        _ => plain_str(vm, v).map(Scalar::Text),
    }
}

fn scalar_order(a: Scalar, b: Scalar) -> Ordering {
    match (a, b) {
        (Scalar::Num(x), Scalar::Num(y)) => real_cmp(x, y),
        (Scalar::Text(x), Scalar::Text(y)) => x.cmp(y),
        // Ruled out by `tuple_sort` (each position holds numbers only or strs only).
        _ => Ordering::Equal,
    }
}

/// Sort by tuple keys natively when every element is an int, a NaN-free float or a
/// str, and each position holds only numbers or only strs across all keys (so every
/// comparison the generic path could make is a total order that cannot fail).
fn tuple_sort(vm: &Vm, keyed: &mut Vec<(Value, Value)>) -> bool {
    const MAX_WIDTH: usize = 4;
    // Per position: 1 numbers seen, 2 strs seen.
    let mut kinds = [0u8; MAX_WIDTH];
    let mut rows: Vec<([Scalar; MAX_WIDTH], usize, usize)> = Vec::with_capacity(keyed.len());
    for (idx, &(k, _)) in keyed.iter().enumerate() {
        let Value::Obj(r) = k else { return false };
        let Obj::Tuple(t) = vm.heap.get(r) else {
            return false;
        };
        if t.len() > MAX_WIDTH {
            return false;
        }
        let mut row = [Scalar::Num(Value::Int(0)); MAX_WIDTH];
        for (slot, &item) in row.iter_mut().zip(t.iter()) {
            match scalar_of(vm, item) {
                Some(sc) => *slot = sc,
                None => return false,
            }
        }
        for (i, sc) in row.iter().take(t.len()).enumerate() {
            kinds[i] |= match sc {
                Scalar::Num(_) => 1,
                Scalar::Text(_) => 2,
            };
            if kinds[i] == 3 {
                return false;
            }
        }
        rows.push((row, t.len(), idx));
    }
    rows.sort_by(|a, b| {
        let n = a.1.min(b.1);
        for i in 0..n {
            match scalar_order(a.0[i], b.0[i]) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        a.1.cmp(&b.1)
    });
    let sorted: Vec<(Value, Value)> = rows.iter().map(|&(_, _, i)| keyed[i]).collect();
    *keyed = sorted;
    true
}

/// `a < b` with scalar fast paths and a direct walk over two tuples.
fn sort_less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let Some(o) = scalar_cmp(vm, a, b) {
        return Ok(o == Ordering::Less);
    }
    if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
        if let (Obj::Tuple(x), Obj::Tuple(y)) = (vm.heap.get(ra), vm.heap.get(rb)) {
            let n = x.len().min(y.len());
            let (lx, ly) = (x.len(), y.len());
            let mut i = 0;
            while i < n {
                let (p, q) = match (vm.heap.get(ra), vm.heap.get(rb)) {
                    (Obj::Tuple(x), Obj::Tuple(y)) => (x[i], y[i]),
                    _ => break,
                };
                if let Some(o) = scalar_cmp(vm, p, q) {
                    if o == Ordering::Equal {
                        i += 1;
                        continue;
                    }
                    return Ok(o == Ordering::Less);
                }
                if p.is(q) || vm.eq(p, q)? {
                    i += 1;
                    continue;
                }
                return vm.less_than(p, q);
            }
            return Ok(lx < ly);
        }
    }
    vm.less_than(a, b)
}

/// The order of two ints, two NaN-free reals or two plain strings.
fn scalar_cmp(vm: &Vm, a: Value, b: Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        (Value::Int(x), Value::Float(y)) if !y.is_nan() => Some(int_float_cmp(x, y)),
        (Value::Float(x), Value::Int(y)) if !x.is_nan() => Some(int_float_cmp(y, x).reverse()),
        (Value::Str(x), Value::Str(y)) if x == y => Some(Ordering::Equal),
        (Value::Str(_) | Value::Obj(_), Value::Str(_) | Value::Obj(_)) => {
            Some(plain_str(vm, a)?.cmp(plain_str(vm, b)?))
        }
        _ => None,
    }
}

/// Stable merge sort through `sort_less`: insertion-sorted runs, then bottom-up merges
/// (a merge is skipped when its halves are already in order).
fn merge_sort(vm: &mut Vm, v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let n = v.len();
    let mut a = v;
    let run = 16;
    let mut start = 0;
    while start < n {
        let end = (start + run).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && sort_less(vm, a[j].0, a[j - 1].0)? {
                a.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = run;
    let mut buf = a.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            if mid >= hi || !sort_less(vm, a[mid].0, a[mid - 1].0)? {
                buf[i..hi].copy_from_slice(&a[i..hi]);
                i += 2 * width;
                continue;
            }
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                if sort_less(vm, a[r].0, a[l].0)? {
                    buf[k] = a[r];
                    r += 1;
                } else {
                    buf[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - l)].copy_from_slice(&a[l..mid]);
            k += mid - l;
            buf[k..k + (hi - r)].copy_from_slice(&a[r..hi]);
            i += 2 * width;
        }
        core::mem::swap(&mut a, &mut buf);
        width *= 2;
    }
    Ok(a)
}
