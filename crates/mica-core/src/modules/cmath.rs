//! `cmath`: mathematical functions of complex numbers (principal branches), with
//! `ValueError("math domain error")` at the singularities.

use crate::fmath::{atan2, cos, cosh, exp, hypot, log, sin, sinh, sqrt};

use crate::error::PyResult;
use crate::object::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, kwarg, set};

type C = (f64, f64);

/// A number argument as a complex pair (`__complex__` and `__float__` honoured).
fn to_c(vm: &mut Vm, v: Value) -> PyResult<C> {
    if let Value::Obj(r) = v {
        if let Obj::Complex(re, im) = vm.heap.get(r) {
            return Ok((*re, *im));
        }
    }
    let name = vm.interner.intern_static("__complex__");
    if let Some(m) = vm.lookup_special(v, name) {
        {
            let r = vm.call(m, &[v])?;
            if let Value::Obj(o) = r {
                if let Obj::Complex(re, im) = vm.heap.get(o) {
                    return Ok((*re, *im));
                }
            }
            return Err(vm.type_error("__complex__ should return a complex object"));
        }
    }
    match vm.to_float(v) {
        Ok(f) => Ok((f, 0.0)),
        Err(_) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(alloc::format!("must be real number, not {tn}")))
        }
    }
}

fn complex(vm: &mut Vm, (re, im): C) -> PyResult<Value> {
    Ok(Value::Obj(vm.alloc(Obj::Complex(re, im))?))
}

