//! Natives under `machine.SPI` and `SoftSPI` (the classes are in
//! `frozen/machine_spi.py`).

use alloc::vec;

use crate::error::PyResult;
use crate::hal::SpiConfig;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, buffer_len, bytes_of, fill_buffer, opt_u32, u32_arg, u32_of, with_hal};
use crate::modules::def;

/// `(baudrate, polarity, phase, bits, firstbit)` from positional arguments `i..`.
fn config(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<SpiConfig> {
    let baudrate = u32_arg(vm, a, i, "baudrate")?;
    if baudrate == 0 {
        return Err(vm.value_error("baudrate must be positive"));
    }
    let polarity = u32_arg(vm, a, i + 1, "polarity")?;
    let phase = u32_arg(vm, a, i + 2, "phase")?;
    let bits = u32_arg(vm, a, i + 3, "bits")?;
    let firstbit = u32_arg(vm, a, i + 4, "firstbit")?;
    if polarity > 1 || phase > 1 {
        return Err(vm.value_error("polarity and phase must be 0 or 1"));
    }
    if !(1..=32).contains(&bits) {
        return Err(vm.value_error(alloc::format!("invalid bits: {bits}")));
    }
    if firstbit > 1 {
        return Err(vm.value_error("firstbit must be SPI.MSB or SPI.LSB"));
    }
    Ok(SpiConfig {
        baudrate,
        polarity: polarity as u8,
        phase: phase as u8,
        bits: bits as u8,
        msb_first: firstbit == 0,
    })
}

pub(super) fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // `_spi_init(bus, baudrate, polarity, phase, bits, firstbit, sck, mosi, miso)`.
    def(vm, d, "_spi_init", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "SPI id")?;
        let cfg = config(vm, a, 1)?;
        let sck = opt_u32(vm, a.get(6).copied(), "sck pin")?;
        let mosi = opt_u32(vm, a.get(7).copied(), "mosi pin")?;
        let miso = opt_u32(vm, a.get(8).copied(), "miso pin")?;
        with_hal(vm, |h| h.spi_init(bus, cfg, sck, mosi, miso))?;
        Ok(Value::None)
    })?;
    // `_soft_spi(baudrate, polarity, phase, bits, firstbit, sck, mosi, miso)`: bus id.
    def(vm, d, "_soft_spi", |vm, a, _| {
        let cfg = config(vm, a, 0)?;
        let mut pins = [0u32; 3];
        for (k, name) in ["sck", "mosi", "miso"].iter().enumerate() {
            let v = a.get(5 + k).copied().unwrap_or(Value::None);
            if v.is_none() {
                return Err(vm.type_error(alloc::format!("SoftSPI needs a {name} pin")));
            }
            pins[k] = u32_of(vm, v, "pin")?;
        }
        let id = with_hal(vm, |h| h.soft_spi_open(cfg, pins[0], pins[1], pins[2]))?;
        Ok(Value::Int(id as i64))
    })?;
    // `_spi_xfer(bus, write, read_buf_or_None)`: clock `write` out, storing what comes
    // in into the read buffer (which must be as long).
    def(vm, d, "_spi_xfer", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "SPI id")?;
        let wv = arg(vm, a, 1, "write")?;
        let out = bytes_of(vm, wv)?;
        let rbuf = a.get(2).copied().unwrap_or(Value::None);
        if !rbuf.is_none() && buffer_len(vm, rbuf)? != out.len() {
            return Err(vm.value_error("buffers must be the same length"));
        }
        let mut input = vec![0u8; out.len()];
        with_hal(vm, |h| h.spi_transfer(bus, &out, &mut input))?;
        if !rbuf.is_none() {
            fill_buffer(vm, rbuf, &input)?;
        }
        Ok(Value::None)
    })?;
    def(vm, d, "_spi_deinit", |vm, a, _| {
        let bus = u32_arg(vm, a, 0, "SPI id")?;
        with_hal(vm, |h| {
            h.spi_deinit(bus);
            Ok(())
        })?;
        Ok(Value::None)
    })?;
    Ok(())
}
