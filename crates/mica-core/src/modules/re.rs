//! `re`: the Python-facing layer (`frozen/re.py`: Pattern, Match, sub templates...) over
//! two native helpers that run the backtracking engine in `re_engine.rs`:
//! `_compile(pattern, flags)` checks syntax and reports groups, `_scan(...)` finds
//! match spans.

use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::re_engine::{self, Budget, Stop, Subject};
use super::{arg, def};

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_compile", |vm, a, _| {
        let (chars, flags) = pattern_of(vm, a)?;
        match re_engine::compile(&chars, flags, vm.stack_guard) {
            Ok(re) => {
                let mut names = Vec::new();
                for (n, i) in &re.names {
                    let s = vm.new_str_from(n)?;
                    vm.temp_roots.push(s);
                    names.push(s);
                    names.push(Value::Int(*i as i64));
                }
                let r = vm.new_tuple(names);
                let k = vm.temp_roots.len();
                vm.temp_roots.truncate(k - re.names.len());
                let t = r?;
                vm.new_tuple(alloc::vec![Value::Int(re.groups as i64), t])
            }
            Err(e) if e.too_deep => Err(vm.error(ExcKind::RecursionError, e.msg)),
            Err(e) => {
                let m = vm.new_str(e.msg)?;
                let pos = if e.pos == usize::MAX {
                    Value::None
                } else {
                    Value::Int(e.pos as i64)
                };
                vm.new_tuple(alloc::vec![Value::None, m, pos])
            }
        }
    })?;
    def(vm, d, "_scan", scan)?;
    super::exec_frozen(vm, d, super::frozen_code::RE)
}

/// The pattern (args 0, 1) as chars plus flags; bytes patterns use ASCII semantics.
fn pattern_of(vm: &mut Vm, a: &[Value]) -> PyResult<(Vec<char>, u32)> {
    let p = arg(vm, a, 0, "_compile")?;
    let f = arg(vm, a, 1, "_compile")?;
    let mut flags = vm.to_index(f)? as u32;
    let (chars, is_bytes) = chars_of(vm, p)?;
    if is_bytes {
        flags |= re_engine::ASCII;
    }
    Ok((chars, flags))
}

fn chars_of(vm: &mut Vm, v: Value) -> PyResult<(Vec<char>, bool)> {
    if let Some(s) = vm.str_ref(v) {
        return Ok((s.chars().collect(), false));
    }
    if vm.is_bytes_like(v) {
        let b = vm.bytes_like(v)?;
        return Ok((b.into_iter().map(|x| x as char).collect(), true));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(alloc::format!(
        "expected string or bytes-like object, got '{tn}'"
    )))
}

