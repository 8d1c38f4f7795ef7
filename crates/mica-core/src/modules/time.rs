//! `time`: wall clock, monotonic counters and MicroPython's wrapping `ticks_*`.

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::def;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
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
