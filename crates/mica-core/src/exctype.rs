//! Methods of `BaseException`: construction, `args`, `with_traceback`.

use crate::error::ExcKind;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let base = vm.exc_class(ExcKind::BaseException);
    vm.add_static_method(base, "__new__", |vm, a, _| {
        let c = match a.first() {
            Some(&Value::Obj(c)) => c,
            _ => return Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
        };
        let args = vm.new_tuple(a[1..].to_vec())?;
        Ok(Value::Obj(vm.new_exception_with_args(c, args).0))
    });
    vm.add_method(base, "__init__", |vm, a, _| {
        if let Some(&Value::Obj(r)) = a.first() {
            let args = vm.new_tuple(a[1..].to_vec())?;
            if let Obj::Exception(e) = vm.heap.get_mut(r) {
                e.args = args;
            }
        }
        Ok(Value::None)
    });
    vm.add_method(base, "with_traceback", |_, a, _| Ok(a[0]));
    vm.add_method(base, "__str__", |vm, a, _| {
        let r = a[0].as_obj().unwrap_or(vm.builtins);
        let s = vm.exception_str(r)?;
        vm.new_str(s)
    });
}
