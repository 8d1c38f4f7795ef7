//! What the VM needs of `machine` when the `mod-machine` feature is off: no events to
//! poll, never a reset request, and sleeps that still notice Ctrl-C.

use crate::error::{ExcKind, PyResult};
use crate::hal::ResetCause;
use crate::vm::Vm;

/// `Vm::machine` without the module: nothing is ever active or requested.
#[derive(Default)]
pub struct MachineHook {
    pub reset: Option<ResetCause>,
    pub soft_reset: bool,
}

impl MachineHook {
    #[inline]
    pub fn active(&self) -> bool {
        false
    }
}

impl Vm {
    pub fn take_reset_request(&mut self) -> Option<ResetCause> {
        self.machine.reset.take()
    }

    pub fn take_soft_reset_request(&mut self) -> bool {
        core::mem::take(&mut self.machine.soft_reset)
    }
}

pub fn poll(_vm: &mut Vm) -> PyResult<()> {
    Ok(())
}

/// Sleep in 50 ms steps, raising `KeyboardInterrupt` on Ctrl-C.
pub fn sleep_ns(vm: &mut Vm, ns: u64) -> PyResult<()> {
    let mut left = ns;
    while left > 0 {
        let step = left.min(50_000_000);
        vm.port.sleep_ns(step);
        left -= step;
        if vm.port.take_interrupt() {
            return Err(vm.error_noargs(ExcKind::KeyboardInterrupt));
        }
    }
    Ok(())
}
