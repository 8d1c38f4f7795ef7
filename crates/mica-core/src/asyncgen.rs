//! Async generators: `__aiter__`, `__anext__`, `asend`, `athrow`, `aclose`.
//!
//! Each of `__anext__`/`asend`/`athrow`/`aclose` returns an awaitable (an
//! `async_generator_asend` object). Awaiting it resumes the generator: values the
//! generator passes through its own `await`s travel out to the event loop unchanged,
//! while a value it `yield`s ends the await with `StopIteration(value)`. The VM tells
//! the two apart with [`Vm::last_yield_was_await`].

use alloc::boxed::Box;
use alloc::vec;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::{native_table, NativeDef};
use crate::object::{HostObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::{GenStep, Vm};

/// What an awaitable asks of its generator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AgenOp {
    Send,
    Throw,
    Close,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Running,
    Done,
}

/// Host data of an awaitable; `refs` holds `[generator, argument]`.
struct AwaitData {
    op: AgenOp,
    state: AwState,
}

fn agen_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("expected an async generator")),
    }
}

fn new_awaitable(vm: &mut Vm, agen: Value, op: AgenOp, arg: Value) -> PyResult<Value> {
    let class = vm.types.async_generator_asend;
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(AwaitData {
            op,
            state: AwState::Init,
        }),
        refs: vec![agen, arg],
    })))?;
    Ok(Value::Obj(r))
}

/// The awaitable's state, generator and argument.
fn await_parts(vm: &mut Vm, aw: Value) -> PyResult<(ObjRef, AgenOp, AwState, Value, Value)> {
    if let Value::Obj(r) = aw {
        if let Obj::Host(h) = vm.heap.get(r) {
            if let Some(d) = h.data.downcast_ref::<AwaitData>() {
                return Ok((r, d.op, d.state, h.refs[0], h.refs[1]));
            }
        }
    }
    Err(vm.type_error("expected an async generator awaitable"))
}

fn set_state(vm: &mut Vm, aw: ObjRef, state: AwState) {
    if let Obj::Host(h) = vm.heap.get_mut(aw) {
        if let Some(d) = h.data.downcast_mut::<AwaitData>() {
            d.state = state;
        }
    }
}

/// One step of awaiting: resume the generator with `sent` (or by throwing `throw`).
/// `Ok(v)` passes `v` out to the event loop; the await's result is a `StopIteration`.
fn await_step(vm: &mut Vm, aw: Value, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let (awr, op, state, agen, arg) = await_parts(vm, aw)?;
    if state == AwState::Done {
        return Err(
            vm.runtime_error("cannot reuse already awaited __anext__()/asend()/athrow()/aclose()")
        );
    }
    let g = agen_ref(vm, agen)?;
    let result = if state == AwState::Init {
        set_state(vm, awr, AwState::Running);
        match (op, throw) {
            (_, Some(e)) => vm.generator_throw(g, e),
            (AgenOp::Send, None) => vm.resume_generator(g, arg, None),
            (AgenOp::Throw, None) => {
                let e = match vm.make_exception(arg) {
                    Ok(e) => e,
                    Err(e) => e,
                };
                vm.generator_throw(g, e)
            }
            (AgenOp::Close, None) => {
                let finished = matches!(vm.heap.get(g),
                    Obj::Generator(gen) if gen.state != crate::object::GenState::Suspended);
                if finished {
                    vm.generator_close(g)
                        .map(|_| GenStep::Returned(Value::None))
                } else {
                    let exit = vm.error_noargs(ExcKind::GeneratorExit);
                    vm.generator_throw(g, exit)
                }
            }
        }
    } else {
        match throw {
            Some(e) => vm.generator_throw(g, e),
            None => vm.resume_generator(g, sent, None),
        }
    };
    match result {
        Ok(GenStep::Yielded(y)) if vm.last_yield_was_await => Ok(y),
        Ok(GenStep::Yielded(y)) => {
            set_state(vm, awr, AwState::Done);
            if op == AgenOp::Close {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Err(vm.stop_iteration(y))
        }
        Ok(GenStep::Returned(_)) => {
            set_state(vm, awr, AwState::Done);
            if op == AgenOp::Close {
                return Err(vm.stop_iteration(Value::None));
            }
            Err(vm.error_noargs(ExcKind::StopAsyncIteration))
        }
        Err(e) => {
            set_state(vm, awr, AwState::Done);
            let stopped = vm.err_matches(e, ExcKind::StopIteration);
            if op == AgenOp::Close
                && (stopped
                    || vm.err_matches(e, ExcKind::GeneratorExit)
                    || vm.err_matches(e, ExcKind::StopAsyncIteration))
            {
                return Err(vm.stop_iteration(Value::None));
            }
            if stopped {
                // The generator had already finished.
                return Err(vm.error_noargs(ExcKind::StopAsyncIteration));
            }
            Err(e)
        }
    }
}

/// The exception `throw(typ[, val[, tb]])` raises.
fn throw_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let typ = a.get(1).copied().unwrap_or(Value::None);
    match a.get(2) {
        Some(&v) if !v.is_none() => vm.call(typ, &[v]),
        _ => Ok(typ),
    }
}

pub fn register(vm: &mut Vm) {
    let ag = vm.types.async_generator;
    static ASYNCGEN_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("__aiter__", |_, a, _| Ok(a[0])),
        NativeDef::method("__anext__", |vm, a, _| {
            new_awaitable(vm, a[0], AgenOp::Send, Value::None)
        }),
        NativeDef::method("asend", |vm, a, _| {
            let v = a.get(1).copied().unwrap_or(Value::None);
            new_awaitable(vm, a[0], AgenOp::Send, v)
        }),
        NativeDef::method("athrow", |vm, a, _| {
            let e = throw_arg(vm, a)?;
            new_awaitable(vm, a[0], AgenOp::Throw, e)
        }),
        NativeDef::method("aclose", |vm, a, _| {
            new_awaitable(vm, a[0], AgenOp::Close, Value::None)
        }),
    ]);
    vm.add_native_table(ag, ASYNCGEN_NATIVES_1);

    let aw = vm.types.async_generator_asend;
    static ASYNCGEN_NATIVES_2: &[NativeDef] = &native_table([
        NativeDef::method("__await__", |_, a, _| Ok(a[0])),
        NativeDef::method("__iter__", |_, a, _| Ok(a[0])),
        NativeDef::method("__next__", |vm, a, _| {
            await_step(vm, a[0], Value::None, None)
        }),
        NativeDef::method("send", |vm, a, _| {
            let v = a.get(1).copied().unwrap_or(Value::None);
            await_step(vm, a[0], v, None)
        }),
        NativeDef::method("throw", |vm, a, _| {
            let e = throw_arg(vm, a)?;
            let e = match vm.make_exception(e) {
                Ok(e) => e,
                Err(e) => e,
            };
            await_step(vm, a[0], Value::None, Some(e))
        }),
        NativeDef::method("close", |vm, a, _| {
            let (awr, ..) = await_parts(vm, a[0])?;
            set_state(vm, awr, AwState::Done);
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(aw, ASYNCGEN_NATIVES_2);
}
