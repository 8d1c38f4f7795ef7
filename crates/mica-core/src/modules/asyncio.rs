//! `asyncio` (also `uasyncio`): MicroPython's asyncio API — event loop, tasks, futures,
//! `sleep`/`sleep_ms`, `gather`, `wait_for`, `Event`, `Lock`, `ThreadSafeFlag`, `Queue`
//! and streams — implemented in frozen Python (`frozen/asyncio.py`) over the VM's
//! coroutines and the `time` module's ticks.

use crate::error::PyResult;
use crate::value::ObjRef;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::exec_frozen(vm, d, super::frozen_code::ASYNCIO)
}
