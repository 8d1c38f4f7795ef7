//! The arithmetic dunder methods of `int`, `float` and `complex` (`(7).__add__(3)`,
//! `float.__neg__`...), delegating to the operators in `ops`.

use crate::error::PyResult;
use crate::object::{native_table, NativeDef};
use crate::ops::Num;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A built-in function by name (`abs`, `divmod`).
fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let q = vm.interner.intern(name);
    match vm.builtin_get(q)? {
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
    ($name:expr, $k:expr, $r:expr) => {
        NativeDef::method($name, |vm, a, _| binary(vm, a, $k, $r))
    };
}

/// The arithmetic dunders of all three numbers (`__floordiv__` and `__mod__` apart).
static BINARY: &[NativeDef] = &native_table([
    bin!("__add__", 0, false),
    bin!("__radd__", 0, true),
    bin!("__sub__", 1, false),
    bin!("__rsub__", 1, true),
    bin!("__mul__", 2, false),
    bin!("__rmul__", 2, true),
    bin!("__truediv__", 4, false),
    bin!("__rtruediv__", 4, true),
    NativeDef::method("__pow__", |vm, a, _| power(vm, a, false)),
    NativeDef::method("__rpow__", |vm, a, _| power(vm, a, true)),
]);

/// `__floordiv__` and `__mod__` (not complex), and `divmod`.
static REAL_ONLY: &[NativeDef] = &native_table([
    bin!("__floordiv__", 5, false),
    bin!("__rfloordiv__", 5, true),
    bin!("__mod__", 6, false),
    bin!("__rmod__", 6, true),
    NativeDef::method("__round__", round),
    NativeDef::method("__divmod__", |vm, a, _| divmod(vm, a, false)),
    NativeDef::method("__rdivmod__", |vm, a, _| divmod(vm, a, true)),
    NativeDef::method("__lt__", |vm, a, _| compare(vm, a, 0)),
    NativeDef::method("__le__", |vm, a, _| compare(vm, a, 1)),
    NativeDef::method("__gt__", |vm, a, _| compare(vm, a, 4)),
    NativeDef::method("__ge__", |vm, a, _| compare(vm, a, 5)),
]);

static INT_ONLY: &[NativeDef] = &native_table([
    bin!("__lshift__", 8, false),
    bin!("__rlshift__", 8, true),
    bin!("__rshift__", 9, false),
    bin!("__rrshift__", 9, true),
    bin!("__or__", 10, false),
    bin!("__ror__", 10, true),
    bin!("__xor__", 11, false),
    bin!("__rxor__", 11, true),
    bin!("__and__", 12, false),
    bin!("__rand__", 12, true),
    NativeDef::method("__invert__", |vm, a, _| unary(vm, a, 0)),
]);

/// The unary dunders, `==`/`!=` and `__format__` of all three numbers.
static COMMON: &[NativeDef] = &native_table([
    NativeDef::method("__neg__", |vm, a, _| unary(vm, a, 3)),
    NativeDef::method("__pos__", |vm, a, _| unary(vm, a, 2)),
    NativeDef::method("__abs__", |vm, a, _| {
        let x = vm.base_value(a[0]);
        let f = builtin(vm, "abs")?;
        vm.call(f, &[x])
    }),
    NativeDef::method("__bool__", |vm, a, _| {
        let x = vm.base_value(a[0]);
        Ok(Value::Bool(vm.truthy(x)?))
    }),
    NativeDef::method("__eq__", |vm, a, _| compare(vm, a, 2)),
    NativeDef::method("__ne__", |vm, a, _| compare(vm, a, 3)),
    NativeDef::method("__format__", format),
]);

/// `a.__pow__(b[, m])` (or `__rpow__`: `b ** a`): with a modulus, three-argument `pow`.
fn power(vm: &mut Vm, a: &[Value], reflected: bool) -> PyResult<Value> {
    let m = match a.get(2) {
        Some(&m) if a.len() == 3 && !m.is_none() => m,
        _ if a.len() > 3 => {
            return Err(vm.type_error(alloc::format!(
                "expected at most 2 arguments, got {}",
                a.len() - 1
            )))
        }
        _ => return binary(vm, &a[..a.len().min(2)], 7, reflected),
    };
    let (x, y) = (vm.base_value(a[0]), vm.base_value(a[1]));
    match (rank(vm, x), rank(vm, y), rank(vm, m)) {
        (Some(rx), Some(ry), Some(_)) if ry <= rx => {}
        _ => return Ok(Value::NotImplemented),
    }
    let f = builtin(vm, "pow")?;
    if reflected {
        vm.call(f, &[y, x, m])
    } else {
        vm.call(f, &[x, y, m])
    }
}

/// `x.__round__([ndigits])` of an int or float, through the built-in `round`.
fn round(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "__round__ expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let x = vm.base_value(a[0]);
    let f = builtin(vm, "round")?;
    match a.get(1).copied() {
        Some(nd) if !nd.is_none() => vm.call(f, &[x, nd]),
        _ => vm.call(f, &[x]),
    }
}

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
    vm.add_native_table(ty, BINARY);
    vm.add_native_table(ty, COMMON);
    if kind < 2 {
        vm.add_native_table(ty, REAL_ONLY);
    }
    if kind == 0 {
        vm.add_native_table(ty, INT_ONLY);
    }
}

/// `number.__format__(spec)`.
fn format(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
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
}
