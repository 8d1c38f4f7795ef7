//! The `range` type: construction, length, indexing and slicing, `in`, `index`/`count`,
//! attributes, repr, equality and hashing.
//!
//! Ranges whose bounds fit in `i64` use the machine-word fields of [`RangeObj`] (and
//! iterate with `IterObj::Range`); others keep their bounds as Python ints in a tuple
//! (`RangeObj::big`) and go through the `BigInt` paths here.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::gc::Heap;
use crate::object::{native_table, NativeDef};
use crate::object::{Obj, RangeObj};
use crate::ops::Num;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn int_of(heap: &Heap, v: Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(b as i64),
        Value::Obj(r) => match heap.get(r) {
            Obj::BigInt(b) => (**b).clone(),
            _ => BigInt::zero(),
        },
        _ => BigInt::zero(),
    }
}

/// `(start, stop, step)` of a range as big ints.
pub fn parts(heap: &Heap, rg: &RangeObj) -> (BigInt, BigInt, BigInt) {
    if let Some(t) = rg.big {
        if let Obj::Tuple(items) = heap.get(t) {
            if items.len() == 3 {
                return (
                    int_of(heap, items[0]),
                    int_of(heap, items[1]),
                    int_of(heap, items[2]),
                );
            }
        }
    }
    (
        BigInt::from(rg.start),
        BigInt::from(rg.stop),
        BigInt::from(rg.step),
    )
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

/// The number of items, as a big int.
pub fn length(heap: &Heap, rg: &RangeObj) -> BigInt {
    if rg.big.is_none() {
        let (lo, hi, st) = (rg.start as i128, rg.stop as i128, rg.step as i128);
        let n = if st > 0 && lo < hi {
            (hi - lo - 1) / st + 1
        } else if st < 0 && lo > hi {
            (lo - hi - 1) / (-st) + 1
        } else {
            0
        };
        return BigInt::from(n);
    }
    let (a, b, c) = parts(heap, rg);
    big_len(&a, &b, &c)
}

fn range_of(vm: &mut Vm, r: ObjRef) -> PyResult<RangeObj> {
    match vm.heap.get(r) {
        Obj::Range(rg) => Ok(**rg),
        _ => Err(vm.type_error("expected range")),
    }
}

/// `len(range)`: OverflowError past `sys.maxsize`, as in CPython.
pub fn range_len(vm: &mut Vm, r: ObjRef) -> PyResult<usize> {
    let rg = range_of(vm, r)?;
    // `isize`, not `i64`: on a 32-bit device `sys.maxsize` is 2**31 - 1.
    match length(&vm.heap, &rg).to_isize() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

pub fn is_empty(heap: &Heap, rg: &RangeObj) -> bool {
    length(heap, rg).is_zero()
}

/// A range from big-int bounds (machine words when they fit).
pub fn new_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> PyResult<Value> {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return Ok(Value::Obj(vm.alloc(Obj::Range(Box::new(RangeObj {
            start: a,
            stop: b,
            step: c,
            big: None,
        })))?));
    }
    let mark = vm.temp_roots.len();
    let mut vals = Vec::with_capacity(3);
    for b in [start, stop, step] {
        let v = vm.new_bigint(b)?;
        vm.temp_roots.push(v);
        vals.push(v);
    }
    let t = vm.new_tuple(vals);
    vm.temp_roots.truncate(mark);
    let t = t?;
    vm.temp_roots.push(t);
    let r = vm.alloc(Obj::Range(Box::new(RangeObj {
        start: 0,
        stop: 0,
        step: 1,
        big: t.as_obj(),
    })));
    vm.temp_roots.pop();
    Ok(Value::Obj(r?))
}

/// The common case of `range(...)` with machine-word int arguments and a non-zero
/// step, without going through big ints. `None`: anything else (the general path
/// reports the errors).
#[inline]
pub fn small_range(a: &[Value]) -> Option<RangeObj> {
    let (start, stop, step) = match *a {
        [Value::Int(stop)] => (0, stop, 1),
        [Value::Int(start), Value::Int(stop)] => (start, stop, 1),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if step != 0 => (start, stop, step),
        _ => return None,
    };
    Some(RangeObj {
        start,
        stop,
        step,
        big: None,
    })
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn make_range(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    if let Some(rg) = small_range(a) {
        return Ok(Value::Obj(vm.alloc(Obj::Range(Box::new(rg)))?));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(if a.is_empty() {
            String::from("range expected at least 1 argument, got 0")
        } else {
            alloc::format!("range expected at most 3 arguments, got {}", a.len())
        }));
    }
    let mut ints = Vec::with_capacity(3);
    for &v in a {
        let v = if vm.is_int(v) {
            v
        } else if let Some(m) = vm.lookup_special(v, crate::qstr::q::__index__) {
            vm.call(m, &[v])?
        } else {
            let tn = vm.type_name(v);
            return Err(vm.type_error(alloc::format!(
                "'{tn}' object cannot be interpreted as an integer"
            )));
        };
        match vm.to_bigint(v) {
            Some(b) => ints.push(b),
            None => return Err(vm.type_error("__index__ returned non-int")),
        }
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints.remove(0), BigInt::one()),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::one()),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    new_range(vm, start, stop, step)
}

