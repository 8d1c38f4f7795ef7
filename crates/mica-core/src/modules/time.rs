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
        let v = a.first().copied().unwrap_or(Value::Int(0));
        let s = vm.to_float(v)?;
        if s.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if s < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        // CPython counts time in signed 64-bit nanoseconds: longer is an error, not
        // a sleep without end.
        if s * 1e9 >= 9.223_372_036_854_775e18 {
            return Err(vm.overflow_error(if vm.is_int(v) {
                "timestamp too large to convert to C _PyTime_t"
            } else {
                "timestamp out of range for platform time_t"
            }));
        }
        super::sleep_ns(vm, (s * 1e9) as u64)?;
        Ok(Value::None)
    })?;
    def(vm, d, "sleep_ms", |vm, a, _| {
        let n = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        super::sleep_ns(vm, (n.max(0) as u64).saturating_mul(1_000_000))?;
        Ok(Value::None)
    })?;
    def(vm, d, "sleep_us", |vm, a, _| {
        let n = vm.to_index(a.first().copied().unwrap_or(Value::Int(0)))?;
        super::sleep_ns(vm, (n.max(0) as u64).saturating_mul(1_000))?;
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
        // As MicroPython: a delta past half the period could not be told from one
        // in the other direction.
        let half = (TICKS_PERIOD / 2) as i64;
        if delta >= half || delta <= -half {
            return Err(vm.overflow_error("ticks interval overflow"));
        }
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
    def(vm, d, "gmtime", |vm, a, _| {
        let t = secs_arg(vm, a)?;
        time_tuple(vm, t)
    })?;
    def(vm, d, "localtime", |vm, a, _| {
        let t = secs_arg(vm, a)?;
        let off = vm.port.local_offset_secs(t);
        time_tuple(vm, t.saturating_add(off))
    })?;
    def(vm, d, "mktime", |vm, a, _| {
        let tv = super::arg(vm, a, 0, "mktime")?;
        let items = vm.iterate_to_vec(tv)?;
        if items.len() < 6 || items.len() > 9 {
            return Err(vm.type_error("mktime(): illegal time tuple argument"));
        }
        let mut f = [0i64; 6];
        for (slot, &v) in f.iter_mut().zip(items.iter()) {
            *slot = vm.to_index(v)?;
        }
        let Some(local) = civil_to_secs(f) else {
            return Err(vm.error(
                crate::error::ExcKind::OverflowError,
                "mktime argument out of range",
            ));
        };
        // Local time -> UTC: the offset in force near that moment.
        let off = vm.port.local_offset_secs(local);
        let off = vm.port.local_offset_secs(local.saturating_sub(off));
        // CPython returns a float (MicroPython an int).
        Ok(Value::Float(local.saturating_sub(off) as f64))
    })?;
    Ok(())
}

/// The optional seconds argument of `gmtime`/`localtime` (now when absent or None).
fn secs_arg(vm: &mut Vm, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None | Some(Value::None) => Ok((vm.port.time_ns() / 1_000_000_000) as i64),
        Some(&Value::Float(f)) => {
            if !f.is_finite() || f.abs() > 1e15 {
                return Err(vm.error(
                    crate::error::ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(libm::floor(f) as i64)
        }
        Some(&v) => {
            let n = vm.to_index(v)?;
            if n.unsigned_abs() > 1 << 50 {
                return Err(vm.error(
                    crate::error::ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(n)
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (any month, normalised).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// Seconds since the epoch of `(year, month, mday, hour, minute, second)`; out-of-range
/// fields carry over as MicroPython's `mktime` allows.
fn civil_to_secs(f: [i64; 6]) -> Option<i64> {
    let [y, mo, d, h, mi, s] = f;
    if y.unsigned_abs() > 1 << 40 || mo.unsigned_abs() > 1 << 40 || d.unsigned_abs() > 1 << 40 {
        return None;
    }
    let days = days_from_civil(y, mo, 1).checked_add(d - 1)?;
    days.checked_mul(86_400)?
        .checked_add(h.checked_mul(3600)?)?
        .checked_add(mi.checked_mul(60)?)?
        .checked_add(s)
}

/// MicroPython's 8-tuple `(year, month, mday, hour, minute, second, weekday, yearday)`.
fn time_tuple(vm: &mut Vm, t: i64) -> PyResult<Value> {
    let days = t.div_euclid(86_400);
    let rem = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday; Monday is 0
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    let fields = [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        weekday,
        yearday,
    ];
    vm.new_tuple(fields.iter().map(|&n| Value::Int(n)).collect())
}

/// MicroPython's ticks wrap at 2**30 on ports with 31-bit small ints.
const TICKS_PERIOD: u64 = 1 << 30;
const TICKS_MASK: u64 = TICKS_PERIOD - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(days_from_civil(2024, 13, 1), days_from_civil(2025, 1, 1));
        for z in [-800_000i64, -1, 0, 59, 365, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_to_secs([2000, 1, 1, 0, 0, 0]), Some(946_684_800));
    }
}
