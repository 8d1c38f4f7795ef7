//! Inline fast paths of the dispatch loop that need more than a line or two: the next
//! item of a list, tuple or range iterator, unpacking an exact-length tuple or list, and
//! comparisons of ints and floats. Each answers `None` (or `false`) when the general
//! protocol must run instead, so the caller's semantics stay those of the slow path.

use crate::object::{IterObj, Obj};
use crate::value::Value;

use super::Vm;
use crate::ops::compare_holds;

impl Vm {
    /// The next item of `it` when it iterates a list, tuple or range: `Some(Some(v))`,
    /// or `Some(None)` when exhausted; `None` for every other iterator.
    #[inline]
    pub(super) fn for_iter_fast(&mut self, it: Value) -> Option<Option<Value>> {
        let Value::Obj(r) = it else { return None };
        let Obj::Iter(iter) = self.heap.get_mut(r) else {
            return None;
        };
        let (seq, i) = match &mut **iter {
            IterObj::Range { next, stop, step } => {
                let cur = *next;
                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                    *next = cur.saturating_add(*step);
                    if (*step > 0 && *next < cur) || (*step < 0 && *next > cur) {
                        *next = *stop;
                    }
                    return Some(Some(Value::Int(cur)));
                }
                return Some(None);
            }
            IterObj::Seq {
                seq: Value::Obj(s),
                index,
            } => (*s, *index),
            _ => return None,
        };
        let item = match self.heap.get(seq) {
            Obj::List(l) => l.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            _ => return None,
        };
        if item.is_some() {
            if let Obj::Iter(iter) = self.heap.get_mut(r) {
                if let IterObj::Seq { index, .. } = &mut **iter {
                    *index = i + 1;
                }
            }
        }
        Some(item)
    }

    /// The two items of `seq` when it is a tuple or list of length two.
    #[inline]
    pub(super) fn pair_items(&self, seq: Value) -> Option<(Value, Value)> {
        let Value::Obj(r) = seq else { return None };
        match self.heap.get(r) {
            Obj::Tuple(t) => match **t {
                [x, y] => Some((x, y)),
                _ => None,
            },
            Obj::List(l) => match l[..] {
                [x, y] => Some((x, y)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `UnpackSequence(cnt)` when the top of the stack is a tuple or list of exactly
    /// `cnt` items: replace it by its items, the first on top. `false` leaves the stack
    /// untouched for the general path (iterables, length errors).
    #[inline]
    pub(super) fn unpack_fast(&mut self, cnt: usize) -> bool {
        let Some(&Value::Obj(r)) = self.stack.last() else {
            return false;
        };
        let items: &[Value] = match self.heap.get(r) {
            Obj::Tuple(t) => t,
            Obj::List(l) => l,
            _ => return false,
        };
        if items.len() != cnt {
            return false;
        }
        self.stack.pop();
        self.stack.extend(items.iter().rev());
        true
    }
}

// Moving values: a whole-`Value` copy is one 16-byte load, which the processor cannot
// forward from the separate tag and payload stores that wrote an arithmetic result a
// moment earlier; it stalls until those stores retire. The arithmetic and comparison
// fast paths therefore read their operands in place (tag, then payload) and re-read
// them for the slow path, and `LoadFast` moves a float as tag and payload.

/// `a cmp b` for two ints, two floats, an int and a float when the int converts
/// exactly, or `==`/`!=` on interned strings; `None` sends the comparison down the
/// general path.
#[inline(always)]
pub(super) fn compare_fast(a: Value, b: Value, k: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(compare_holds(x, y, k)),
        (Value::Float(x), Value::Float(y)) => Some(compare_holds(x, y, k)),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            Some(compare_holds(x, y as f64, k))
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            Some(compare_holds(x as f64, y, k))
        }
        // Interned strings are equal exactly when their indices are.
        (Value::Str(x), Value::Str(y)) if k == 2 || k == 3 => Some((x == y) == (k == 2)),
        _ => None,
    }
}
