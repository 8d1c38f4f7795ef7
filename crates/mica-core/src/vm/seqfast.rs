//! Inline fast paths for sequence calls and slices: `gen.send`, `iter(range(...))`,
//! `list.append`/`list.pop`, and `seq[lo:hi]` on lists and tuples without allocating a
//! slice object (stepping range/list/tuple iterators is in `fastops.rs`). Anything else answers "not handled" and the
//! dispatch loop takes the general path, so these never change behaviour.

use alloc::vec::Vec;

use crate::bytecode::Op;
use crate::error::PyResult;
use crate::object::{IterObj, Obj};
use crate::qstr::q;
use crate::value::Value;

use super::Vm;

impl Vm {
    /// Calls the dispatch loop runs without the general protocol: `gen.send(v)` on a
    /// Python generator (resumed inline) and `range(...)` followed by `GetIter`
    /// (the iterator made directly). The result is what `call_at` would give (`None`:
    /// a frame was pushed), and whether to skip the next instruction. `None`: make
    /// the call normally.
    #[inline(always)]
    pub(super) fn call_shortcut(
        &mut self,
        op: Op,
        next: Option<Op>,
    ) -> Option<(PyResult<Option<Value>>, bool)> {
        match op {
            Op::CallMethod(0) | Op::CallMethod(1) => self.method_call_fast(op == Op::CallMethod(1)),
            Op::CallFunction(argc) if next == Some(Op::GetIter) => self
                .range_iter_fast(argc as usize)
                .map(|r| (r.map(Some), true)),
            _ => None,
        }
    }

    /// `CallMethod` of a native method (`[method, receiver, arg?]`): `gen.send(v)` on
    /// a Python generator, `list.append(v)` and `list.pop()` on an exact list. The
    /// built-in types are immutable, so a native method of that name found on such a
    /// receiver is the type's own.
    #[inline(never)]
    fn method_call_fast(&mut self, one_arg: bool) -> Option<(PyResult<Option<Value>>, bool)> {
        let n = self.stack.len();
        let at = n.checked_sub(if one_arg { 3 } else { 2 })?;
        let (Value::Obj(m), Value::Obj(recv)) = (self.stack[at], self.stack[at + 1]) else {
            return None;
        };
        let name = match self.heap.get(m) {
            Obj::Native(nf) if nf.self_.is_null() => nf.name(),
            _ => return None,
        };
        if one_arg && name == q::send {
            return match self.send_inline() {
                Ok(true) => Some((Ok(None), false)),
                Ok(false) => None,
                Err(e) => Some((Err(e), false)),
            };
        }
        let is_list = matches!(self.heap.get(recv), Obj::List(_));
        if !is_list {
            return None;
        }
        if one_arg && name == q::append {
            let r = self.list_append(Value::Obj(recv), self.stack[n - 1]);
            return Some((r.map(|()| Some(Value::None)), false));
        }
        if !one_arg && name == q::pop {
            if let Obj::List(l) = self.heap.get_mut(recv) {
                // Empty: the general path raises the IndexError.
                return l.pop().map(|v| (Ok(Some(v)), false));
            }
        }
        None
    }

    /// `iter(range(...))` for a `CallFunction(argc)` whose callee is the built-in
    /// `range` class and whose arguments are machine-word ints, when a `GetIter`
    /// follows: the range iterator, made without the range object. The caller pops
    /// the callee and arguments. `None`: anything else.
    #[inline(never)]
    fn range_iter_fast(&mut self, argc: usize) -> Option<PyResult<Value>> {
        let n = self.stack.len();
        let callee = *self.stack.get(n.checked_sub(argc + 1)?)?;
        if !matches!(callee, Value::Obj(c) if c == self.types.range) {
            return None;
        }
        let rg = crate::objrange::small_range(&self.stack[n - argc..])?;
        let it = IterObj::Range {
            next: rg.start,
            stop: rg.stop,
            step: rg.step,
        };
        Some(
            self.alloc(Obj::Iter(alloc::boxed::Box::new(it)))
                .map(Value::Obj),
        )
    }

    /// `obj[lo:hi]` for a list or tuple with int or `None` bounds (step 1), as a new
    /// list or tuple. `None`: not that case (the caller builds a slice object and goes
    /// through `get_item`).
    #[inline]
    pub(super) fn slice_fast(
        &mut self,
        obj: Value,
        lo: Value,
        hi: Value,
    ) -> Option<PyResult<Value>> {
        let Value::Obj(r) = obj else { return None };
        let bound = |v: Value, default: i64, n: i64| -> Option<i64> {
            match v {
                Value::None => Some(default),
                Value::Int(i) if i < 0 => Some((i + n).max(0)),
                Value::Int(i) => Some(i.min(n)),
                _ => None,
            }
        };
        let (items, is_list): (Vec<Value>, bool) = match self.heap.get(r) {
            Obj::List(l) => {
                let n = l.len() as i64;
                let (a, b) = (bound(lo, 0, n)?, bound(hi, n, n)?);
                let items = if a < b {
                    l[a as usize..b as usize].to_vec()
                } else {
                    Vec::new()
                };
                (items, true)
            }
            Obj::Tuple(t) => {
                let n = t.len() as i64;
                let (a, b) = (bound(lo, 0, n)?, bound(hi, n, n)?);
                if a == 0 && b == n {
                    // A full slice of a tuple is the tuple itself, as in CPython.
                    return Some(Ok(obj));
                }
                let items = if a < b {
                    t[a as usize..b as usize].to_vec()
                } else {
                    Vec::new()
                };
                (items, false)
            }
            _ => return None,
        };
        Some(if is_list {
            self.new_list(items)
        } else {
            self.new_tuple(items)
        })
    }
}
