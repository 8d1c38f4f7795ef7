//! What the `machine` module does between bytecodes: HAL events, software timers,
//! handler dispatch, sleeping and resets.
//!
//! All state lives in one host object ([`MachineState`]) made when `machine` is first
//! imported and kept in `Vm::module_roots`; its `refs` list every registered pin, UART
//! and timer object with its handler, plus calls waiting to be scheduled, so they are
//! GC roots for as long as they are registered. `Vm::machine` ([`MachineHook`]) names
//! that object and carries a pending reset request.
//!
//! The VM calls [`poll`] every 64 backward jumps or calls once the module is imported:
//! it drains [`Hal::poll_event`], fires due timers and moves the resulting handler calls
//! into the `micropython.schedule` queue (as `_irq_dispatch((handler, arg))`), where the
//! VM's safe point runs them. `_irq_dispatch` reports an exception from a handler
//! and returns, so the program continues. Sleeps ([`sleep_ns`]) wake at every timer
//! deadline and HAL event time to do the same, and sleep the gaps with
//! `Port::sleep_ns`, so a port with virtual time runs them deterministically.
//!
//! [`Hal::poll_event`]: crate::hal::Hal::poll_event

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::hal::{HalEvent, ResetCause};
use crate::object::{HostObj, Obj};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The longest single `Port::sleep_ns` call while sleeping, so Ctrl-C and events that
/// the HAL did not announce are noticed.
const SLEEP_CHUNK_NS: u64 = 10_000_000;
/// MicroPython's scheduler depth (shared with `micropython.schedule`).
const SCHEDULE_DEPTH: usize = 8;
/// HAL events drained per poll.
const EVENTS_PER_POLL: usize = 32;

/// `Vm::machine`: the `machine` module's link into the VM.
#[derive(Default)]
pub struct MachineHook {
    /// The [`MachineState`] host object, once `machine` is imported.
    pub(crate) state: Option<ObjRef>,
    /// Set by `machine.reset()`, watchdog expiry or `deepsleep`: the program unwinds
    /// without running handlers, and the port's runner takes the request.
    pub reset: Option<ResetCause>,
    /// Set by `machine.soft_reset()` (which raises `SystemExit`).
    pub soft_reset: bool,
}

impl MachineHook {
    /// Should the VM poll for events (is `machine` in use)? A field test, made every
    /// 64 backward jumps or calls.
    #[inline]
    pub fn active(&self) -> bool {
        self.state.is_some()
    }
}

impl Vm {
    /// The reset a program asked for (`machine.reset()`, watchdog expiry, `deepsleep`),
    /// taken once: the port's runner restarts the program after it. Clears the request
    /// so `except`/`finally` work again.
    pub fn take_reset_request(&mut self) -> Option<ResetCause> {
        self.machine.reset.take()
    }

    /// Whether the program called `machine.soft_reset()` (taken once).
    pub fn take_soft_reset_request(&mut self) -> bool {
        core::mem::take(&mut self.machine.soft_reset)
    }
}

pub(crate) struct PinIrq {
    pub pin: u32,
    pub obj: Value,
    pub handler: Value,
    pub trigger: u8,
    /// The edges seen since the handler last ran (`irq().flags()`).
    pub flags: u8,
}

pub(crate) struct UartIrq {
    pub id: u32,
    pub obj: Value,
    pub handler: Value,
}

pub(crate) struct SoftTimer {
    pub obj: Value,
    pub callback: Value,
    pub deadline: u64,
    /// Zero for a one-shot timer.
    pub period: u64,
}

pub(crate) struct MachineState {
    pub pins: Vec<PinIrq>,
    pub uarts: Vec<UartIrq>,
    pub timers: Vec<SoftTimer>,
    /// Handler calls not yet moved to the scheduler queue.
    pub pending: Vec<(Value, Value)>,
    pub irq_disabled: bool,
    /// The `_irq_dispatch` native.
    pub dispatch: Value,
    /// RTC offset from the wall clock when the HAL has no RTC of its own.
    pub rtc_offset_ns: i128,
}

