//! `micropython`: MicroPython's interpreter controls: `const`, `opt_level`, memory and
//! interned-string reports, `heap_lock`/`heap_unlock` (allocation fails with
//! `MemoryError` while locked, see `Heap::locked`), `kbd_intr` and `schedule`.
//!
//! `mem_total()`/`mem_current()`/`mem_peak()` report the heap budget's figures: bytes
//! charged since the program started, in use now (live objects and garbage not yet
//! collected), and the most in use at once (`Heap::charged_total`, `used_peak`).
//!
//! `RingIO(size_or_buffer)` is a byte ring buffer stream over a writable buffer (its own
//! bytearray of `size + 1` bytes for an int): it holds one byte less than the buffer.
//!
//! `schedule(f, arg)` queues a call in `Heap::scheduled` and raises `Heap::gc_pending`
//! so the VM stops at its next safe point (the top of the dispatch loop), where
//! [`run_scheduled`] runs the queued calls in order before the next instruction.

use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, max_args, method, native_class, static_method, with_buf_mut};

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
    def(vm, d, "qstr_info", |vm, args, _| {
        let (n, bytes) = (vm.interner.len(), vm.interner.bytes());
        let mut s = alloc::format!(
            "qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}, n_total_bytes={}\n",
            bytes + n * 8
        );
        // `qstr_info(1)`: also the strings interned at run time (not at build time).
        let verbose = match args.first() {
            Some(&v) => vm.truthy(v)?,
            None => false,
        };
        if verbose {
            for t in vm.interner.runtime_strings() {
                s.push_str(&alloc::format!("Q({t})\n"));
            }
        }
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
    def(vm, d, "mem_total", |vm, _, _| {
        Ok(Value::Int(vm.heap.charged_total as i64))
    })?;
    def(vm, d, "mem_current", |vm, _, _| {
        Ok(Value::Int(vm.heap.used() as i64))
    })?;
    def(vm, d, "mem_peak", |vm, _, _| {
        Ok(Value::Int(vm.heap.used_peak as i64))
    })?;
    let ring = native_class(vm, "RingIO")?;
    super::set(vm, d, "RingIO", Value::Obj(ring))?;
    static_method(vm, ring, "__new__", ring_new)?;
    method(vm, ring, "any", |vm, a, kw| {
        max_args(vm, a, kw, 1, "any")?;
        let (_, n) = ring_state(vm, a[0])?;
        Ok(Value::Int(n as i64))
    })?;
    method(vm, ring, "read", |vm, a, kw| {
        max_args(vm, a, kw, 2, "read")?;
        let n = limit(vm, a.get(1).copied())?;
        let data = ring_read(vm, a[0], n, false)?;
        vm.new_bytes(data)
    })?;
    method(vm, ring, "readline", |vm, a, kw| {
        max_args(vm, a, kw, 2, "readline")?;
        let n = match a.get(1) {
            Some(Value::None) => usize::MAX,
            v => limit(vm, v.copied())?,
        };
        let data = ring_read(vm, a[0], n, true)?;
        vm.new_bytes(data)
    })?;
    method(vm, ring, "readinto", |vm, a, kw| {
        max_args(vm, a, kw, 3, "readinto")?;
        let buf = arg(vm, a, 1, "readinto")?;
        let room = with_buf_mut(vm, buf, |b| b.len())?;
        let n = limit(vm, a.get(2).copied())?.min(room);
        let data = ring_read(vm, a[0], n, false)?;
        with_buf_mut(vm, buf, |b| {
            let k = data.len().min(b.len());
            b[..k].copy_from_slice(&data[..k]);
        })?;
        Ok(Value::Int(data.len() as i64))
    })?;
    method(vm, ring, "write", |vm, a, kw| {
        max_args(vm, a, kw, 2, "write")?;
        let v = arg(vm, a, 1, "write")?;
        let data = match vm.str_ref(v) {
            Some(s) => alloc::string::String::from(s).into_bytes(),
            None => vm.bytes_like(v)?,
        };
        let (mut ring, used) = ring_state(vm, a[0])?;
        let buf = ring_buf(vm, a[0])?;
        let size = ring.size;
        let n = data.len().min(size - 1 - used);
        with_buf_mut(vm, buf, |b| {
            if b.len() == size {
                for &x in &data[..n] {
                    b[ring.put] = x;
                    ring.put = (ring.put + 1) % size;
                }
            }
        })?;
        set_ring(vm, a[0], ring);
        Ok(Value::Int(n as i64))
    })?;
    method(vm, ring, "close", |vm, a, kw| {
        max_args(vm, a, kw, 1, "close")?;
        ring_state(vm, a[0])?;
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

/// A `RingIO`'s read and write positions in its buffer of `size` bytes (the host
/// object's `refs[0]`); `get == put` when empty.
#[derive(Clone, Copy)]
struct Ring {
    get: usize,
    put: usize,
    size: usize,
}

/// The largest ring buffer, as MicroPython's (16-bit positions).
const RING_MAX: usize = 65535;

fn ring_new(vm: &mut Vm, a: &[Value], kw: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    max_args(vm, a, kw, 2, "RingIO")?;
    let (Some(&Value::Obj(class)), Some(&v)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("RingIO() takes 1 positional argument"));
    };
    let buf = if vm.is_str(v) || vm.to_bigint(v).is_some() || matches!(v, Value::Bool(_)) {
        let n = vm.to_index(v)?;
        if !(1..RING_MAX as i64).contains(&n) {
            return Err(vm.value_error("RingIO size out of range"));
        }
        let r = vm.alloc(Obj::ByteArray(alloc::vec![0; n as usize + 1]))?;
        Value::Obj(r)
    } else {
        v
    };
    let size = with_buf_mut(vm, buf, |b| b.len())?;
    if !(2..=RING_MAX).contains(&size) {
        return Err(vm.value_error("RingIO buffer size out of range"));
    }
    let ring = Ring {
        get: 0,
        put: 0,
        size,
    };
    vm.temp_roots.push(buf);
    let r = vm.alloc(Obj::Host(alloc::boxed::Box::new(HostObj {
        class,
        data: alloc::boxed::Box::new(ring),
        refs: alloc::vec![buf],
    })));
    vm.temp_roots.pop();
    Ok(Value::Obj(r?))
}

/// An optional byte count: absent or negative means no limit.
fn limit(vm: &mut Vm, v: Option<Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => Ok(usize::try_from(vm.to_index(v)?).unwrap_or(usize::MAX)),
    }
}

/// The ring's positions and the bytes it holds.
fn ring_state(vm: &mut Vm, v: Value) -> PyResult<(Ring, usize)> {
    let v = vm.base_value(v);
    if let Value::Obj(r) = v {
        if let Obj::Host(h) = vm.heap.get(r) {
            if let Some(&ring) = h.data.downcast_ref::<Ring>() {
                return Ok((ring, (ring.put + ring.size - ring.get) % ring.size));
            }
        }
    }
    Err(vm.type_error("RingIO object required"))
}

fn ring_buf(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.base_value(v) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Host(h) => Ok(h.refs[0]),
            _ => Err(vm.type_error("RingIO object required")),
        },
        _ => Err(vm.type_error("RingIO object required")),
    }
}

fn set_ring(vm: &mut Vm, v: Value, ring: Ring) {
    if let Value::Obj(r) = vm.base_value(v) {
        if let Obj::Host(h) = vm.heap.get_mut(r) {
            if let Some(s) = h.data.downcast_mut::<Ring>() {
                *s = ring;
            }
        }
    }
}

/// Take up to `n` bytes from the ring (up to and including a newline for `line`).
fn ring_read(vm: &mut Vm, v: Value, n: usize, line: bool) -> PyResult<Vec<u8>> {
    let (mut ring, used) = ring_state(vm, v)?;
    let buf = ring_buf(vm, v)?;
    let n = n.min(used);
    let size = ring.size;
    let out = with_buf_mut(vm, buf, |b| {
        let mut out = Vec::with_capacity(n);
        if b.len() == size {
            while out.len() < n {
                let x = b[ring.get];
                ring.get = (ring.get + 1) % size;
                out.push(x);
                if line && x == b'\n' {
                    break;
                }
            }
        }
        out
    })?;
    set_ring(vm, v, ring);
    Ok(out)
}
