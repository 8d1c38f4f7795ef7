//! Natives under `machine.Pin`, `Signal`, `ADC`, `PWM` and `time_pulse_us`
//! (the classes are in `frozen/machine_pin.py`).

use crate::error::PyResult;
use crate::hal::{PinMode, Pull};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::events::{update, wait_until, PinIrq};
use super::{arg, int_arg, u32_arg, with_hal};
use crate::modules::def;

pub(super) fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_pin_resolve", resolve)?;
    def(vm, d, "_pin_config", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        let mode = match int_arg(vm, a, 1, "mode")? {
            0 => PinMode::In,
            1 => PinMode::Out,
            2 => PinMode::OpenDrain,
            3 => PinMode::Analog,
            m => return Err(vm.value_error(alloc::format!("invalid pin mode: {m}"))),
        };
        let pull = match arg(vm, a, 2, "pull")? {
            Value::None => Pull::None,
            v => match vm.to_index(v)? {
                0 => Pull::None,
                1 => Pull::Up,
                2 => Pull::Down,
                p => return Err(vm.value_error(alloc::format!("invalid pull: {p}"))),
            },
        };
        with_hal(vm, |h| h.pin_configure(pin, mode, pull))?;
        Ok(Value::None)
    })?;
    def(vm, d, "_pin_read", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        Ok(Value::Int(with_hal(vm, |h| h.pin_read(pin))? as i64))
    })?;
    def(vm, d, "_pin_write", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        let v = arg(vm, a, 1, "value")?;
        let high = vm.truthy(v)?;
        with_hal(vm, |h| h.pin_write(pin, high))?;
        Ok(Value::None)
    })?;
    // `_pin_irq(pin_obj, id, handler, trigger)`: register (or, with handler None and
    // trigger 0, remove) the pin's handler.
    def(vm, d, "_pin_irq", |vm, a, _| {
        let obj = arg(vm, a, 0, "pin")?;
        let pin = u32_arg(vm, a, 1, "pin")?;
        let handler = arg(vm, a, 2, "handler")?;
        let trigger = (int_arg(vm, a, 3, "trigger")? & 3) as u8;
        let edges = if handler.is_none() { 0 } else { trigger };
        with_hal(vm, |h| h.pin_irq(pin, edges))?;
        update(vm, |s| {
            s.pins.retain(|p| p.pin != pin);
            if edges != 0 {
                s.pins.push(PinIrq {
                    pin,
                    obj,
                    handler,
                    trigger,
                    flags: 0,
                });
            }
        });
        Ok(Value::None)
    })?;
    // `_pin_irq_flags(id)`: the edges seen since the last call (and clear them).
    def(vm, d, "_pin_irq_flags", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        let f = super::events::with_state(vm, |s| {
            s.pins
                .iter_mut()
                .find(|p| p.pin == pin)
                .map(|p| core::mem::take(&mut p.flags))
        })
        .flatten()
        .unwrap_or(0);
        Ok(Value::Int(f as i64))
    })?;
    def(vm, d, "_adc_u16", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        Ok(Value::Int(with_hal(vm, |h| h.adc_read_u16(pin))? as i64))
    })?;
    def(vm, d, "_adc_uv", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        Ok(Value::Int(with_hal(vm, |h| h.adc_read_uv(pin))? as i64))
    })?;
    def(vm, d, "_pwm_set", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        let freq = u32_arg(vm, a, 1, "frequency")?;
        let duty = int_arg(vm, a, 2, "duty")?.clamp(0, 65535) as u16;
        if freq == 0 {
            return Err(vm.value_error("freq must be positive"));
        }
        with_hal(vm, |h| h.pwm_set(pin, freq, duty))?;
        Ok(Value::None)
    })?;
    def(vm, d, "_pwm_deinit", |vm, a, _| {
        let pin = u32_arg(vm, a, 0, "pin")?;
        with_hal(vm, |h| h.pwm_deinit(pin))?;
        Ok(Value::None)
    })?;
    Ok(())
}

