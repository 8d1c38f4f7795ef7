//! The arithmetic dunder methods of `int`, `float` and `complex` (`(7).__add__(3)`,
//! `float.__neg__`...), delegating to the operators in `ops`.

use crate::error::PyResult;
use crate::ops::Num;
use crate::value::{ObjRef, Value};
use crate::vm::{NativeFn, Vm};

/// A built-in function by name (`abs`, `divmod`).
fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let q = vm.interner.intern(name);
    let b = vm.builtins;
    match vm.dict_get_str(b, q) {
        Some(f) => Ok(f),
        None => Err(vm.type_error("missing built-in")),
    }
}

/// 0 for int/bool, 1 for float, 2 for complex; `None` for non-numbers.
fn rank(vm: &Vm, v: Value) -> Option<u8> {
    match vm.to_num(v)? {
        Num::Int(_) | Num::Big(_) => Some(0),
        Num::Float(_) => Some(1),
        Num::Complex(..) => Some(2),
    }
}

/// `a.__op__(b)` (or `__rop__` when `reflected`): NotImplemented when `b` is not a number
/// of a kind `a`'s type handles.
fn binary(vm: &mut Vm, a: &[Value], k: u32, reflected: bool) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(alloc::format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let (x, y) = (vm.base_value(a[0]), vm.base_value(a[1]));
    match (rank(vm, x), rank(vm, y)) {
        (Some(rx), Some(ry)) if ry <= rx => {}
        _ => return Ok(Value::NotImplemented),
    }
    if reflected {
        vm.binary_op(y, x, k)
    } else {
        vm.binary_op(x, y, k)
    }
}

fn unary(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    let x = vm.base_value(a[0]);
    vm.unary_op(x, k)
}

fn compare(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (x, y) = (vm.base_value(a[0]), vm.base_value(a[1]));
    match (rank(vm, x), rank(vm, y)) {
        (Some(_), Some(_)) => vm.compare_op(x, y, k),
        _ => Ok(Value::NotImplemented),
    }
}

macro_rules! bin {
    ($k:expr, $r:expr) => {
        (|vm, a, _| binary(vm, a, $k, $r)) as NativeFn
    };
}

const BINARY: &[(&str, &str, NativeFn, NativeFn)] = &[
    ("__add__", "__radd__", bin!(0, false), bin!(0, true)),
    ("__sub__", "__rsub__", bin!(1, false), bin!(1, true)),
    ("__mul__", "__rmul__", bin!(2, false), bin!(2, true)),
    ("__truediv__", "__rtruediv__", bin!(4, false), bin!(4, true)),
    (
        "__floordiv__",
        "__rfloordiv__",
        bin!(5, false),
        bin!(5, true),
    ),
    ("__mod__", "__rmod__", bin!(6, false), bin!(6, true)),
    ("__pow__", "__rpow__", bin!(7, false), bin!(7, true)),
];

const INT_ONLY: &[(&str, &str, NativeFn, NativeFn)] = &[
    ("__lshift__", "__rlshift__", bin!(8, false), bin!(8, true)),
    ("__rshift__", "__rrshift__", bin!(9, false), bin!(9, true)),
    ("__or__", "__ror__", bin!(10, false), bin!(10, true)),
    ("__xor__", "__rxor__", bin!(11, false), bin!(11, true)),
    ("__and__", "__rand__", bin!(12, false), bin!(12, true)),
];

const UNARY: &[(&str, NativeFn)] = &[
    ("__neg__", |vm, a, _| unary(vm, a, 3)),
    ("__pos__", |vm, a, _| unary(vm, a, 2)),
    ("__abs__", |vm, a, _| {
        let x = vm.base_value(a[0]);
        let f = builtin(vm, "abs")?;
        vm.call(f, &[x])
    }),
    ("__bool__", |vm, a, _| {
        let x = vm.base_value(a[0]);
        Ok(Value::Bool(vm.truthy(x)?))
    }),
];

const COMPARE: &[(&str, NativeFn)] = &[
    ("__lt__", |vm, a, _| compare(vm, a, 0)),
    ("__le__", |vm, a, _| compare(vm, a, 1)),
    ("__eq__", |vm, a, _| compare(vm, a, 2)),
    ("__ne__", |vm, a, _| compare(vm, a, 3)),
    ("__gt__", |vm, a, _| compare(vm, a, 4)),
    ("__ge__", |vm, a, _| compare(vm, a, 5)),
];

/// `divmod(a, b)` through the built-in.
fn divmod(vm: &mut Vm, a: &[Value], reflected: bool) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (x, y) = (vm.base_value(a[0]), vm.base_value(a[1]));
    match (rank(vm, x), rank(vm, y)) {
        (Some(rx), Some(ry)) if ry <= rx && rx < 2 => {}
        _ => return Ok(Value::NotImplemented),
    }
    let f = builtin(vm, "divmod")?;
    if reflected {
        vm.call(f, &[y, x])
    } else {
        vm.call(f, &[x, y])
    }
}

/// Registers the methods on `ty`; `kind` is 0 (int), 1 (float) or 2 (complex).
pub fn register(vm: &mut Vm, ty: ObjRef, kind: u8) {
    for &(name, rname, f, rf) in BINARY {
        if kind == 2 && matches!(name, "__floordiv__" | "__mod__") {
            continue;
        }
        vm.add_method(ty, name, f);
        vm.add_method(ty, rname, rf);
    }
    if kind == 0 {
        for &(name, rname, f, rf) in INT_ONLY {
            vm.add_method(ty, name, f);
            vm.add_method(ty, rname, rf);
        }
        vm.add_method(ty, "__invert__", |vm, a, _| unary(vm, a, 0));
    }
    if kind < 2 {
        vm.add_method(ty, "__divmod__", |vm, a, _| divmod(vm, a, false));
        vm.add_method(ty, "__rdivmod__", |vm, a, _| divmod(vm, a, true));
        for &(name, f) in COMPARE {
            vm.add_method(ty, name, f);
        }
    } else {
        for &(name, f) in &COMPARE[2..4] {
            vm.add_method(ty, name, f);
        }
    }
    for &(name, f) in UNARY {
        vm.add_method(ty, name, f);
    }
    vm.add_method(ty, "__format__", |vm, a, _| {
        let spec = match vm.str_ref(a[1]) {
            Some(s) => alloc::string::String::from(s),
            None => {
                let tn = vm.type_name(a[1]);
                return Err(vm.type_error(alloc::format!(
                    "__format__() argument must be str, not {tn}"
                )));
            }
        };
        let x = vm.base_value(a[0]);
        if spec.is_empty() && !x.is(a[0]) {
            // An empty spec formats as `str(self)`, a subclass's `__str__` included.
            return vm.str_of(a[0]);
        }
        crate::objstr::format_with_spec(vm, x, &spec)
    });
}
