//! The `range` type: indexing and slicing (iteration and `in` live in the runtime).

use alloc::boxed::Box;

use crate::error::PyResult;
use crate::object::{Obj, RangeObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn range_getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let rg = match vm.heap.get(r) {
        Obj::Range(rg) => *rg,
        _ => return Err(vm.type_error("expected range")),
    };
    let len = rg.len() as usize;
    if let Some(s) = vm.is_slice(key) {
        let (start, stop, step, _) = vm.slice_bounds(s, len)?;
        let new = RangeObj {
            start: rg.get(start),
            stop: rg.get(stop),
            step: rg.step * step,
        };
        let _ = Box::new(0);
        return Ok(Value::Obj(vm.alloc(Obj::Range(new))?));
    }
    let i = vm.seq_index(key, len, "range object")?;
    Ok(Value::Int(rg.get(i as i64)))
}
