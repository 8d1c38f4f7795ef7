//! Generator and coroutine resumption.
//!
//! A suspended generator keeps its [`Frame`] and its slice of the value stack (locals
//! and operands) in its [`GenObj`]. Resuming pushes the frame back on the frame stack
//! with its slice copied on top of the shared value stack; suspending does the reverse.
//!
//! Two ways to run the resumed frame:
//! - *Inline*: `for x in gen` (`ForIter`/`ForIterStore`) and `yield from`/`await`
//!   (`YieldFrom`) on a Python generator push the generator's frame in the running
//!   dispatch loop, like a call. Its `yield` hands the value straight back to the frame
//!   that resumed it ([`Vm::yield_inline`]), its `return` ends that frame's loop or
//!   `yield from` ([`Vm::return_inline`]), and an exception escaping it unwinds into that
//!   frame (`handle_exception` calls [`Vm::generator_failed`]). No native recursion:
//!   chains of `yield from` are bounded by `MAX_FRAMES` only.
//! - *Entry*: native callers (`next()`, `send`, `throw`, `sum(gen)`...) use
//!   [`Vm::resume_generator`], which runs the frame as the entry frame of a nested loop.
//!
//! An inline frame is a frame with `generator` set and `is_entry` clear; the instruction
//! before its resumer's `pc` (`ForIter`, `ForIterStore` or `YieldFrom`) says how the
//! resumer takes the yielded or returned value.

use alloc::vec::Vec;

use crate::bytecode::Op;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::gc::Heap;
use crate::object::{GenKind, GenObj, GenState, Obj};
use crate::qstr::q;
use crate::value::{ObjRef, Value};

use super::{BlockKind, Exit, Frame, GenStep, Vm, MAX_FRAMES, MAX_NESTING};

