//! `collections`: `namedtuple`, `OrderedDict`, `defaultdict`, `deque` and `Counter`,
//! implemented in frozen Python (`frozen/collections.py`) compiled at import time.

use crate::error::PyResult;
use crate::value::ObjRef;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    super::exec_frozen(vm, d, super::frozen_code::COLLECTIONS)
}
