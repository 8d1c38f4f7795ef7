//! Natives under `machine.Timer` (software timers on the port's monotonic clock),
//! `WDT` and `RTC` (the classes are in `frozen/machine_timer.py`).

use crate::error::PyResult;
use crate::hal::HalError;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::events::{update, with_state, SoftTimer};
use super::{arg, int_arg, u32_arg, with_hal};
use crate::modules::def;

/// Seconds from 1970-01-01 to 2000-01-01 (the RTC's epoch).
const EPOCH_2000: i128 = 946_684_800;

pub(super) fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // `_timer_start(timer, period_ns, periodic, callback)`.
    def(vm, d, "_timer_start", |vm, a, _| {
        let obj = arg(vm, a, 0, "timer")?;
        let period = int_arg(vm, a, 1, "period")?;
        if period <= 0 {
            return Err(vm.value_error("period must be positive"));
        }
        let pv = arg(vm, a, 2, "periodic")?;
        let periodic = vm.truthy(pv)?;
        let callback = arg(vm, a, 3, "callback")?;
        let now = vm.port.monotonic_ns();
        let period = period as u64;
        update(vm, |s| {
            s.timers.retain(|t| !t.obj.is(obj));
            s.timers.push(SoftTimer {
                obj,
                callback,
                deadline: now.saturating_add(period),
                period: if periodic { period } else { 0 },
            });
        });
        Ok(Value::None)
    })?;
    def(vm, d, "_timer_stop", |vm, a, _| {
        let obj = arg(vm, a, 0, "timer")?;
        update(vm, |s| s.timers.retain(|t| !t.obj.is(obj)));
        Ok(Value::None)
    })?;
    def(vm, d, "_wdt_start", |vm, a, _| {
        let ms = u32_arg(vm, a, 0, "timeout")?;
        if ms == 0 {
            return Err(vm.value_error("WDT timeout too short"));
        }
        with_hal(vm, |h| h.wdt_start(ms))?;
        Ok(Value::None)
    })?;
    def(vm, d, "_wdt_feed", |vm, _, _| {
        with_hal(vm, |h| {
            h.wdt_feed();
            Ok(())
        })?;
        Ok(Value::None)
    })?;
    // `_rtc_get()`: (seconds since 2000-01-01, microseconds).
    def(vm, d, "_rtc_get", |vm, _, _| {
        let (secs, us) = match with_hal(vm, |h| Ok(h.rtc_get()))? {
            Some(t) => t,
            None => {
                let off = with_state(vm, |s| s.rtc_offset_ns).unwrap_or(0);
                let ns = vm.port.time_ns() as i128 + off - EPOCH_2000 * 1_000_000_000;
                (
                    ns.div_euclid(1_000_000_000) as i64,
                    (ns.rem_euclid(1_000_000_000) / 1000) as u32,
                )
            }
        };
        vm.new_tuple(alloc::vec![Value::Int(secs), Value::Int(us as i64)])
    })?;
    def(vm, d, "_rtc_set", |vm, a, _| {
        let secs = int_arg(vm, a, 0, "seconds")?;
        let us = int_arg(vm, a, 1, "subseconds")?.clamp(0, 999_999) as u32;
        let r = match vm.port.hal() {
            Some(h) => h.rtc_set(secs, us),
            None => Err(HalError::Unsupported("RTC")),
        };
        match r {
            Ok(()) => {}
            Err(HalError::Unsupported(_)) => {
                // No RTC of the board's own: keep an offset from the wall clock.
                let want = (secs as i128 + EPOCH_2000) * 1_000_000_000 + us as i128 * 1000;
                let wall = vm.port.time_ns() as i128;
                with_state(vm, |s| s.rtc_offset_ns = want - wall);
            }
            Err(e) => return Err(super::hal_error(vm, e)),
        }
        Ok(Value::None)
    })?;
    Ok(())
}