/// An index (possibly big, possibly negative) into a range of `len` items.
fn item_index(vm: &mut Vm, key: Value, len: &BigInt) -> PyResult<BigInt> {
    let i = match vm.to_num(key) {
        Some(Num::Int(i)) => BigInt::from(i),
        Some(Num::Big(b)) => b,
        _ => {
            if vm.lookup_special(key, crate::qstr::q::__index__).is_some() {
                BigInt::from(vm.to_index(key)?)
            } else {
                let tn = vm.type_name(key);
                return Err(vm.type_error(alloc::format!(
                    "range indices must be integers or slices, not {tn}"
                )));
            }
        }
    };
    let j = if i.is_negative() { &i + len } else { i };
    if j.is_negative() || &j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(j)
}

/// Clamp a slice bound the way `slice.indices` does, with big ints.
fn slice_bound(
    vm: &mut Vm,
    v: Value,
    len: &BigInt,
    step_neg: bool,
    default_start: bool,
) -> PyResult<BigInt> {
    let (lo, hi) = if step_neg {
        (-BigInt::one(), len - BigInt::one())
    } else {
        (BigInt::zero(), len.clone())
    };
    if v.is_none() {
        return Ok(if default_start == step_neg { hi } else { lo });
    }
    let x = match vm.to_bigint(v) {
        Some(b) => b,
        None => BigInt::from(vm.to_index(v)?),
    };
    Ok(if x.is_negative() {
        (x + len).max(lo)
    } else {
        x.min(hi)
    })
}

pub fn range_getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let rg = range_of(vm, r)?;
    let (start, _, step) = parts(&vm.heap, &rg);
    let len = length(&vm.heap, &rg);
    if let Some(s) = vm.is_slice(key) {
        let [a, b, c] = match vm.heap.get(s) {
            Obj::Slice(b) => **b,
            _ => [Value::None; 3],
        };
        let sstep = if c.is_none() {
            BigInt::one()
        } else {
            match vm.to_bigint(c) {
                Some(b) => b,
                None => BigInt::from(vm.to_index(c)?),
            }
        };
        if sstep.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let neg = sstep.is_negative();
        let lo = slice_bound(vm, a, &len, neg, true)?;
        let hi = slice_bound(vm, b, &len, neg, false)?;
        let new_start = &start + &lo * &step;
        let new_stop = &start + &hi * &step;
        return new_range(vm, new_start, new_stop, &step * &sstep);
    }
    if rg.big.is_none() {
        if let Value::Int(i) = key {
            let n = len.to_i64().unwrap_or(i64::MAX);
            let j = if i < 0 { i.wrapping_add(n) } else { i };
            if j >= 0 && j < n {
                return Ok(Value::Int(rg.start + j * rg.step));
            }
        }
    }
    let i = item_index(vm, key, &len)?;
    let v = start + i * step;
    vm.new_bigint(v)
}

/// The position of the int `x` in the range, if it is an item.
fn position(heap: &Heap, rg: &RangeObj, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = parts(heap, rg);
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        &start >= x && x > &stop
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &start).div_rem(&step);
    rem.is_zero().then_some(q)
}

