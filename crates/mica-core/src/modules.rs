//! The registry of built-in modules the core provides (`sys`, `gc`, ...), each
//! importable by name (and by its `u`-prefixed MicroPython alias).

use alloc::string::String;

use crate::error::PyResult;
use crate::import::ModuleInit;
use crate::object::Obj;
use crate::qstr::q;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

const MODULES: &[(&str, ModuleInit)] = &[
    ("sys", init_sys),
    ("gc", init_gc),
    ("builtins", init_builtins_module),
    ("time", init_time),
];

pub fn is_builtin(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| *n == name)
}

pub fn find(name: &str) -> Option<ModuleInit> {
    MODULES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

fn set(vm: &mut Vm, d: ObjRef, name: &str, v: Value) -> PyResult<()> {
    let q = vm.interner.intern(name);
    vm.dict_set_str(d, q, v)
}

fn def(vm: &mut Vm, d: ObjRef, name: &str, f: crate::vm::NativeFn) -> PyResult<()> {
    let v = vm.new_native(name, f)?;
    set(vm, d, name, v)
}

fn init_builtins_module(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let pairs: alloc::vec::Vec<(Value, Value)> = match vm.heap.get(vm.builtins) {
        Obj::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
        _ => alloc::vec::Vec::new(),
    };
    for (k, v) in pairs {
        vm.dict_set_item(Value::Obj(d), k, v)?;
    }
    Ok(())
}

fn init_sys(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let argv = vm.sys_argv;
    set(vm, d, "argv", argv)?;
    let path = vm.sys_path;
    set(vm, d, "path", path)?;
    let modules = Value::Obj(vm.modules);
    set(vm, d, "modules", modules)?;
    let p = vm.new_str_from("linux")?;
    set(vm, d, "platform", p)?;
    let bo = vm.new_str_from("little")?;
    set(vm, d, "byteorder", bo)?;
    set(vm, d, "maxsize", Value::Int(i64::MAX))?;
    let ver = vm.new_str_from("3.4.0; Mica 0.1.0")?;
    set(vm, d, "version", ver)?;
    let vi = vm.new_tuple(alloc::vec![Value::Int(3), Value::Int(4), Value::Int(0)])?;
    set(vm, d, "version_info", vi)?;
    def(vm, d, "exit", |vm, args, _| {
        let class = vm.exc_class(crate::error::ExcKind::SystemExit);
        Err(vm.new_exception(class, args.to_vec()))
    })?;
    def(vm, d, "exc_info", |vm, _, _| {
        let e = vm.cur_exc;
        if let Value::Obj(r) = e {
            let c = Value::Obj(vm.exception_class_of(r));
            return vm.new_tuple(alloc::vec![c, e, Value::None]);
        }
        vm.new_tuple(alloc::vec![Value::None, Value::None, Value::None])
    })?;
    def(vm, d, "print_exception", |vm, args, _| {
        if let Some(Value::Obj(r)) = args.first() {
            let s = vm.format_exception(crate::error::PyErr(*r));
            vm.port.write_stdout(s.as_bytes());
        }
        Ok(Value::None)
    })?;
    let impl_name = vm.new_str_from("mica")?;
    let impl_ver = vm.new_tuple(alloc::vec![Value::Int(0), Value::Int(1), Value::Int(0)])?;
    let _ = (impl_name, impl_ver);
    let _ = String::new();
    let _ = q::sys;
    Ok(())
}

fn init_gc(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "collect", |vm, _, _| {
        vm.collect_garbage();
        Ok(Value::None)
    })?;
    def(vm, d, "mem_free", |vm, _, _| {
        Ok(Value::Int(vm.heap.free_bytes() as i64))
    })?;
    def(vm, d, "mem_alloc", |vm, _, _| {
        Ok(Value::Int(vm.heap.used() as i64))
    })?;
    def(vm, d, "enable", |vm, _, _| {
        vm.heap.enabled = true;
        Ok(Value::None)
    })?;
    def(vm, d, "disable", |vm, _, _| {
        vm.heap.enabled = false;
        Ok(Value::None)
    })?;
    def(vm, d, "isenabled", |vm, _, _| {
        Ok(Value::Bool(vm.heap.enabled))
    })?;
    def(vm, d, "threshold", |vm, args, _| match args.first() {
        Some(&v) => {
            let n = vm.to_index(v)?;
            vm.heap.user_threshold = if n < 0 { 0 } else { n as usize };
            Ok(Value::None)
        }
        None => Ok(Value::Int(if vm.heap.user_threshold == 0 {
            -1
        } else {
            vm.heap.user_threshold as i64
        })),
    })?;
    Ok(())
}

/// `time`: wall clock, monotonic counters and MicroPython's wrapping `ticks_*`.
fn init_time(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "time", |vm, _, _| {
        Ok(Value::Float(vm.port.time_ns() as f64 / 1e9))
    })?;
    def(vm, d, "time_ns", |vm, _, _| {
        let ns = vm.port.time_ns();
        vm.new_bigint(num_bigint::BigInt::from(ns))
    })?;
    def(vm, d, "perf_counter", |vm, _, _| {
        Ok(Value::Float(vm.port.monotonic_ns() as f64 / 1e9))
    })?;
    def(vm, d, "monotonic", |vm, _, _| {
        Ok(Value::Float(vm.port.monotonic_ns() as f64 / 1e9))
    })?;
    def(vm, d, "sleep", |vm, a, _| {
        let s = vm.to_float(a.first().copied().unwrap_or(Value::Int(0)))?;
        if s < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.port.sleep_ns((s * 1e9) as u64);
        Ok(Value::None)
    })?;
    def(vm, d, "sleep_ms", |vm, a, _| {
        let n = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        vm.port.sleep_ns(n.max(0) as u64 * 1_000_000);
        Ok(Value::None)
    })?;
    def(vm, d, "sleep_us", |vm, a, _| {
        let n = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        vm.port.sleep_ns(n.max(0) as u64 * 1_000);
        Ok(Value::None)
    })?;
    def(vm, d, "ticks_ms", |vm, _, _| {
        Ok(Value::Int(
            ((vm.port.monotonic_ns() / 1_000_000) & TICKS_MASK) as i64,
        ))
    })?;
    def(vm, d, "ticks_us", |vm, _, _| {
        Ok(Value::Int(
            ((vm.port.monotonic_ns() / 1_000) & TICKS_MASK) as i64,
        ))
    })?;
    def(vm, d, "ticks_cpu", |vm, _, _| {
        Ok(Value::Int((vm.port.monotonic_ns() & TICKS_MASK) as i64))
    })?;
    def(vm, d, "ticks_add", |vm, a, _| {
        let t = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        let delta = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
        Ok(Value::Int(
            (t.wrapping_add(delta) as u64 & TICKS_MASK) as i64,
        ))
    })?;
    def(vm, d, "ticks_diff", |vm, a, _| {
        let t1 = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        let t2 = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
        let diff = (t1.wrapping_sub(t2) as u64) & TICKS_MASK;
        let half = TICKS_PERIOD / 2;
        Ok(Value::Int(if diff >= half {
            diff as i64 - TICKS_PERIOD as i64
        } else {
            diff as i64
        }))
    })?;
    Ok(())
}

/// MicroPython's ticks wrap at 2**30 on ports with 31-bit small ints.
const TICKS_PERIOD: u64 = 1 << 30;
const TICKS_MASK: u64 = TICKS_PERIOD - 1;