/// `_scan(pattern, flags, string, pos, endpos, mode, count)`: mode 0/1/2 is
/// match/search/fullmatch (a span tuple or None); mode 3 lists the spans of up to
/// `count` (0: all) successive non-overlapping matches.
fn scan(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let (pchars, flags) = pattern_of(vm, a)?;
    let re = match re_engine::compile(&pchars, flags, vm.stack_guard) {
        Ok(r) => r,
        Err(e) if e.too_deep => return Err(vm.error(ExcKind::RecursionError, e.msg)),
        Err(e) => return Err(vm.value_error(e.msg)),
    };
    let sv = arg(vm, a, 2, "_scan")?;
    // The subject as chars (4 bytes each, outside the heap): only if that much would
    // fit in it.
    let len = vm.str_ref(sv).map_or(0, |s| s.len());
    vm.room_for(len.saturating_mul(core::mem::size_of::<char>()))?;
    let (text, _) = chars_of(vm, sv)?;
    let n = text.len() as i64;
    let clamp = |x: i64| -> usize {
        let x = if x < 0 { 0 } else { x };
        x.min(n) as usize
    };
    let mut ints = [0i64; 4];
    for (k, slot) in ints.iter_mut().enumerate() {
        let v = arg(vm, a, 3 + k, "_scan")?;
        *slot = vm.to_index(v)?;
    }
    let [pos, endpos, mode, count] = ints;
    let (pos, endpos) = (clamp(pos), clamp(endpos));
    let subj = Subject {
        text: &text,
        end: endpos,
    };
    let mut caps = Vec::new();
    // Backtracking is bounded: a generous step budget (catastrophic patterns such as
    // `(a*)*b` end in RuntimeError, as MicroPython's do), a backtrack stack that fits
    // in the free heap, and Ctrl-C polled as it runs.
    let n = text.len() as u64;
    let mut steps = STEP_BUDGET.saturating_add(n.saturating_mul(n).saturating_mul(STEPS_PER_CHAR2));
    // One match or search with what is left of the budget.
    let mut attempt = |vm: &mut Vm,
                       caps: &mut Vec<usize>,
                       f: &dyn Fn(&mut Vec<usize>, &mut Budget) -> bool|
     -> PyResult<bool> {
        let max_stack = vm.heap.free_bytes() / core::mem::size_of::<[usize; 3]>();
        let port = &mut vm.port;
        let mut poll = || port.take_interrupt();
        let mut budget = Budget {
            steps,
            max_stack,
            poll: &mut poll,
            stopped: None,
        };
        let found = f(caps, &mut budget);
        steps = budget.steps;
        match budget.stopped {
            None => Ok(found),
            Some(Stop::Interrupted) => Err(vm.error_noargs(ExcKind::KeyboardInterrupt)),
            Some(Stop::TooManySteps) => Err(vm.error(
                ExcKind::RuntimeError,
                "regular expression needs too much backtracking",
            )),
            Some(Stop::TooDeep) => Err(vm.memory_error()),
        }
    };
    if mode < 3 {
        if pos > endpos {
            return Ok(Value::None);
        }
        let found = attempt(vm, &mut caps, &|caps, b| match mode {
            0 => re.match_at(&subj, pos, false, false, caps, b),
            1 => re.search(&subj, pos, false, caps, b),
            _ => re.match_at(&subj, pos, false, true, caps, b),
        })?;
        if re.too_deep() {
            // Nested lookarounds reached the native stack limit.
            return Err(vm.recursion_error());
        }
        if !found {
            return Ok(Value::None);
        }
        return spans(vm, &caps);
    }
    let mut out = Vec::new();
    let mut at = pos;
    let mut must_advance = false;
    let mark = vm.temp_roots.len();
    let mut result = Ok(());
    while at <= endpos && (count <= 0 || (out.len() as i64) < count) {
        let adv = must_advance;
        match attempt(vm, &mut caps, &|caps, b| re.search(&subj, at, adv, caps, b)) {
            Ok(true) => {}
            Ok(false) => {
                if re.too_deep() {
                    result = Err(vm.recursion_error());
                }
                break;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        match spans(vm, &caps) {
            Ok(t) => {
                vm.temp_roots.push(t);
                out.push(t);
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        let (s, e) = (caps[0], caps[1]);
        must_advance = s == e;
        at = e;
    }
    let l = result.and_then(|_| vm.new_list(out));
    vm.temp_roots.truncate(mark);
    l
}

/// Backtracking steps one `_scan` may take: a fixed allowance plus
/// [`STEPS_PER_CHAR2`] per square of the subject's length, so that patterns that are
/// quadratic in the text (common, and fine in CPython) still finish, while exponential
/// ones (`(a*)*b`) stop with `RuntimeError` within a fraction of a second on short
/// texts. On long texts the budget is huge, but Ctrl-C still stops the match.
const STEP_BUDGET: u64 = 20_000_000;
const STEPS_PER_CHAR2: u64 = 32;

fn spans(vm: &mut Vm, caps: &[usize]) -> PyResult<Value> {
    let items = caps
        .iter()
        .map(|&c| Value::Int(if c == usize::MAX { -1 } else { c as i64 }))
        .collect();
    vm.new_tuple(items)
}