/// `x in range` for an int `x` (`None` for other types: compare item by item).
pub fn contains_int(vm: &Vm, rg: &RangeObj, x: Value) -> Option<bool> {
    let b = match vm.to_num(x) {
        Some(Num::Int(i)) if matches!(x, Value::Int(_) | Value::Bool(_)) => BigInt::from(i),
        Some(Num::Big(b)) if !matches!(x, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) => {
            b
        }
        _ => return None,
    };
    Some(position(&vm.heap, rg, &b).is_some())
}

fn range_index(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let r = match a.first() {
        Some(Value::Obj(r)) => *r,
        _ => return Err(vm.type_error("descriptor 'index' requires a 'range' object")),
    };
    let rg = range_of(vm, r)?;
    let x = a.get(1).copied().unwrap_or(Value::None);
    if vm.is_int(x) && !matches!(x, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Instance(_))) {
        let b = vm.to_bigint(x).unwrap_or_default();
        return match position(&vm.heap, &rg, &b) {
            Some(p) => vm.new_bigint(p),
            None => {
                let s = vm.repr_string(x)?;
                Err(vm.value_error(alloc::format!("{s} is not in range")))
            }
        };
    }
    crate::builtin_types::seq_index_of(vm, &a[..2.min(a.len())])
        .map_err(|_| vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let r = match a.first() {
        Some(Value::Obj(r)) => *r,
        _ => return Err(vm.type_error("descriptor 'count' requires a 'range' object")),
    };
    let rg = range_of(vm, r)?;
    let x = a.get(1).copied().unwrap_or(Value::None);
    if let Some(found) = contains_int(vm, &rg, x) {
        return Ok(Value::Int(found as i64));
    }
    crate::builtin_types::seq_count(vm, a)
}

/// `start`, `stop`, `step`.
pub fn attr(vm: &mut Vm, r: ObjRef, which: usize) -> PyResult<Value> {
    let rg = range_of(vm, r)?;
    if rg.big.is_none() {
        return Ok(Value::Int([rg.start, rg.stop, rg.step][which]));
    }
    let (a, b, c) = parts(&vm.heap, &rg);
    let v = alloc::vec![a, b, c].swap_remove(which);
    vm.new_bigint(v)
}

pub fn repr(heap: &Heap, rg: &RangeObj) -> String {
    let (a, b, c) = parts(heap, rg);
    if c.is_one() {
        alloc::format!("range({a}, {b})")
    } else {
        alloc::format!("range({a}, {b}, {c})")
    }
}

/// `range == range`: same sequence of items.
pub fn equal(heap: &Heap, x: &RangeObj, y: &RangeObj) -> bool {
    let (n, m) = (length(heap, x), length(heap, y));
    if n != m {
        return false;
    }
    if n.is_zero() {
        return true;
    }
    let (xa, _, xc) = parts(heap, x);
    let (ya, _, yc) = parts(heap, y);
    xa == ya && (n.is_one() || xc == yc)
}

/// `hash(range)`: hash of `(len, start, step)` with CPython's normalisation.
pub fn hash(vm: &mut Vm, r: ObjRef) -> PyResult<i64> {
    let rg = range_of(vm, r)?;
    let n = length(&vm.heap, &rg);
    let (a, _, c) = parts(&vm.heap, &rg);
    let mut hs = Vec::with_capacity(3);
    for (k, b) in [n.clone(), a, c].into_iter().enumerate() {
        let keep = k == 0 || (k == 1 && !n.is_zero()) || (k == 2 && n > BigInt::one());
        hs.push(if keep {
            crate::numhash::hash_bigint(&b)
        } else {
            0x5f3759df
        });
    }
    Ok(crate::numhash::hash_tuple(&hs))
}

pub fn register(vm: &mut Vm) {
    let ty = vm.types.range;
    static OBJRANGE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, _| make_range(vm, &a[1..])),
        NativeDef::method("index", |vm, a, _| range_index(vm, a)),
        NativeDef::method("count", |vm, a, _| range_count(vm, a)),
        NativeDef::method("__len__", |vm, a, _| match a.first() {
            Some(Value::Obj(r)) => Ok(Value::Int(range_len(vm, *r)? as i64)),
            _ => Err(vm.type_error("descriptor '__len__' requires a 'range' object")),
        }),
    ]);
    vm.add_native_table(ty, OBJRANGE_NATIVES_1);
}
