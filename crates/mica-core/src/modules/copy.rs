//! `copy`, implemented in frozen Python (`frozen/copy.py`) compiled at import time.

use crate::error::PyResult;
use crate::value::ObjRef;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::exec_frozen(vm, d, super::frozen_code::COPY)
}