impl Vm {
    /// Resume `r` inline if it is a generator (or a coroutine, with `or_coroutine`)
    /// that is suspended, or not started and sent `None`: push its frame with `sent` as
    /// the value of its `yield`. `Ok(false)`: anything else, for the generic path
    /// (which also reports a running or finished generator).
    #[inline(always)]
    pub(super) fn enter_generator_inline(
        &mut self,
        r: ObjRef,
        sent: Value,
        or_coroutine: bool,
    ) -> PyResult<bool> {
        self.reserve_resume(r)?;
        let Vm {
            heap,
            stack,
            frames,
            cur_exc,
            ..
        } = self;
        if let Obj::Generator(g) = heap.get_mut(r) {
            let kind_ok =
                g.kind == GenKind::Generator || (or_coroutine && g.kind == GenKind::Coroutine);
            let state_ok =
                g.state == GenState::Suspended || (g.state == GenState::Created && sent.is_none());
            if kind_ok && state_ok && g.frame.is_some() {
                if frames.len() >= MAX_FRAMES {
                    return Err(
                        self.error(ExcKind::RecursionError, "maximum recursion depth exceeded")
                    );
                }
                if push_generator_frame(g, r, stack, frames, cur_exc, Some(sent), false) {
                    enter_delegate_chain(heap, stack, frames, cur_exc);
                }
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `gen.send(v)` as a `CallMethod(1)` on `[send, gen, v]` (at `pc`, already
    /// stored in the frame): when `gen` is a Python generator that can be resumed with
    /// `v`, pop the three and resume it inline, as `for` does. Its `yield` becomes the
    /// call's result, its `return` raises `StopIteration` at the call (see
    /// `yield_inline`, `return_inline`). `Ok(false)`: anything else, for the generic
    /// call (which also reports the errors).
    pub(super) fn send_inline(&mut self) -> PyResult<bool> {
        let n = self.stack.len();
        if n < 3 {
            return Ok(false);
        }
        let (m, g, sent) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
        let (Value::Obj(mr), Value::Obj(gr)) = (m, g) else {
            return Ok(false);
        };
        // A native method `send` found on a generator object is the generator type's.
        if !matches!(self.heap.get(mr), Obj::Native(nf) if nf.name() == q::send && nf.self_.is_null())
        {
            return Ok(false);
        }
        let resumable = matches!(self.heap.get(gr), Obj::Generator(gen)
            if gen.kind == GenKind::Generator
                && gen.frame.is_some()
                && (gen.state == GenState::Suspended
                    || (gen.state == GenState::Created && sent.is_none())));
        if !resumable || self.frames.len() >= MAX_FRAMES {
            return Ok(false);
        }
        // The generator stays rooted by its frame once pushed.
        self.stack.truncate(n - 3);
        self.enter_generator_inline(gr, sent, false)
    }

    /// Push generator `gen`'s frame to run it: its saved stack slice goes back on the
    /// value stack, `sent` (`None` when an exception is being thrown in) becomes the
    /// value of the `yield` it is suspended at, and its handled-exception state is
    /// swapped in. `entry`: a nested loop runs it (native callers); otherwise it runs
    /// inline in the current loop.
    pub(super) fn enter_generator(
        &mut self,
        gen: ObjRef,
        sent: Option<Value>,
        entry: bool,
    ) -> PyResult<()> {
        self.reserve_resume(gen)?;
        if self.frames.len() < MAX_FRAMES
            && (!entry || (self.nesting < MAX_NESTING && !self.stack_guard.exhausted()))
        {
            let Vm {
                heap,
                stack,
                frames,
                cur_exc,
                ..
            } = self;
            if let Obj::Generator(g) = heap.get_mut(gen) {
                let state_ok = match g.state {
                    GenState::Suspended => true,
                    GenState::Created => !matches!(sent, Some(v) if !v.is_none()),
                    _ => false,
                };
                if state_ok && g.frame.is_some() {
                    if push_generator_frame(g, gen, stack, frames, cur_exc, sent, entry)
                        && sent.is_some()
                    {
                        enter_delegate_chain(heap, stack, frames, cur_exc);
                    }
                    return Ok(());
                }
            }
        }
        Err(self.enter_generator_error(gen, sent))
    }

    /// Why `enter_generator` cannot resume `gen`.
    #[cold]
    /// Room, allocated fallibly, for resuming generator `gen`: its frame and its saved
    /// stack (see `Vm::reserve_call`).
    #[inline]
    fn reserve_resume(&mut self, gen: ObjRef) -> PyResult<()> {
        let values = match self.heap.get(gen) {
            Obj::Generator(g) => g.stack.len() + 1,
            _ => 0,
        };
        self.reserve_call(values)
    }

    fn enter_generator_error(&mut self, gen: ObjRef, sent: Option<Value>) -> PyErr {
        let (state, kind, has_frame) = match self.heap.get(gen) {
            Obj::Generator(g) => (g.state, g.kind, g.frame.is_some()),
            _ => return self.type_error("not a generator"),
        };
        match state {
            GenState::Running => {
                let msg = if kind == GenKind::Generator {
                    "generator already executing"
                } else {
                    "coroutine already executing"
                };
                self.value_error(msg)
            }
            GenState::Finished if kind == GenKind::Coroutine => {
                self.runtime_error("cannot reuse already awaited coroutine")
            }
            GenState::Created if matches!(sent, Some(v) if !v.is_none()) => {
                self.type_error("can't send non-None value to a just-started generator")
            }
            GenState::Finished => self.stop_iteration(Value::None),
            _ if !has_frame => self.stop_iteration(Value::None),
            _ => self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"),
        }
    }

    /// Pop the generator frame on top (stopped at a yield) and save it, its stack slice
    /// and its handled-exception state back into its generator.
    fn suspend_top_generator(&mut self) {
        let Vm {
            heap,
            stack,
            frames,
            cur_exc,
            ..
        } = self;
        let Some(frame) = frames.pop() else {
            return;
        };
        let base = frame.base.min(stack.len());
        let Some(gen) = frame.generator else {
            stack.truncate(frame.ret_base.min(base));
            return;
        };
        if let Obj::Generator(g) = heap.get_mut(gen) {
            g.gen_exc = Value::None;
            if !frame.blocks.is_empty() {
                if let Some(b) = frame
                    .blocks
                    .iter()
                    .find(|b| b.kind == BlockKind::ExceptHandler)
                {
                    g.gen_exc = *cur_exc;
                    *cur_exc = b.prev_exc;
                }
            }
            g.stack.clear();
            g.stack.extend_from_slice(&stack[base..]);
            // Always empty while running (written without a drop of the old value).
            if g.frame.is_none() {
                g.frame = Some(frame);
            }
            g.state = GenState::Suspended;
        }
        stack.truncate(base);
    }

    /// `yield v` in the inline generator frame on top: suspend it and hand `v` to the
    /// frame that resumed it. A `yield from` resumer yields `v` in turn (and is
    /// suspended too, unless it is the loop's entry frame: then `Some(exit)` is what the
    /// loop returns to its native resumer).
    pub(super) fn yield_inline(&mut self, v: Value) -> PyResult<Option<Exit>> {
        loop {
            self.suspend_top_generator();
            let Some(cf) = self.frames.last_mut() else {
                return Err(self.runtime_error("generator frame lost"));
            };
            match cf.code.ops.get(cf.pc.wrapping_sub(1)).copied() {
                Some(Op::ForIter(_)) | Some(Op::CallMethod(_)) => {
                    self.stack.push(v);
                    return Ok(None);
                }
                Some(Op::ForIterStore(ta)) => {
                    let slot = cf.base + (ta >> 20) as usize;
                    // Skip the `StoreFast` the superinstruction stands for.
                    cf.pc += 1;
                    if let Some(s) = self.stack.get_mut(slot) {
                        *s = v;
                    }
                    return Ok(None);
                }
                Some(Op::YieldFrom) if cf.generator.is_some() => {
                    // Resumed later, the `YieldFrom` runs again with the sent value.
                    cf.pc -= 1;
                    let is_entry = cf.is_entry;
                    self.stack.pop();
                    self.last_yield_was_await = true;
                    if is_entry {
                        if self.collecting == self.frames.len() && self.collect_yield(v) {
                            return Ok(None);
                        }
                        return Ok(Some(Exit::Yield(v)));
                    }
                }
                _ => return Err(self.runtime_error("generator resumed by an unknown instruction")),
            }
        }
    }

    /// `return v` from the inline frame of generator `gen` (already popped, its stack
    /// slice dropped): finish the generator and continue the frame that resumed it: a
    /// `for` loop ends, a `yield from` evaluates to `v`.
    pub(super) fn return_inline(&mut self, gen: ObjRef, v: Value) -> PyResult<()> {
        self.finish_generator(gen);
        let Some(cf) = self.frames.last_mut() else {
            return Err(self.runtime_error("generator frame lost"));
        };
        match cf.code.ops.get(cf.pc.wrapping_sub(1)).copied() {
            Some(Op::ForIter(t)) => {
                self.stack.pop();
                cf.pc = t as usize;
            }
            Some(Op::ForIterStore(ta)) => {
                self.stack.pop();
                cf.pc = (ta & 0xf_ffff) as usize;
            }
            Some(Op::YieldFrom) => {
                self.stack.pop();
                self.stack.pop();
                self.stack.push(v);
            }
            // `gen.send(x)` run inline (`send_inline`): the call raises StopIteration.
            Some(Op::CallMethod(_)) => return Err(self.stop_iteration(v)),
            _ => return Err(self.runtime_error("generator resumed by an unknown instruction")),
        }
        Ok(())
    }

    /// Run generator `gen` to completion for a native consumer (`list`, `sorted`, ...)
    /// and return everything it yields. One nested loop runs it: its yields are
    /// collected (in its `collected`, which the collector traces and the heap budget
    /// pays for) and it continues as if sent `None`, with no suspension per value. A
    /// finished generator yields nothing.
    pub fn generator_collect(&mut self, gen: ObjRef) -> PyResult<Vec<Value>> {
        self.generator_collect_chunk(gen, usize::MAX)
            .map(|(out, _)| out)
    }

    /// [`Vm::generator_collect`] taking at most `limit` values: then the generator is
    /// left suspended after its last one. Answers the values and whether the
    /// generator finished.
    pub fn generator_collect_chunk(
        &mut self,
        gen: ObjRef,
        limit: usize,
    ) -> PyResult<(Vec<Value>, bool)> {
        // The generator's frame goes right above the current ones (resuming it may push
        // the generators it delegates to with `yield from` above it).
        let depth = self.frames.len() + 1;
        if let Err(e) = self.enter_generator(gen, Some(Value::None), true) {
            let finished =
                matches!(self.heap.get(gen), Obj::Generator(g) if g.state == GenState::Finished);
            if finished && self.err_matches(e, ExcKind::StopIteration) {
                return Ok((Vec::new(), true));
            }
            return Err(e);
        }
        let outer = core::mem::replace(&mut self.collecting, depth);
        let outer_limit = core::mem::replace(&mut self.collect_limit, limit);
        self.nesting += 1;
        let result = self.run();
        self.nesting -= 1;
        self.collecting = outer;
        self.collect_limit = outer_limit;
        let mut out = match self.heap.get_mut(gen) {
            Obj::Generator(g) => core::mem::take(&mut g.collected),
            _ => Vec::new(),
        };
        // The values leave the generator (whose size counted them) for the caller.
        self.heap
            .uncharge(out.capacity() * core::mem::size_of::<Value>());
        match result {
            Ok(Exit::Return(_)) => {
                self.finish_generator(gen);
                Ok((out, true))
            }
            Ok(Exit::Yield(v)) => {
                // Collecting stopped at the chunk's end or at the memory limit: the
                // generator is suspended after `v`.
                self.suspend_top_generator();
                out.push(v);
                if out.len() >= limit {
                    return Ok((out, false));
                }
                Err(self.memory_error())
            }
            Err(e) => Err(self.generator_failed(gen, e)),
        }
    }

    /// A yield of the generator `generator_collect` runs (the top frame's): keep `v`
    /// and push `None` as the value the generator was sent. `false` (suspend the
    /// generator instead) once the chunk is full or the values do not fit in the
    /// heap budget (an endless generator must end in `MemoryError`).
    pub(super) fn collect_yield(&mut self, v: Value) -> bool {
        let Some(gen) = self.frames.last().and_then(|f| f.generator) else {
            return false;
        };
        let Obj::Generator(g) = self.heap.get(gen) else {
            return false;
        };
        let (n, cap) = (g.collected.len(), g.collected.capacity());
        if n + 1 >= self.collect_limit {
            return false;
        }
        if n == cap {
            let extra = n.clamp(8, 1 << 20);
            if self
                .heap
                .charge(extra * core::mem::size_of::<Value>())
                .is_err()
            {
                return false;
            }
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.collected.reserve_exact(extra);
            }
        }
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.collected.push(v);
        }
        self.stack.push(Value::None);
        true
    }

    /// Exception `e` escaped generator `gen`'s frame: finish the generator; a
    /// `StopIteration` becomes `RuntimeError` (PEP 479).
    pub(super) fn generator_failed(&mut self, gen: ObjRef, e: PyErr) -> PyErr {
        let kind = match self.heap.get(gen) {
            Obj::Generator(g) => g.kind,
            _ => GenKind::Generator,
        };
        self.finish_generator(gen);
        if !self.err_matches(e, ExcKind::StopIteration) {
            return e;
        }
        let msg = match kind {
            GenKind::Generator => "generator raised StopIteration",
            GenKind::Coroutine => "coroutine raised StopIteration",
            GenKind::AsyncGenerator => "async generator raised StopIteration",
        };
        let err = self.runtime_error(msg);
        self.set_exc_cause(err, Value::Obj(e.0));
        err
    }

    /// Resume a generator/coroutine with `sent` (or by raising `throw` inside it) from
    /// native code: its frame runs as the entry frame of a nested loop.
    pub fn resume_generator(
        &mut self,
        gen: ObjRef,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        if let Some(e) = throw {
            if matches!(self.heap.get(gen), Obj::Generator(g) if g.state == GenState::Finished) {
                return Err(e);
            }
        }
        let sent = if throw.is_some() { None } else { Some(sent) };
        self.enter_generator(gen, sent, true)?;
        self.nesting += 1;
        let result = match throw {
            Some(e) => match self.handle_exception(e, true) {
                Ok(()) => self.run(),
                Err(e) => Err(e),
            },
            None => self.run(),
        };
        self.nesting -= 1;
        match result {
            Ok(Exit::Yield(v)) => {
                // The generator's frame is still on top.
                self.suspend_top_generator();
                Ok(GenStep::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                self.finish_generator(gen);
                Ok(GenStep::Returned(v))
            }
            Err(e) => Err(self.generator_failed(gen, e)),
        }
    }

    pub(super) fn finish_generator(&mut self, gen: ObjRef) {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Finished;
            g.frame = None;
            g.stack = Vec::new();
        }
    }

    /// `yield from` / `await` step through native code: send `v` into the delegate `it`.
    pub(super) fn delegate_send(&mut self, it: Value, v: Value) -> PyResult<GenStep> {
        if let Value::Obj(r) = it {
            if matches!(self.heap.get(r), Obj::Generator(_)) {
                return match self.resume_generator(r, v, None) {
                    Ok(s) => Ok(s),
                    Err(e) if self.err_matches(e, ExcKind::StopIteration) => {
                        // Only from a finished generator (resumed again): value None.
                        Ok(GenStep::Returned(Value::None))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        let r = if v.is_none() {
            self.iter_next(it)
        } else {
            self.call_method(it, q::send, &[v]).map(Some)
        };
        match r {
            Ok(Some(y)) => Ok(GenStep::Yielded(y)),
            Ok(None) => Ok(GenStep::Returned(self.take_stop_value())),
            Err(e) if self.err_matches(e, ExcKind::StopIteration) => {
                let val = self.stop_iteration_value(e);
                Ok(GenStep::Returned(val))
            }
            Err(e) => Err(e),
        }
    }

    /// Value of a StopIteration that an iterator's `__next__` raised (kept by `iter_next`).
    fn take_stop_value(&mut self) -> Value {
        core::mem::replace(&mut self.last_stop_value, Value::None)
    }

    pub fn stop_iteration_value(&self, e: PyErr) -> Value {
        self.exception_args(e.0)
            .first()
            .copied()
            .unwrap_or(Value::None)
    }

    /// `next()`-style resume of a generator object used by `iter_next`.
    pub fn generator_next(&mut self, gen: ObjRef) -> PyResult<Option<Value>> {
        match self.resume_generator(gen, Value::None, None) {
            Ok(GenStep::Yielded(v)) => Ok(Some(v)),
            Ok(GenStep::Returned(v)) => {
                self.last_stop_value = v;
                Ok(None)
            }
            Err(e) => {
                if self.err_matches(e, ExcKind::StopIteration) {
                    let st = match self.heap.get(gen) {
                        Obj::Generator(g) => g.state,
                        _ => GenState::Finished,
                    };
                    if st == GenState::Finished {
                        self.last_stop_value = Value::None;
                        return Ok(None);
                    }
                }
                Err(e)
            }
        }
    }

    /// Throw an exception into a generator (`gen.throw`), honouring `yield from`
    /// delegation.
    pub fn generator_throw(&mut self, gen: ObjRef, exc: PyErr) -> PyResult<GenStep> {
        // If suspended in a `yield from`, forward to the delegate first.
        let delegate = match self.heap.get(gen) {
            Obj::Generator(g) => match (&g.frame, g.state) {
                (Some(f), GenState::Suspended)
                    if matches!(f.code.ops.get(f.pc), Some(Op::YieldFrom)) =>
                {
                    g.stack.len().checked_sub(1).map(|i| g.stack[i])
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(d) = delegate {
            let is_close = self.err_matches(exc, ExcKind::GeneratorExit);
            // A chain of delegates recurses natively: bound it like nested data.
            self.enter_data()?;
            // The delegate runs Python code: keep the exception (reused below) alive.
            let mark = self.temp_roots.len();
            self.temp_roots.push(Value::Obj(exc.0));
            self.temp_roots.push(Value::Obj(gen));
            let r = if is_close {
                self.close_iterator(d).map(|_| None)
            } else if let Value::Obj(dr) = d {
                if matches!(self.heap.get(dr), Obj::Generator(_)) {
                    self.generator_throw(dr, exc).map(Some)
                } else {
                    match self.get_attr_opt(d, q::throw) {
                        Ok(Some(m)) => match self.call(m, &[Value::Obj(exc.0)]) {
                            Ok(v) => Ok(Some(GenStep::Yielded(v))),
                            Err(e) => Err(e),
                        },
                        Ok(None) => Err(exc),
                        Err(e) => Err(e),
                    }
                }
            } else {
                Err(exc)
            };
            self.temp_roots.truncate(mark);
            self.leave_data();
            match r {
                Ok(Some(GenStep::Yielded(v))) => {
                    self.last_yield_was_await = true;
                    return Ok(GenStep::Yielded(v));
                }
                Ok(Some(GenStep::Returned(v))) => {
                    // Delegate finished: continue the generator after the YieldFrom with v.
                    return self.resume_after_delegate(gen, v);
                }
                Ok(None) => {
                    return self.resume_generator(gen, Value::None, Some(exc));
                }
                Err(e) => {
                    if self.err_matches(e, ExcKind::StopIteration) {
                        let v = self.stop_iteration_value(e);
                        return self.resume_after_delegate(gen, v);
                    }
                    return self.resume_generator(gen, Value::None, Some(e));
                }
            }
        }
        self.resume_generator(gen, Value::None, Some(exc))
    }

    /// Resume generator `gen`, suspended at a `yield from` whose delegate returned `v`,
    /// after that `YieldFrom` with `v` as its result.
    fn resume_after_delegate(&mut self, gen: ObjRef, v: Value) -> PyResult<GenStep> {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            // The saved stack ends with the delegate (the sent value was consumed).
            g.stack.pop();
            if let Some(f) = &mut g.frame {
                f.pc += 1;
            }
            if g.state == GenState::Created {
                g.state = GenState::Suspended;
            }
        }
        // Resuming pushes `v` as the sent value, where the frame expects the result.
        self.resume_generator(gen, v, None)
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: ObjRef) -> PyResult<()> {
        let state = match self.heap.get(gen) {
            Obj::Generator(g) => g.state,
            _ => return Ok(()),
        };
        match state {
            GenState::Created => {
                self.finish_generator(gen);
                Ok(())
            }
            GenState::Finished => Ok(()),
            _ => {
                let exit = self.error_noargs(ExcKind::GeneratorExit);
                match self.generator_throw(gen, exit) {
                    Ok(GenStep::Yielded(_)) => {
                        let coro = matches!(self.heap.get(gen),
                            Obj::Generator(g) if g.kind == GenKind::Coroutine);
                        Err(self.runtime_error(if coro {
                            "coroutine ignored GeneratorExit"
                        } else {
                            "generator ignored GeneratorExit"
                        }))
                    }
                    Ok(GenStep::Returned(_)) => Ok(()),
                    Err(e) => {
                        if self.err_matches(e, ExcKind::GeneratorExit)
                            || self.err_matches(e, ExcKind::StopIteration)
                        {
                            Ok(())
                        } else {
                            Err(e)
                        }
                    }
                }
            }
        }
    }

    pub(super) fn close_iterator(&mut self, it: Value) -> PyResult<()> {
        if let Value::Obj(r) = it {
            if matches!(self.heap.get(r), Obj::Generator(_)) {
                return self.generator_close(r);
            }
        }
        if let Some(m) = self.get_attr_opt(it, q::close)? {
            self.call(m, &[])?;
        }
        Ok(())
    }
}

/// Move a resumable generator's frame onto the frame stack (see `Vm::enter_generator`).
/// Returns whether the frame is about to run a `YieldFrom`.
fn push_generator_frame(
    g: &mut GenObj,
    gen: ObjRef,
    stack: &mut Vec<Value>,
    frames: &mut Vec<Frame>,
    cur_exc: &mut Value,
    sent: Option<Value>,
    entry: bool,
) -> bool {
    let Some(frame) = g.frame.take() else {
        return false;
    };
    let suspended = g.state == GenState::Suspended;
    g.state = GenState::Running;
    let base = stack.len();
    stack.extend_from_slice(&g.stack);
    g.stack.clear();
    if suspended {
        if let Some(v) = sent {
            stack.push(v);
        }
    }
    frames.push(frame);
    let Some(f) = frames.last_mut() else {
        return false;
    };
    f.base = base;
    f.ret_base = base;
    f.is_entry = entry;
    f.generator = Some(gen);
    if !f.blocks.is_empty() {
        if let Some(b) = f
            .blocks
            .iter_mut()
            .find(|b| b.kind == BlockKind::ExceptHandler)
        {
            b.prev_exc = *cur_exc;
            *cur_exc = g.gen_exc;
        }
    }
    matches!(f.code.ops.get(f.pc), Some(Op::YieldFrom))
}

/// The frame just resumed on top is at a `yield from` whose delegate is a generator it
/// can resume inline: resume that one now, as its `YieldFrom` would, and so on down the
/// chain (one step per level instead of a dispatch and a frame reload each).
#[inline(never)]
fn enter_delegate_chain(
    heap: &mut Heap,
    stack: &mut Vec<Value>,
    frames: &mut Vec<Frame>,
    cur_exc: &mut Value,
) {
    while frames.len() < MAX_FRAMES {
        let Some(f) = frames.last() else {
            return;
        };
        let n = stack.len();
        if n < f.base + 2 || !matches!(f.code.ops.get(f.pc), Some(Op::YieldFrom)) {
            return;
        }
        let (it, sent) = (stack[n - 2], stack[n - 1]);
        let Value::Obj(r) = it else {
            return;
        };
        let Obj::Generator(g) = heap.get_mut(r) else {
            return;
        };
        let resumable = (g.kind == GenKind::Generator || g.kind == GenKind::Coroutine)
            && (g.state == GenState::Suspended || (g.state == GenState::Created && sent.is_none()))
            && g.frame.is_some();
        if !resumable {
            return;
        }
        if let Some(f) = frames.last_mut() {
            // As after its `YieldFrom`: a yield or return of the delegate comes back here.
            f.pc += 1;
        }
        push_generator_frame(g, r, stack, frames, cur_exc, Some(sent), false);
    }
}
