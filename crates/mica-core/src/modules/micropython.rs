//! `micropython`: MicroPython's interpreter controls: `const`, `opt_level`, memory and
//! interned-string reports, `heap_lock`/`heap_unlock` (allocation fails with
//! `MemoryError` while locked, see `Heap::locked`), `kbd_intr` and `schedule`.
//!
//! `schedule(f, arg)` queues a call in `Heap::scheduled` and raises `Heap::gc_pending`
//! so the VM stops at its next safe point (the top of the dispatch loop), where
//! [`run_scheduled`] runs the queued calls in order before the next instruction.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def};

/// MicroPython's scheduler queue depth.
const SCHEDULE_DEPTH: usize = 8;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "const", |vm, a, _| arg(vm, a, 0, "const"))?;
    def(vm, d, "opt_level", |vm, a, _| match a.first() {
        Some(&v) => {
            let n = vm.to_index(v)?;
            vm.optimize = n.clamp(0, 3) as u8;
            Ok(Value::None)
        }
        None => Ok(Value::Int(vm.optimize as i64)),
    })?;
    def(vm, d, "mem_info", |vm, a, _| {
        let (total, used) = match vm.heap.real_usage() {
            Some((used, size)) => (size, used),
            None => (vm.heap.budget(), vm.heap.used()),
        };
        let (stack_used, stack_size) = match vm.port.stack_info() {
            Some(st) => (st.peak, st.size),
            None => (
                vm.stack.len() * core::mem::size_of::<Value>(),
                crate::vm::MAX_FRAMES * 64,
            ),
        };
        let mut s = alloc::format!(
            "stack: {stack_used} out of {stack_size}\nGC: total: {total}, used: {used}, free: {}\n",
            total.saturating_sub(used),
        );
        if !a.is_empty() {
            s.push_str(&alloc::format!(
                " No. of objects: {}, collections: {}\n",
                vm.heap.object_count(),
                vm.heap.collections
            ));
        }
        // `mem_info(2)`: where the RAM goes, by table (see `memreport.rs`).
        if let Some(&Value::Int(2..)) = a.first() {
            for (what, n, bytes) in vm.memory_report() {
                s.push_str(&alloc::format!(" {what}: {n} / {bytes} B\n"));
            }
        }
        vm.console_write(s.as_bytes());
        Ok(Value::None)
    })?;
    def(vm, d, "qstr_info", |vm, _, _| {
        let (n, bytes) = (vm.interner.len(), vm.interner.bytes());
        let s = alloc::format!(
            "qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}, n_total_bytes={}\n",
            bytes + n * 8
        );
        vm.console_write(s.as_bytes());
        Ok(Value::None)
    })?;
    def(vm, d, "stack_use", |vm, _, _| {
        // The native stack in use at this call when the port knows its stack, else
        // the VM's value stack.
        let here = 0u8;
        let used = match vm.port.stack_info() {
            Some(st) => st.top.saturating_sub(&here as *const u8 as usize),
            None => vm.stack.len() * core::mem::size_of::<Value>(),
        };
        Ok(Value::Int(used as i64))
    })?;
    def(vm, d, "heap_lock", |vm, _, _| {
        vm.heap.locked += 1;
        Ok(Value::None)
    })?;
    def(vm, d, "heap_unlock", |vm, _, _| {
        vm.heap.locked = vm.heap.locked.saturating_sub(1);
        Ok(Value::Int(vm.heap.locked as i64))
    })?;
    def(vm, d, "heap_locked", |vm, _, _| {
        Ok(Value::Int(vm.heap.locked as i64))
    })?;
    def(vm, d, "kbd_intr", |vm, a, _| {
        let c = arg(vm, a, 0, "kbd_intr")?;
        let byte = vm.to_index(c)?;
        vm.port.set_kbd_intr(byte.clamp(-1, 255) as i32);
        Ok(Value::None)
    })?;
    def(vm, d, "alloc_emergency_exception_buf", |vm, a, _| {
        let n = arg(vm, a, 0, "alloc_emergency_exception_buf")?;
        vm.to_index(n)?;
        Ok(Value::None)
    })?;
    def(vm, d, "schedule", |vm, a, _| {
        let f = arg(vm, a, 0, "schedule")?;
        let x = arg(vm, a, 1, "schedule")?;
        if vm.heap.scheduled.len() >= SCHEDULE_DEPTH {
            return Err(vm.runtime_error("schedule queue full"));
        }
        vm.heap.scheduled.push((f, x));
        vm.heap.gc_pending = true;
        Ok(Value::None)
    })?;
    Ok(())
}

/// Run the calls queued by `schedule` (called by the VM at a safe point). Calls queued
/// while these run wait for the next safe point.
pub fn run_scheduled(vm: &mut Vm) -> PyResult<()> {
    let queue: Vec<(Value, Value)> = core::mem::take(&mut vm.heap.scheduled);
    let mark = vm.temp_roots.len();
    for &(f, x) in &queue {
        vm.temp_roots.push(f);
        vm.temp_roots.push(x);
    }
    let mut result = Ok(());
    vm.heap.sched_running = true;
    for (i, &(f, x)) in queue.iter().enumerate() {
        if let Err(e) = vm.call(f, &[x]) {
            // The calls not yet run stay queued.
            let rest = &queue[i + 1..];
            let mut q = rest.to_vec();
            q.append(&mut vm.heap.scheduled);
            vm.heap.scheduled = q;
            result = Err(e);
            break;
        }
    }
    vm.heap.sched_running = false;
    if !vm.heap.scheduled.is_empty() {
        vm.heap.gc_pending = true;
    }
    vm.temp_roots.truncate(mark);
    result
}