impl Default for MachineState {
    fn default() -> Self {
        MachineState {
            pins: Vec::new(),
            uarts: Vec::new(),
            timers: Vec::new(),
            pending: Vec::new(),
            irq_disabled: false,
            dispatch: Value::None,
            rtc_offset_ns: 0,
        }
    }
}

impl MachineState {
    fn refs(&self) -> Vec<Value> {
        let mut v = Vec::new();
        v.push(self.dispatch);
        for p in &self.pins {
            v.extend([p.obj, p.handler]);
        }
        for u in &self.uarts {
            v.extend([u.obj, u.handler]);
        }
        for t in &self.timers {
            v.extend([t.obj, t.callback]);
        }
        for &(f, x) in &self.pending {
            v.extend([f, x]);
        }
        v
    }

    fn next_deadline(&self) -> Option<u64> {
        self.timers.iter().map(|t| t.deadline).min()
    }

    /// Queue the callbacks of timers due at `now`; one-shot timers are removed.
    fn fire_timers(&mut self, now: u64) {
        let mut i = 0;
        while i < self.timers.len() {
            let t = &mut self.timers[i];
            if t.deadline <= now {
                if !t.callback.is_none() {
                    self.pending.push((t.callback, t.obj));
                }
                if t.period == 0 {
                    self.timers.remove(i);
                    continue;
                }
                t.deadline = t.deadline.saturating_add(t.period);
                if t.deadline <= now {
                    // Fell behind by more than a period: skip the missed ticks.
                    t.deadline = now.saturating_add(t.period);
                }
            }
            i += 1;
        }
    }

    fn pin_edge(&mut self, pin: u32, rising: bool) {
        let edge = if rising {
            crate::hal::EDGE_RISING
        } else {
            crate::hal::EDGE_FALLING
        };
        if let Some(p) = self.pins.iter_mut().find(|p| p.pin == pin) {
            if p.trigger & edge != 0 && !p.handler.is_none() {
                p.flags |= edge;
                self.pending.push((p.handler, p.obj));
            }
        }
    }

    fn uart_rx(&mut self, id: u32) {
        if let Some(u) = self.uarts.iter().find(|u| u.id == id) {
            if !u.handler.is_none()
                && !self
                    .pending
                    .iter()
                    .any(|&(f, x)| f.is(u.handler) && x.is(u.obj))
            {
                self.pending.push((u.handler, u.obj));
            }
        }
    }
}

/// Run `f` on the state (without changing which values it holds).
pub(crate) fn with_state<T>(vm: &mut Vm, f: impl FnOnce(&mut MachineState) -> T) -> Option<T> {
    let r = vm.machine.state?;
    match vm.heap.get_mut(r) {
        Obj::Host(h) => h.data.downcast_mut::<MachineState>().map(f),
        _ => None,
    }
}

/// Run `f` on the state and refresh its GC references (for registrations).
pub(crate) fn update<T>(vm: &mut Vm, f: impl FnOnce(&mut MachineState) -> T) -> Option<T> {
    let r = vm.machine.state?;
    match vm.heap.get_mut(r) {
        Obj::Host(h) => {
            let HostObj { data, refs, .. } = &mut **h;
            let s = data.downcast_mut::<MachineState>()?;
            let out = f(s);
            *refs = s.refs();
            Some(out)
        }
        _ => None,
    }
}

/// Make the state object (once per VM) and the `_irq_dispatch` native.
pub(super) fn install(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let dispatch = vm.new_native("_irq_dispatch", irq_dispatch)?;
    super::super::set(vm, d, "_irq_dispatch", dispatch)?;
    if vm.machine.state.is_some() {
        return Ok(());
    }
    let class = vm.types.object;
    let state = MachineState {
        dispatch,
        ..Default::default()
    };
    let refs = state.refs();
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(state),
        refs,
    })))?;
    vm.module_roots.push(Value::Obj(r));
    vm.machine.state = Some(r);
    Ok(())
}

