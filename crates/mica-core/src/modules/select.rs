//! `select`: `poll()` objects and `select()` over the port's standard input (other
//! objects, such as files, are always ready), in frozen Python (`frozen/select.py`)
//! over the native `_stdin_ready(timeout_ms)`.

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def};

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // `_stdin_ready(ms)`: wait up to ms milliseconds (forever if negative).
    def(vm, d, "_stdin_ready", |vm, a, _| {
        let t = arg(vm, a, 0, "_stdin_ready")?;
        let ms = vm.to_index(t)?;
        let timeout = if ms < 0 { None } else { Some(ms as u64) };
        Ok(Value::Bool(vm.port.poll_stdin(timeout)))
    })?;
    super::exec_frozen(vm, d, super::frozen_code::SELECT)
}
