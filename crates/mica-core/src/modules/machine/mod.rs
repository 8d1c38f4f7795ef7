//! `machine` (also `umachine`): MicroPython's hardware API over the port's [`Hal`].
//!
//! The Python-facing classes (`Pin`, `Signal`, `ADC`, `PWM`, `I2C`, `SoftI2C`, `SPI`,
//! `SoftSPI`, `UART`, `Timer`, `WDT`, `RTC`) are frozen Python (`frozen/machine_*.py`)
//! over thin natives, one Rust file per concern: `pin.rs` (pins, ADC, PWM), `i2c.rs`,
//! `spi.rs`, `uart.rs`, `timer.rs` (software timers, watchdog, RTC). `events.rs` owns
//! what happens between bytecodes: HAL events and due timers become scheduled handler
//! calls, sleeps wake for them, and resets unwind the program.
//!
//! On a port without a HAL (`Port::hal` is `None`) the module still imports; every
//! hardware operation raises `OSError(ENODEV, "no machine HAL on this port")`.

use alloc::format;
use alloc::vec::Vec;

use crate::error::{PyErr, PyResult};
use crate::hal::{Hal, HalError, ResetCause};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def};

mod events;
mod i2c;
mod pin;
mod spi;
mod timer;
mod uart;

pub use events::{poll, sleep_ns, MachineHook};

/// errno values the module raises.
const ENODEV: i64 = 19;
const EIO: i64 = 5;
const ETIMEDOUT: i64 = 110;
const EOPNOTSUPP: i64 = 95;

/// The one place a [`HalError`] becomes MicroPython's exception.
pub(crate) fn hal_error(vm: &mut Vm, e: HalError) -> PyErr {
    match e {
        HalError::Invalid(msg) => vm.value_error(msg),
        HalError::NoDevice => vm.os_error(ENODEV, "ENODEV"),
        HalError::Io => vm.os_error(EIO, "EIO"),
        HalError::Timeout => vm.os_error(ETIMEDOUT, "ETIMEDOUT"),
        HalError::Unsupported(what) => {
            vm.os_error(EOPNOTSUPP, &format!("{what} not supported on this board"))
        }
    }
}

/// Run `f` on the port's HAL, turning a missing HAL or a HAL error into an exception.
pub(crate) fn with_hal<T>(
    vm: &mut Vm,
    f: impl FnOnce(&mut dyn Hal) -> Result<T, HalError>,
) -> PyResult<T> {
    let r = match vm.port.hal() {
        Some(h) => f(h),
        None => return Err(vm.os_error(ENODEV, "no machine HAL on this port")),
    };
    r.map_err(|e| hal_error(vm, e))
}

/// An integer argument that must fit a `u32` (a pin, bus id, frequency): `ValueError`
/// naming `what` otherwise.
pub(crate) fn u32_of(vm: &mut Vm, v: Value, what: &str) -> PyResult<u32> {
    let n = vm.to_index(v)?;
    u32::try_from(n).map_err(|_| vm.value_error(format!("invalid {what}: {n}")))
}

/// Positional argument `i` as an integer.
pub(crate) fn int_arg(vm: &mut Vm, a: &[Value], i: usize, what: &str) -> PyResult<i64> {
    let v = arg(vm, a, i, what)?;
    vm.to_index(v)
}

/// Positional argument `i` as a `u32`.
pub(crate) fn u32_arg(vm: &mut Vm, a: &[Value], i: usize, what: &str) -> PyResult<u32> {
    let v = arg(vm, a, i, what)?;
    u32_of(vm, v, what)
}

/// `None` or a `u32`.
pub(crate) fn opt_u32(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<u32>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => u32_of(vm, v, what).map(Some),
    }
}

/// Write `data` into a writable buffer (bytearray or writable memoryview) from its
/// start; `TypeError` for anything else. Returns how many bytes were written.
pub(crate) fn fill_buffer(vm: &mut Vm, buf: Value, data: &[u8]) -> PyResult<usize> {
    use crate::object::Obj;
    let buf = vm.base_value(buf);
    if let Value::Obj(r) = buf {
        match vm.heap.get_mut(r) {
            Obj::ByteArray(b) => {
                let n = b.len().min(data.len());
                b[..n].copy_from_slice(&data[..n]);
                return Ok(n);
            }
            Obj::MemoryView(m) if !m.readonly && !m.released => {
                let (target, start, step, len) = (m.obj, m.start, m.step, m.len);
                let n = len.min(data.len());
                if let Some(Obj::ByteArray(b)) = target.as_obj().map(|o| vm.heap.get_mut(o)) {
                    for (i, &byte) in data[..n].iter().enumerate() {
                        let p = start as i64 + i as i64 * step;
                        if let Some(slot) = usize::try_from(p).ok().and_then(|p| b.get_mut(p)) {
                            *slot = byte;
                        }
                    }
                }
                return Ok(n);
            }
            _ => {}
        }
    }
    let tn = vm.type_name(buf);
    Err(vm.type_error(format!(
        "object with buffer protocol required (writable), not '{tn}'"
    )))
}