/// `_irq_dispatch((handler, arg))`: call a handler; an exception from it is reported
/// (as MicroPython reports one from an IRQ callback) and the program goes on. Resets,
/// `SystemExit` and `KeyboardInterrupt` propagate.
fn irq_dispatch(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let (h, x) = match a.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
        _ => return Err(vm.type_error("_irq_dispatch expects (handler, arg)")),
    };
    match vm.call(h, &[x]) {
        Ok(_) => Ok(Value::None),
        Err(e) => {
            if vm.machine.reset.is_some()
                || vm.err_matches(e, ExcKind::SystemExit)
                || vm.err_matches(e, ExcKind::KeyboardInterrupt)
            {
                return Err(e);
            }
            let mut text = String::from("Uncaught exception in IRQ callback handler\n");
            text.push_str(&vm.format_exception(e));
            vm.port.write_stderr(text.as_bytes());
            Ok(Value::None)
        }
    }
}

/// Move pending handler calls into the scheduler queue (unless IRQs are disabled).
fn flush(vm: &mut Vm) -> PyResult<()> {
    loop {
        if vm.heap.scheduled.len() >= SCHEDULE_DEPTH {
            return Ok(());
        }
        let next = with_state(vm, |s| {
            if s.irq_disabled || s.pending.is_empty() {
                None
            } else {
                Some((s.dispatch, s.pending.remove(0)))
            }
        })
        .flatten();
        let Some((dispatch, (f, x))) = next else {
            return Ok(());
        };
        // No collection can happen between taking the call and queueing it.
        let t = match vm.new_tuple(alloc::vec![f, x]) {
            Ok(t) => t,
            Err(e) => {
                with_state(vm, |s| s.pending.insert(0, (f, x)));
                return Err(e);
            }
        };
        vm.heap.scheduled.push((dispatch, t));
        vm.heap.gc_pending = true;
    }
}

/// Drain HAL events and due timers into handler calls for the next safe point.
/// Called by the VM every 64 backward jumps or calls while `machine` is in use.
pub fn poll(vm: &mut Vm) -> PyResult<()> {
    if vm.machine.state.is_none() {
        return Ok(());
    }
    for _ in 0..EVENTS_PER_POLL {
        let ev = match vm.port.hal() {
            Some(h) => h.poll_event(),
            None => None,
        };
        match ev {
            None => break,
            Some(HalEvent::WatchdogExpired) => return Err(reset(vm, ResetCause::Watchdog)),
            Some(HalEvent::PinEdge { pin, rising }) => {
                with_state(vm, |s| s.pin_edge(pin, rising));
            }
            Some(HalEvent::UartRx { id }) => {
                with_state(vm, |s| s.uart_rx(id));
            }
        }
    }
    let (has_timers, mut has_pending) =
        with_state(vm, |s| (!s.timers.is_empty(), !s.pending.is_empty())).unwrap_or_default();
    if has_timers {
        let now = vm.port.monotonic_ns();
        let (removed, pending) = with_state(vm, |s| {
            let before = s.timers.len();
            s.fire_timers(now);
            (s.timers.len() != before, !s.pending.is_empty())
        })
        .unwrap_or_default();
        if removed {
            // A one-shot timer left: its callback is now held only by `pending`.
            update(vm, |_| ());
        }
        has_pending = pending;
    }
    if has_pending {
        flush(vm)?;
    }
    Ok(())
}

/// Poll, then run what is scheduled right away (used while sleeping).
fn poll_and_run(vm: &mut Vm) -> PyResult<()> {
    poll(vm)?;
    if !vm.heap.scheduled.is_empty() && !vm.heap.sched_running {
        super::super::run_scheduled(vm)?;
    }
    Ok(())
}

/// Sleep `ns` nanoseconds (`time.sleep*`, `machine.lightsleep`), running timers, HAL
/// event handlers and scheduled calls when they fall due, and raising
/// `KeyboardInterrupt` on Ctrl-C.
pub fn sleep_ns(vm: &mut Vm, ns: u64) -> PyResult<()> {
    if !vm.machine.active() {
        let mut left = ns;
        while left > 0 {
            let step = left.min(SLEEP_CHUNK_NS * 5);
            vm.port.sleep_ns(step);
            left -= step;
            if vm.port.take_interrupt() {
                return Err(vm.error_noargs(ExcKind::KeyboardInterrupt));
            }
        }
        return Ok(());
    }
    let start = vm.port.monotonic_ns();
    wait_until(vm, start.saturating_add(ns), &mut |_| Ok(false)).map(|_| ())
}

