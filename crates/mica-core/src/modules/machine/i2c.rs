//! Natives under `machine.I2C` and `SoftI2C` (the classes are in
//! `frozen/machine_i2c.py`): bus set-up, whole transfers and the primitive
//! start/stop/byte operations.

use alloc::vec;

use crate::error::PyResult;
use crate::hal::HalError;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, buffer_len, bytes_of, fill_buffer, opt_u32, u32_arg, with_hal};
use crate::modules::def;

/// A 7-bit (or 10-bit) address argument.
fn addr_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<u16> {
    let v = arg(vm, a, i, "addr")?;
    let n = vm.to_index(v)?;
    u16::try_from(n)
        .ok()
        .filter(|&x| x < 0x400)
        .ok_or_else(|| vm.value_error(alloc::format!("invalid I2C address: {n}")))
}

fn flag(vm: &mut Vm, a: &[Value], i: usize, default: bool) -> PyResult<bool> {
    match a.get(i) {
        Some(&v) => vm.truthy(v),
        None => Ok(default),
    }
}

pub(super) fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // `_i2c_init(bus, freq, scl, sda)`.
    def(vm, d, "_i2c_init", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let freq = u32_arg(vm, a, 1, "frequency")?;
        if freq == 0 {
            return Err(vm.value_error("freq must be positive"));
        }
        let scl = opt_u32(vm, a.get(2).copied(), "scl pin")?;
        let sda = opt_u32(vm, a.get(3).copied(), "sda pin")?;
        with_hal(vm, |h| h.i2c_init(bus, freq, scl, sda))?;
        Ok(Value::None)
    })?;
    // `_soft_i2c(scl, sda, freq, timeout_us)`: the bus id.
    def(vm, d, "_soft_i2c", |vm, a, _| {
        let scl = u32_arg(vm, a, 0, "scl pin")?;
        let sda = u32_arg(vm, a, 1, "sda pin")?;
        let freq = u32_arg(vm, a, 2, "frequency")?;
        let timeout = u32_arg(vm, a, 3, "timeout")?;
        if freq == 0 {
            return Err(vm.value_error("freq must be positive"));
        }
        let id = with_hal(vm, |h| h.soft_i2c_open(scl, sda, freq, timeout))?;
        Ok(Value::Int(id as i64))
    })?;
    // `_i2c_probe(bus, addr)`: does a device acknowledge its address?
    def(vm, d, "_i2c_probe", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let addr = addr_arg(vm, a, 1)?;
        let r = match vm.port.hal() {
            Some(h) => h.i2c_write(bus, addr, &[], true),
            None => return Err(vm.os_error(19, "no machine HAL on this port")),
        };
        match r {
            Ok(_) => Ok(Value::Bool(true)),
            Err(HalError::NoDevice) | Err(HalError::Io) => Ok(Value::Bool(false)),
            Err(e) => Err(super::hal_error(vm, e)),
        }
    })?;
    // `_i2c_write(bus, addr, buf, stop, prefix=None)`: the number of bytes acknowledged
    // (the prefix, a memory address, is sent first in the same transfer).
    def(vm, d, "_i2c_write", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let addr = addr_arg(vm, a, 1)?;
        let bv = arg(vm, a, 2, "buf")?;
        let buf = bytes_of(vm, bv)?;
        let stop = flag(vm, a, 3, true)?;
        let mut data = match a.get(4) {
            Some(&p) if !p.is_none() => bytes_of(vm, p)?,
            _ => vec![],
        };
        data.extend_from_slice(&buf);
        let n = with_hal(vm, |h| h.i2c_write(bus, addr, &data, stop))?;
        Ok(Value::Int(n as i64))
    })?;
    // `_i2c_readinto(bus, addr, buf, stop)`.
    def(vm, d, "_i2c_readinto", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let addr = addr_arg(vm, a, 1)?;
        let buf = arg(vm, a, 2, "buf")?;
        let n = buffer_len(vm, buf)?;
        let stop = flag(vm, a, 3, true)?;
        let mut data = vec![0u8; n];
        with_hal(vm, |h| h.i2c_read(bus, addr, &mut data, stop))?;
        fill_buffer(vm, buf, &data)?;
        Ok(Value::None)
    })?;
    def(vm, d, "_i2c_start", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        with_hal(vm, |h| h.i2c_start(bus))?;
        Ok(Value::None)
    })?;
    def(vm, d, "_i2c_stop", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        with_hal(vm, |h| h.i2c_stop(bus))?;
        Ok(Value::None)
    })?;
    // `_i2c_write_bytes(bus, buf)`: clock out bytes until one is not acknowledged;
    // the number of ACKs.
    def(vm, d, "_i2c_write_bytes", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let bv = arg(vm, a, 1, "buf")?;
        let buf = bytes_of(vm, bv)?;
        let n = with_hal(vm, |h| {
            let mut acks = 0;
            for &b in &buf {
                if !h.i2c_write_byte(bus, b)? {
                    break;
                }
                acks += 1;
            }
            Ok(acks)
        })?;
        Ok(Value::Int(n))
    })?;
    // `_i2c_read_bytes(bus, buf, nack)`: fill buf, NACKing the last byte when nack.
    def(vm, d, "_i2c_read_bytes", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "I2C id")?;
        let buf = arg(vm, a, 1, "buf")?;
        let n = buffer_len(vm, buf)?;
        let nack = flag(vm, a, 2, true)?;
        let mut data = vec![0u8; n];
        with_hal(vm, |h| {
            for (i, slot) in data.iter_mut().enumerate() {
                let last = i + 1 == n;
                *slot = h.i2c_read_byte(bus, !(last && nack))?;
            }
            Ok(())
        })?;
        fill_buffer(vm, buf, &data)?;
        Ok(Value::None)
    })?;
    Ok(())
}
