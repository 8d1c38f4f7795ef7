//! Generator and coroutine methods: `send`, `throw`, `close`, iteration, `__await__`.

use crate::error::PyResult;
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::value::Value;
use crate::vm::{GenStep, Vm};

fn gen_ref(vm: &mut Vm, v: Value) -> PyResult<crate::value::ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("expected a generator")),
    }
}

fn step_result(vm: &mut Vm, s: GenStep) -> PyResult<Value> {
    match s {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

pub fn register(vm: &mut Vm) {
    for ty in [vm.types.generator, vm.types.coroutine] {
        static GENTYPE_NATIVES_1: &[NativeDef] = &native_table([
            NativeDef::method("send", |vm, a, _| {
                let g = gen_ref(vm, a[0])?;
                let s = vm.resume_generator(g, a.get(1).copied().unwrap_or(Value::None), None)?;
                step_result(vm, s)
            }),
            NativeDef::method("throw", |vm, a, _| {
                let g = gen_ref(vm, a[0])?;
                let exc = a.get(1).copied().unwrap_or(Value::None);
                let exc = match a.get(2) {
                    Some(&v) if !v.is_none() => vm.call(exc, &[v])?,
                    _ => exc,
                };
                let e = match vm.make_exception(exc) {
                    Ok(e) => e,
                    Err(e) => e,
                };
                let s = vm.generator_throw(g, e)?;
                step_result(vm, s)
            }),
            NativeDef::method("close", |vm, a, _| {
                let g = gen_ref(vm, a[0])?;
                vm.generator_close(g)?;
                Ok(Value::None)
            }),
        ]);
        vm.add_native_table(ty, GENTYPE_NATIVES_1);
    }
    let co = vm.types.coroutine;
    static GENTYPE_NATIVES_2: &[NativeDef] =
        &native_table([NativeDef::method("__await__", |_, a, _| Ok(a[0]))]);
    vm.add_native_table(co, GENTYPE_NATIVES_2);
    crate::asyncgen::register(vm);
}