/// Wait until `cond` holds (true) or the monotonic clock reaches `deadline` (false),
/// running due handlers meanwhile. Sleeps wake at the earliest timer deadline and HAL
/// event time. A clock that does not move is advanced by what was slept, so a port
/// without a clock cannot hang here.
pub(crate) fn wait_until(
    vm: &mut Vm,
    deadline: u64,
    cond: &mut dyn FnMut(&mut Vm) -> PyResult<bool>,
) -> PyResult<bool> {
    let mut now = vm.port.monotonic_ns();
    loop {
        poll_and_run(vm)?;
        if cond(vm)? {
            return Ok(true);
        }
        now = now.max(vm.port.monotonic_ns());
        if now >= deadline {
            return Ok(false);
        }
        let mut wake = deadline.min(now.saturating_add(SLEEP_CHUNK_NS));
        if let Some(t) = with_state(vm, |s| s.next_deadline()).flatten() {
            if t > now {
                wake = wake.min(t);
            }
        }
        let next_event = vm.port.hal().and_then(|h| h.next_event_ns());
        if let Some(t) = next_event {
            if t > now {
                wake = wake.min(t);
            }
        }
        vm.port.sleep_ns(wake - now);
        let after = vm.port.monotonic_ns();
        now = if after > now { after } else { wake };
        if vm.port.take_interrupt() {
            return Err(vm.error_noargs(ExcKind::KeyboardInterrupt));
        }
    }
}

/// `machine.idle()`: run what is due, then wait for the next event or timer (at most
/// one millisecond).
pub(super) fn idle(vm: &mut Vm) -> PyResult<()> {
    if !vm.machine.active() {
        vm.port.sleep_ns(1_000_000);
        return Ok(());
    }
    let now = vm.port.monotonic_ns();
    wait_until(vm, now.saturating_add(1_000_000), &mut |vm| {
        Ok(!vm.heap.scheduled.is_empty())
    })
    .map(|_| ())
}

/// No timers, pin or UART handlers are registered (a board may sleep deeply).
pub(super) fn nothing_registered(vm: &mut Vm) -> bool {
    with_state(vm, |s| {
        s.timers.is_empty() && s.pins.is_empty() && s.uarts.is_empty()
    })
    .unwrap_or(true)
}

/// `disable_irq`/`enable_irq`: returns whether IRQs were enabled before.
pub(super) fn set_irq_enabled(vm: &mut Vm, on: bool) -> bool {
    let was = with_state(vm, |s| core::mem::replace(&mut s.irq_disabled, !on)).unwrap_or(false);
    if on && was {
        vm.heap.gc_pending = true;
        let _ = flush(vm);
    }
    !was
}

/// Forget every registered handler and timer (after a reset).
fn clear(vm: &mut Vm) {
    update(vm, |s| {
        s.pins.clear();
        s.uarts.clear();
        s.timers.clear();
        s.pending.clear();
        s.irq_disabled = false;
    });
    vm.heap.scheduled.clear();
}

/// Reset the board with `cause`: the HAL is told, handlers and timers are dropped, and
/// the returned `SystemExit` unwinds the program without running any handler (see
/// `Vm::handle_exception`) until the port takes the request.
pub(crate) fn reset(vm: &mut Vm, cause: ResetCause) -> PyErr {
    if let Some(h) = vm.port.hal() {
        h.reset(cause);
    }
    clear(vm);
    vm.machine.reset = Some(cause);
    vm.error(ExcKind::SystemExit, "machine reset")
}

/// `machine.soft_reset()`: `SystemExit`, with a request the board runner can read.
pub(super) fn soft_reset(vm: &mut Vm) -> PyErr {
    clear(vm);
    vm.machine.soft_reset = true;
    vm.error_noargs(ExcKind::SystemExit)
}
