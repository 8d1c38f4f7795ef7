//! The built-in iterator objects: dict/set iteration, `enumerate`, `zip`, `map`,
//! `filter`, `reversed` and `iter(callable, sentinel)`.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{DictViewKind, IterObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Advance one of the iterators that need the VM (the cheap ones are inlined in
/// `Vm::iter_next`).
pub fn iter_next_builtin(vm: &mut Vm, r: ObjRef) -> PyResult<Option<Value>> {
    enum Step {
        Dict(Value, usize, DictViewKind, usize),
        Reversed(Value, usize),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        Done,
    }
    let step = match vm.heap.get(r) {
        Obj::Iter(it) => match &**it {
            IterObj::Dict {
                dict,
                index,
                kind,
                len,
            } => Step::Dict(*dict, *index, *kind, *len),
            IterObj::Reversed { seq, index } => Step::Reversed(*seq, *index),
            IterObj::Enumerate { iter, count } => Step::Enumerate(*iter, *count),
            IterObj::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterObj::Map { func, iters } => Step::Map(*func, iters.clone()),
            IterObj::Filter { func, iter } => Step::Filter(*func, *iter),
            IterObj::Callable { func, sentinel } => Step::Callable(*func, *sentinel),
            _ => Step::Done,
        },
        _ => Step::Done,
    };
    if matches!(
        step,
        Step::Enumerate(..) | Step::Zip(..) | Step::Map(..) | Step::Filter(..)
    ) {
        // These advance the iterators they wrap: chains of them recurse natively.
        vm.check_stack()?;
    }
    match step {
        Step::Done => Ok(None),
        Step::Dict(d, mut i, kind, len) => {
            let dr = match d {
                Value::Obj(x) => x,
                _ => return Ok(None),
            };
            let (cur_len, cap) = match vm.heap.get(dr) {
                Obj::Dict(dd) => (dd.len(), dd.capacity_index()),
                Obj::Set(s) => (s.items.len(), s.items.positions()),
                _ => (0, 0),
            };
            if cur_len != len {
                let what = if matches!(vm.heap.get(dr), Obj::Set(_)) {
                    "Set"
                } else {
                    "dictionary"
                };
                return Err(
                    vm.runtime_error(alloc::format!("{what} changed size during iteration"))
                );
            }
            while i < cap {
                let e = match vm.heap.get(dr) {
                    Obj::Dict(dd) => dd.entry(i).copied(),
                    Obj::Set(s) => s.items.entry_in_order(i).copied(),
                    _ => None,
                };
                i += 1;
                if let Some(e) = e {
                    if let Obj::Iter(it) = vm.heap.get_mut(r) {
                        if let IterObj::Dict { index, .. } = &mut **it {
                            *index = i;
                        }
                    }
                    return Ok(Some(match kind {
                        DictViewKind::Keys => e.key,
                        DictViewKind::Values => e.value,
                        DictViewKind::Items => vm.new_tuple(alloc::vec![e.key, e.value])?,
                    }));
                }
            }
            if let Obj::Iter(it) = vm.heap.get_mut(r) {
                if let IterObj::Dict { index, .. } = &mut **it {
                    *index = i;
                }
            }
            Ok(None)
        }
        Step::Reversed(seq, i) => {
            if i == 0 {
                return Ok(None);
            }
            let v = vm.get_item(seq, Value::Int(i as i64 - 1))?;
            if let Obj::Iter(it) = vm.heap.get_mut(r) {
                if let IterObj::Reversed { index, .. } = &mut **it {
                    *index = i - 1;
                }
            }
            Ok(Some(v))
        }
        Step::Enumerate(iter, count) => match vm.iter_next(iter)? {
            Some(v) => {
                let next = vm.binary_op(count, Value::Int(1), 0)?;
                if let Obj::Iter(it) = vm.heap.get_mut(r) {
                    if let IterObj::Enumerate { count, .. } = &mut **it {
                        *count = next;
                    }
                }
                Ok(Some(vm.new_tuple(alloc::vec![count, v])?))
            }
            None => Ok(None),
        },
        Step::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, &it) in iters.iter().enumerate() {
                match vm.iter_next(it)? {
                    Some(v) => {
                        vm.temp_roots.push(v);
                        out.push(v);
                    }
                    None => {
                        let n = vm.temp_roots.len() - out.len();
                        vm.temp_roots.truncate(n);
                        if strict {
                            return zip_strict_end(vm, &iters, i);
                        }
                        return Ok(None);
                    }
                }
            }
            let n = vm.temp_roots.len() - out.len();
            vm.temp_roots.truncate(n);
            Ok(Some(vm.new_tuple(out)?))
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in iters {
                match vm.iter_next(it)? {
                    Some(v) => {
                        vm.temp_roots.push(v);
                        args.push(v);
                    }
                    None => {
                        let n = vm.temp_roots.len() - args.len();
                        vm.temp_roots.truncate(n);
                        return Ok(None);
                    }
                }
            }
            let res = vm.call(func, &args);
            let n = vm.temp_roots.len() - args.len();
            vm.temp_roots.truncate(n);
            res.map(Some)
        }
        Step::Filter(func, iter) => loop {
            match vm.iter_next(iter)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(v)?
                    } else {
                        vm.temp_roots.push(v);
                        let t = vm.call(func, &[v]);
                        vm.temp_roots.pop();
                        let t = t?;
                        vm.truthy(t)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        Step::Callable(func, sentinel) => {
            let v = vm.call(func, &[])?;
            if vm.eq(v, sentinel)? {
                if let Obj::Iter(it) = vm.heap.get_mut(r) {
                    **it = IterObj::Values {
                        items: Vec::new(),
                        index: 0,
                    };
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// Wrap precomputed values as an iterator object.
pub fn values_iter(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let r = vm.alloc(Obj::Iter(alloc::boxed::Box::new(IterObj::Values {
        items,
        index: 0,
    })))?;
    Ok(Value::Obj(r))
}

/// `zip(strict=True)` ran out of argument `i`: every other argument must be exhausted
/// too.
fn zip_strict_end(vm: &mut Vm, iters: &[Value], i: usize) -> PyResult<Option<Value>> {
    if i > 0 {
        let s = if i == 1 { " " } else { "s 1-" };
        return Err(vm.value_error(alloc::format!(
            "zip() argument {} is shorter than argument{s}{}",
            i + 1,
            i
        )));
    }
    for (j, &it) in iters.iter().enumerate().skip(1) {
        if vm.iter_next(it)?.is_some() {
            let s = if j == 1 { " " } else { "s 1-" };
            return Err(vm.value_error(alloc::format!(
                "zip() argument {} is longer than argument{s}{}",
                j + 1,
                j
            )));
        }
    }
    Ok(None)
}
