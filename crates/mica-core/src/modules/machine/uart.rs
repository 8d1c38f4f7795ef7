//! Natives under `machine.UART` (the class is in `frozen/machine_uart.py`): set-up,
//! non-blocking reads and writes, waiting for data with a timeout, RX interrupts.

use alloc::vec;

use crate::error::PyResult;
use crate::hal::UartConfig;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::events::{update, wait_until, UartIrq};
use super::{arg, bytes_of, opt_u32, u32_arg, with_hal};
use crate::modules::def;

pub(super) fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // `_uart_init(id, baudrate, bits, parity, stop, tx, rx)`.
    def(vm, d, "_uart_init", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        let baudrate = u32_arg(vm, a, 1, "baudrate")?;
        let bits = u32_arg(vm, a, 2, "bits")?;
        let parity = match arg(vm, a, 3, "parity")? {
            Value::None => None,
            v => Some((vm.to_index(v)? & 1) as u8),
        };
        let stop = u32_arg(vm, a, 4, "stop")?;
        if baudrate == 0 {
            return Err(vm.value_error("baudrate must be positive"));
        }
        if !(5..=9).contains(&bits) {
            return Err(vm.value_error(alloc::format!("invalid bits: {bits}")));
        }
        if !(1..=2).contains(&stop) {
            return Err(vm.value_error(alloc::format!("invalid stop bits: {stop}")));
        }
        let tx = opt_u32(vm, a.get(5).copied(), "tx pin")?;
        let rx = opt_u32(vm, a.get(6).copied(), "rx pin")?;
        let cfg = UartConfig {
            baudrate,
            bits: bits as u8,
            parity,
            stop: stop as u8,
        };
        with_hal(vm, |h| h.uart_init(id, cfg, tx, rx))?;
        Ok(Value::None)
    })?;
    def(vm, d, "_uart_write", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        let bv = arg(vm, a, 1, "buf")?;
        let data = bytes_of(vm, bv)?;
        let n = with_hal(vm, |h| h.uart_write(id, &data))?;
        Ok(Value::Int(n as i64))
    })?;
    // `_uart_read(id, n)`: up to n waiting bytes (all of them when n < 0), no waiting.
    def(vm, d, "_uart_read", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        let nv = arg(vm, a, 1, "n")?;
        let n = vm.to_index(nv)?;
        // Never more than is waiting, so a huge request allocates nothing big.
        let waiting = with_hal(vm, |h| h.uart_any(id))?;
        let n = if n < 0 {
            waiting
        } else {
            waiting.min(n as usize)
        };
        let mut buf = vec![0u8; n];
        let got = with_hal(vm, |h| h.uart_read(id, &mut buf))?;
        buf.truncate(got);
        vm.new_bytes(buf)
    })?;
    def(vm, d, "_uart_any", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        Ok(Value::Int(with_hal(vm, |h| h.uart_any(id))? as i64))
    })?;
    // `_uart_wait(id, timeout_ms)`: wait until bytes are waiting (true) or the timeout
    // passes (false), running timers and handlers meanwhile.
    def(vm, d, "_uart_wait", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        let tv = arg(vm, a, 1, "timeout")?;
        let ms = vm.to_index(tv)?.max(0) as u64;
        if with_hal(vm, |h| h.uart_any(id))? > 0 {
            return Ok(Value::Bool(true));
        }
        if ms == 0 {
            return Ok(Value::Bool(false));
        }
        let deadline = vm
            .port
            .monotonic_ns()
            .saturating_add(ms.saturating_mul(1_000_000));
        let ok = wait_until(vm, deadline, &mut |vm| {
            Ok(with_hal(vm, |h| h.uart_any(id))? > 0)
        })?;
        Ok(Value::Bool(ok))
    })?;
    // `_uart_irq(uart, id, handler)`: call handler(uart) when bytes arrive.
    def(vm, d, "_uart_irq", |vm, a, _| {
        let obj = arg(vm, a, 0, "uart")?;
        let id = u32_arg(vm, a, 1, "UART id")?;
        let handler = arg(vm, a, 2, "handler")?;
        let on = !handler.is_none();
        with_hal(vm, |h| h.uart_irq(id, on))?;
        update(vm, |s| {
            s.uarts.retain(|u| u.id != id);
            if on {
                s.uarts.push(UartIrq { id, obj, handler });
            }
        });
        Ok(Value::None)
    })?;
    def(vm, d, "_uart_deinit", |vm, a, _| {
        let id = u32_arg(vm, a, 0, "UART id")?;
        with_hal(vm, |h| {
            h.uart_deinit(id);
            Ok(())
        })?;
        Ok(Value::None)
    })?;
    Ok(())
}