/// The length of a writable buffer (`TypeError` for anything else).
pub(crate) fn buffer_len(vm: &mut Vm, buf: Value) -> PyResult<usize> {
    use crate::object::Obj;
    let b = vm.base_value(buf);
    if let Value::Obj(r) = b {
        match vm.heap.get(r) {
            Obj::ByteArray(v) => return Ok(v.len()),
            Obj::MemoryView(m) if !m.readonly && !m.released => return Ok(m.len),
            _ => {}
        }
    }
    let tn = vm.type_name(buf);
    Err(vm.type_error(format!(
        "object with buffer protocol required (writable), not '{tn}'"
    )))
}

/// The bytes of a readable buffer; a str is taken as its UTF-8 encoding.
pub(crate) fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_ref(v) {
        return Ok(Vec::from(s.as_bytes()));
    }
    let b = vm.base_value(v);
    if vm.is_bytes_like(b) {
        return vm.bytes_like(b);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object with buffer protocol required, not '{tn}'")))
}

fn reset_cause_code(c: ResetCause) -> i64 {
    match c {
        ResetCause::PowerOn => 1,
        ResetCause::Hard => 2,
        ResetCause::Watchdog => 3,
        ResetCause::DeepSleep => 4,
        ResetCause::Soft => 5,
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    events::install(vm, d)?;
    for (name, v) in [
        ("PWRON_RESET", 1),
        ("HARD_RESET", 2),
        ("WDT_RESET", 3),
        ("DEEPSLEEP_RESET", 4),
        ("SOFT_RESET", 5),
        ("IDLE", 0),
        ("SLEEP", 2),
        ("DEEPSLEEP", 4),
        ("PIN_WAKE", 2),
        ("RTC_WAKE", 4),
    ] {
        super::set(vm, d, name, Value::Int(v))?;
    }
    def(vm, d, "unique_id", |vm, _, _| {
        let id = with_hal(vm, |h| Ok(h.unique_id()))?;
        vm.new_bytes(id)
    })?;
    def(vm, d, "freq", |vm, a, _| match a.first() {
        None => Ok(Value::Int(with_hal(vm, |h| Ok(h.cpu_freq()))? as i64)),
        Some(&v) => {
            let hz = u32_of(vm, v, "frequency")?;
            with_hal(vm, |h| h.set_cpu_freq(hz))?;
            Ok(Value::None)
        }
    })?;
    def(vm, d, "reset_cause", |vm, _, _| {
        let c = with_hal(vm, |h| Ok(h.reset_cause()))?;
        Ok(Value::Int(reset_cause_code(c)))
    })?;
    def(vm, d, "reset", |vm, _, _| {
        Err(events::reset(vm, ResetCause::Hard))
    })?;
    def(vm, d, "soft_reset", |vm, _, _| Err(events::soft_reset(vm)))?;
    def(vm, d, "bootloader", |vm, _, _| {
        with_hal(vm, |h| match h.bootloader() {
            Err(HalError::Unsupported(_)) => Err(HalError::Unsupported("bootloader")),
            r => r,
        })?;
        Ok(Value::None)
    })?;
    def(vm, d, "idle", |vm, _, _| {
        events::idle(vm)?;
        Ok(Value::None)
    })?;
    def(vm, d, "lightsleep", |vm, a, _| {
        let ms = match a.first() {
            None | Some(Value::None) => None,
            Some(&v) => Some(vm.to_index(v)?.max(0) as u64),
        };
        // With nothing that must wake the program, the board's own low-power sleep;
        // otherwise (or without one) a core sleep that runs timers and handlers.
        if events::nothing_registered(vm) {
            let r = match vm.port.hal() {
                Some(h) => h.lightsleep(ms),
                None => Err(HalError::Unsupported("lightsleep")),
            };
            match r {
                Ok(()) => return Ok(Value::None),
                Err(HalError::Unsupported(_)) => {}
                Err(e) => return Err(hal_error(vm, e)),
            }
        }
        match ms {
            Some(ms) => sleep_ns(vm, ms.saturating_mul(1_000_000))?,
            None => events::idle(vm)?,
        }
        Ok(Value::None)
    })?;
    def(vm, d, "deepsleep", |vm, a, _| {
        if let Some(&v) = a.first() {
            if !v.is_none() {
                let ms = vm.to_index(v)?.max(0) as u64;
                vm.port.sleep_ns(ms.saturating_mul(1_000_000));
            }
        }
        Err(events::reset(vm, ResetCause::DeepSleep))
    })?;
    def(vm, d, "disable_irq", |vm, _, _| {
        Ok(Value::Bool(events::set_irq_enabled(vm, false)))
    })?;
    def(vm, d, "enable_irq", |vm, a, _| {
        let on = match a.first() {
            Some(&v) => vm.truthy(v)?,
            None => true,
        };
        events::set_irq_enabled(vm, on);
        Ok(Value::None)
    })?;
    def(vm, d, "_pulse", pin::time_pulse)?;
    pin::init(vm, d)?;
    i2c::init(vm, d)?;
    spi::init(vm, d)?;
    uart::init(vm, d)?;
    timer::init(vm, d)?;
    use super::frozen_code as fc;
    for code in [
        fc::MACHINE_PIN,
        fc::MACHINE_I2C,
        fc::MACHINE_SPI,
        fc::MACHINE_UART,
        fc::MACHINE_TIMER,
    ] {
        super::exec_frozen(vm, d, code)?;
    }
    Ok(())
}