/// `_pin_resolve(id)`: a pin number or board name to the board's pin id; `ValueError`
/// for a pin the board does not have.
fn resolve(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let v = arg(vm, a, 0, "pin")?;
    if let Some(name) = vm.str_ref(v) {
        let name = alloc::string::String::from(name);
        let id = with_hal(vm, |h| Ok(h.pin_by_name(&name)))?;
        return match id {
            Some(id) => Ok(Value::Int(id as i64)),
            None => Err(vm.value_error(alloc::format!("invalid pin: {name}"))),
        };
    }
    if !vm.is_int(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(alloc::format!("pin id must be int or str, not '{tn}'")));
    }
    let n = vm.to_index(v)?;
    let ok = match u32::try_from(n) {
        Ok(p) => with_hal(vm, |h| Ok(h.pin_valid(p)))?,
        Err(_) => false,
    };
    if !ok {
        return Err(vm.value_error(alloc::format!("invalid pin: {n}")));
    }
    Ok(Value::Int(n))
}

/// `_pulse(pin_id, level, timeout_us)`: `machine.time_pulse_us`. Waits for the pin to
/// reach `level` (-2 on timeout), then times how long it stays there (-1 on timeout).
/// Waiting jumps to the HAL's next event time when it has one, 1 us steps otherwise.
pub(super) fn time_pulse(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let pin = u32_arg(vm, a, 0, "pin")?;
    let lv = arg(vm, a, 1, "pulse_level")?;
    let level = vm.truthy(lv)?;
    let timeout_us = match a.get(2) {
        Some(&v) => vm.to_index(v)?.max(0) as u64,
        None => 1_000_000,
    };
    let timeout = timeout_us.saturating_mul(1000);
    let read = |vm: &mut Vm| -> PyResult<bool> { with_hal(vm, |h| h.pin_read(pin)) };
    let t0 = vm.port.monotonic_ns();
    if read(vm)? != level {
        let reached = step_until(vm, t0.saturating_add(timeout), &mut |vm| {
            Ok(read(vm)? == level)
        })?;
        if !reached {
            return Ok(Value::Int(-2));
        }
    }
    let start = vm.port.monotonic_ns();
    let ended = step_until(vm, start.saturating_add(timeout), &mut |vm| {
        Ok(read(vm)? != level)
    })?;
    if !ended {
        return Ok(Value::Int(-1));
    }
    let end = vm.port.monotonic_ns();
    Ok(Value::Int((end.saturating_sub(start) / 1000) as i64))
}

/// Poll `cond` until `deadline`, stepping the clock to the HAL's next event (or 1 us).
fn step_until(
    vm: &mut Vm,
    deadline: u64,
    cond: &mut dyn FnMut(&mut Vm) -> PyResult<bool>,
) -> PyResult<bool> {
    if vm.machine.active() {
        return wait_until_fine(vm, deadline, cond);
    }
    let mut now = vm.port.monotonic_ns();
    loop {
        if cond(vm)? {
            return Ok(true);
        }
        if now >= deadline {
            return Ok(false);
        }
        let next = vm.port.hal().and_then(|h| h.next_event_ns());
        let wake = match next {
            Some(t) if t > now && t < deadline => t,
            _ => now.saturating_add(1000).min(deadline),
        };
        vm.port.sleep_ns(wake - now);
        let after = vm.port.monotonic_ns();
        now = if after > now { after } else { wake };
        if vm.port.take_interrupt() {
            return Err(vm.error_noargs(crate::error::ExcKind::KeyboardInterrupt));
        }
    }
}

/// [`wait_until`] but re-checking `cond` at least every microsecond.
fn wait_until_fine(
    vm: &mut Vm,
    deadline: u64,
    cond: &mut dyn FnMut(&mut Vm) -> PyResult<bool>,
) -> PyResult<bool> {
    loop {
        let now = vm.port.monotonic_ns();
        let slice_end = {
            let next = vm.port.hal().and_then(|h| h.next_event_ns());
            match next {
                Some(t) if t > now && t < deadline => t,
                _ => now.saturating_add(1000).min(deadline),
            }
        };
        if cond(vm)? {
            return Ok(true);
        }
        if now >= deadline {
            return Ok(false);
        }
        if wait_until(vm, slice_end, cond)? {
            return Ok(true);
        }
        if vm.port.monotonic_ns() <= now {
            // A clock that does not move: give up rather than spin.
            return Ok(false);
        }
    }
}
