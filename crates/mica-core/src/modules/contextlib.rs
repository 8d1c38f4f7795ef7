//! `contextlib` (`contextmanager`, `suppress`, `closing`, `nullcontext`, `ExitStack`), in
//! frozen Python (`frozen/contextlib.py`).

use crate::error::PyResult;
use crate::value::ObjRef;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::exec_frozen(vm, d, super::frozen_code::CONTEXTLIB)
}