fn c1(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<C> {
    let v = arg(vm, a, 0, name)?;
    to_c(vm, v)
}

fn domain(vm: &mut Vm) -> crate::error::PyErr {
    vm.value_error("math domain error")
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn div(a: C, b: C) -> C {
    let d = b.0 * b.0 + b.1 * b.1;
    ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
}

fn c_log(z: C) -> C {
    (log(hypot(z.0, z.1)), atan2(z.1, z.0))
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let t = sqrt((x.abs() + hypot(x, y)) / 2.0);
    if x >= 0.0 {
        (t, y / (2.0 * t))
    } else {
        (y.abs() / (2.0 * t), t.copysign(y))
    }
}

fn c_asinh(z: C) -> C {
    // log(z + sqrt(z*z + 1))
    let zz = mul(z, z);
    let s = c_sqrt((zz.0 + 1.0, zz.1));
    let (re, im) = c_log((z.0 + s.0, z.1 + s.1));
    (re, im)
}

fn c_atanh(z: C) -> C {
    // 0.5 * log((1 + z) / (1 - z))
    let q = div((1.0 + z.0, z.1), (1.0 - z.0, -z.1));
    let l = c_log(q);
    (l.0 / 2.0, l.1 / 2.0)
}

fn c_acosh(z: C) -> C {
    // log(z + sqrt(z + 1) * sqrt(z - 1))
    let p = mul(c_sqrt((z.0 + 1.0, z.1)), c_sqrt((z.0 - 1.0, z.1)));
    c_log((z.0 + p.0, z.1 + p.1))
}

fn c_asin(z: C) -> C {
    // -i * asinh(i z)
    let w = c_asinh((-z.1, z.0));
    (w.1, -w.0)
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    use core::f64::consts::{E, PI, TAU};
    set(vm, d, "pi", Value::Float(PI))?;
    set(vm, d, "e", Value::Float(E))?;
    set(vm, d, "tau", Value::Float(TAU))?;
    set(vm, d, "inf", Value::Float(f64::INFINITY))?;
    set(vm, d, "nan", Value::Float(f64::NAN))?;
    let infj = complex(vm, (0.0, f64::INFINITY))?;
    set(vm, d, "infj", infj)?;
    let nanj = complex(vm, (0.0, f64::NAN))?;
    set(vm, d, "nanj", nanj)?;
    def(vm, d, "phase", |vm, a, _| {
        let z = c1(vm, a, "phase")?;
        Ok(Value::Float(atan2(z.1, z.0)))
    })?;
    def(vm, d, "polar", |vm, a, _| {
        let z = c1(vm, a, "polar")?;
        let r = hypot(z.0, z.1);
        if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        vm.new_tuple(alloc::vec![Value::Float(r), Value::Float(atan2(z.1, z.0))])
    })?;
    def(vm, d, "rect", |vm, a, _| {
        let r = arg(vm, a, 0, "rect")?;
        let r = vm.to_float(r)?;
        let p = arg(vm, a, 1, "rect")?;
        let p = vm.to_float(p)?;
        if p.is_infinite() && r != 0.0 && r.is_finite() {
            return Err(domain(vm));
        }
        let im = if p == 0.0 { p * r } else { r * sin(p) };
        complex(vm, (r * cos(p), im))
    })?;
    def(vm, d, "exp", |vm, a, _| {
        let (x, y) = c1(vm, a, "exp")?;
        let m = exp(x);
        if m.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        let im = if y == 0.0 { y } else { m * sin(y) };
        complex(vm, (m * cos(y), im))
    })?;
    def(vm, d, "log", |vm, a, kw| {
        let z = c1(vm, a, "log")?;
        if z == (0.0, 0.0) {
            return Err(domain(vm));
        }
        let mut l = c_log(z);
        if let Some(b) = a.get(1).copied().or_else(|| kwarg(vm, kw, "base")) {
            let b = to_c(vm, b)?;
            if b == (0.0, 0.0) {
                return Err(domain(vm));
            }
            let lb = c_log(b);
            if lb == (0.0, 0.0) {
                return Err(vm.zero_division("complex division by zero"));
            }
            l = div(l, lb);
        }
        complex(vm, l)
    })?;
    def(vm, d, "log10", |vm, a, _| {
        let z = c1(vm, a, "log10")?;
        if z == (0.0, 0.0) {
            return Err(domain(vm));
        }
        let l = c_log(z);
        let k = core::f64::consts::LN_10;
        complex(vm, (l.0 / k, l.1 / k))
    })?;
    def(vm, d, "sqrt", |vm, a, _| {
        let z = c1(vm, a, "sqrt")?;
        complex(vm, c_sqrt(z))
    })?;
    def(vm, d, "sin", |vm, a, _| {
        let (x, y) = c1(vm, a, "sin")?;
        complex(vm, (sin(x) * cosh(y), cos(x) * sinh(y)))
    })?;
    def(vm, d, "cos", |vm, a, _| {
        let (x, y) = c1(vm, a, "cos")?;
        complex(vm, (cos(x) * cosh(y), -(sin(x) * sinh(y))))
    })?;
    def(vm, d, "tan", |vm, a, _| {
        let (x, y) = c1(vm, a, "tan")?;
        let den = cos(2.0 * x) + cosh(2.0 * y);
        if y.abs() > 20.0 {
            return complex(vm, (0.0, 1.0f64.copysign(y)));
        }
        complex(vm, (sin(2.0 * x) / den, sinh(2.0 * y) / den))
    })?;
    def(vm, d, "sinh", |vm, a, _| {
        let (x, y) = c1(vm, a, "sinh")?;
        complex(vm, (sinh(x) * cos(y), cosh(x) * sin(y)))
    })?;
    def(vm, d, "cosh", |vm, a, _| {
        let (x, y) = c1(vm, a, "cosh")?;
        complex(vm, (cosh(x) * cos(y), sinh(x) * sin(y)))
    })?;
    def(vm, d, "tanh", |vm, a, _| {
        let (x, y) = c1(vm, a, "tanh")?;
        if x.abs() > 20.0 {
            return complex(vm, (1.0f64.copysign(x), 0.0));
        }
        let den = cosh(2.0 * x) + cos(2.0 * y);
        complex(vm, (sinh(2.0 * x) / den, sin(2.0 * y) / den))
    })?;
    def(vm, d, "asinh", |vm, a, _| {
        let z = c1(vm, a, "asinh")?;
        complex(vm, c_asinh(z))
    })?;
    def(vm, d, "acosh", |vm, a, _| {
        let z = c1(vm, a, "acosh")?;
        complex(vm, c_acosh(z))
    })?;
    def(vm, d, "atanh", |vm, a, _| {
        let z = c1(vm, a, "atanh")?;
        if z.1 == 0.0 && z.0.abs() == 1.0 {
            return Err(domain(vm));
        }
        complex(vm, c_atanh(z))
    })?;
    def(vm, d, "asin", |vm, a, _| {
        let z = c1(vm, a, "asin")?;
        complex(vm, c_asin(z))
    })?;
    def(vm, d, "acos", |vm, a, _| {
        let z = c1(vm, a, "acos")?;
        let s = c_asin(z);
        complex(vm, (core::f64::consts::FRAC_PI_2 - s.0, -s.1))
    })?;
    def(vm, d, "atan", |vm, a, _| {
        let z = c1(vm, a, "atan")?;
        if z.0 == 0.0 && z.1.abs() == 1.0 {
            return Err(domain(vm));
        }
        // -i * atanh(i z)
        let w = c_atanh((-z.1, z.0));
        complex(vm, (w.1, -w.0))
    })?;
    def(vm, d, "isfinite", |vm, a, _| {
        let z = c1(vm, a, "isfinite")?;
        Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
    })?;
    def(vm, d, "isinf", |vm, a, _| {
        let z = c1(vm, a, "isinf")?;
        Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
    })?;
    def(vm, d, "isnan", |vm, a, _| {
        let z = c1(vm, a, "isnan")?;
        Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
    })?;
    def(vm, d, "isclose", |vm, a, kw| {
        let x = c1(vm, a, "isclose")?;
        let yv = arg(vm, a, 1, "isclose")?;
        let y = to_c(vm, yv)?;
        let rel = match kwarg(vm, kw, "rel_tol") {
            Some(v) => vm.to_float(v)?,
            None => 1e-9,
        };
        let abs_tol = match kwarg(vm, kw, "abs_tol") {
            Some(v) => vm.to_float(v)?,
            None => 0.0,
        };
        if rel < 0.0 || abs_tol < 0.0 {
            return Err(vm.value_error("tolerances must be non-negative"));
        }
        if x == y {
            return Ok(Value::Bool(true));
        }
        if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
            return Ok(Value::Bool(false));
        }
        let diff = hypot(x.0 - y.0, x.1 - y.1);
        let ok = diff <= rel * hypot(y.0, y.1) || diff <= rel * hypot(x.0, x.1) || diff <= abs_tol;
        Ok(Value::Bool(ok))
    })?;
    Ok(())
}
