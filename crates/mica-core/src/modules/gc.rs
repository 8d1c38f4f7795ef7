//! `gc`: control of the collector and heap statistics.

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::def;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "collect", |vm, _, _| {
        vm.collect_garbage();
        Ok(Value::Int(0))
    })?;
    def(vm, d, "mem_free", |vm, _, _| {
        let free = match vm.heap.real_usage() {
            Some((used, size)) => size.saturating_sub(used),
            None => vm.heap.free_bytes(),
        };
        Ok(Value::Int(free as i64))
    })?;
    def(vm, d, "mem_alloc", |vm, _, _| {
        let used = match vm.heap.real_usage() {
            Some((used, _)) => used,
            None => vm.heap.used(),
        };
        Ok(Value::Int(used as i64))
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
