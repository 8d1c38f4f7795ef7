//! `math`: CPython's real-number functions on top of `libm`, with its special-value
//! rules (`ValueError: math domain error`, `OverflowError: math range error`) and exact
//! integer functions (`gcd`, `factorial`, `comb`...) on integers of any size.

use alloc::vec::Vec;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, kwarg, set};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    set(vm, d, "pi", Value::Float(core::f64::consts::PI))?;
    set(vm, d, "e", Value::Float(core::f64::consts::E))?;
    set(vm, d, "tau", Value::Float(core::f64::consts::TAU))?;
    set(vm, d, "inf", Value::Float(f64::INFINITY))?;
    set(vm, d, "nan", Value::Float(f64::NAN))?;
    def(vm, d, "sqrt", |vm, a, _| {
        unary(vm, a, "sqrt", crate::fmath::sqrt)
    })?;
    def(vm, d, "exp", |vm, a, _| {
        unary(vm, a, "exp", crate::fmath::exp)
    })?;
    def(vm, d, "expm1", |vm, a, _| {
        unary(vm, a, "expm1", crate::fmath::expm1)
    })?;
    def(vm, d, "log1p", |vm, a, _| {
        let x = farg(vm, a, 0, "log1p")?;
        if x <= -1.0 {
            return Err(domain(vm));
        }
        finish(vm, &[x], crate::fmath::log1p(x))
    })?;
    def(vm, d, "sin", |vm, a, _| {
        unary(vm, a, "sin", crate::fmath::sin)
    })?;
    def(vm, d, "cos", |vm, a, _| {
        unary(vm, a, "cos", crate::fmath::cos)
    })?;
    def(vm, d, "tan", |vm, a, _| {
        unary(vm, a, "tan", crate::fmath::tan)
    })?;
    def(vm, d, "asin", |vm, a, _| {
        unary(vm, a, "asin", crate::fmath::asin)
    })?;
    def(vm, d, "acos", |vm, a, _| {
        unary(vm, a, "acos", crate::fmath::acos)
    })?;
    def(vm, d, "atan", |vm, a, _| {
        unary(vm, a, "atan", crate::fmath::atan)
    })?;
    def(vm, d, "sinh", |vm, a, _| {
        unary(vm, a, "sinh", crate::fmath::sinh)
    })?;
    def(vm, d, "cosh", |vm, a, _| {
        unary(vm, a, "cosh", crate::fmath::cosh)
    })?;
    def(vm, d, "tanh", |vm, a, _| {
        unary(vm, a, "tanh", crate::fmath::tanh)
    })?;
    def(vm, d, "asinh", |vm, a, _| {
        unary(vm, a, "asinh", libm::asinh)
    })?;
    def(vm, d, "acosh", |vm, a, _| {
        unary(vm, a, "acosh", libm::acosh)
    })?;
    def(vm, d, "atanh", |vm, a, _| {
        let x = farg(vm, a, 0, "atanh")?;
        if x.abs() >= 1.0 {
            return Err(domain(vm));
        }
        finish(vm, &[x], libm::atanh(x))
    })?;
    def(vm, d, "erf", |vm, a, _| unary(vm, a, "erf", libm::erf))?;
    def(vm, d, "erfc", |vm, a, _| unary(vm, a, "erfc", libm::erfc))?;
    def(vm, d, "gamma", |vm, a, _| {
        let x = farg(vm, a, 0, "gamma")?;
        if x == f64::NEG_INFINITY || (x <= 0.0 && x == libm::floor(x)) {
            return Err(domain(vm));
        }
        finish(vm, &[x], libm::tgamma(x))
    })?;
    def(vm, d, "lgamma", |vm, a, _| {
        let x = farg(vm, a, 0, "lgamma")?;
        if x <= 0.0 && x == libm::floor(x) {
            return Err(domain(vm));
        }
        finish(vm, &[x], libm::lgamma(x))
    })?;
    def(vm, d, "fabs", |vm, a, _| unary(vm, a, "fabs", libm::fabs))?;
    def(vm, d, "degrees", |vm, a, _| {
        let x = farg(vm, a, 0, "degrees")?;
        Ok(Value::Float(x * (180.0 / core::f64::consts::PI)))
    })?;
    def(vm, d, "radians", |vm, a, _| {
        let x = farg(vm, a, 0, "radians")?;
        Ok(Value::Float(x * (core::f64::consts::PI / 180.0)))
    })?;
    def(vm, d, "log", math_log)?;
    def(vm, d, "log2", |vm, a, _| {
        let x = arg(vm, a, 0, "log2")?;
        Ok(Value::Float(log_value(vm, x, crate::fmath::log2)?))
    })?;
    def(vm, d, "log10", |vm, a, _| {
        let x = arg(vm, a, 0, "log10")?;
        Ok(Value::Float(log_value(vm, x, crate::fmath::log10)?))
    })?;
    def(vm, d, "pow", |vm, a, _| {
        let x = farg(vm, a, 0, "pow")?;
        let y = farg(vm, a, 1, "pow")?;
        let r = if x > 0.0 && x.is_finite() && y.is_finite() {
            crate::floatfmt::pow_positive(x, y)
        } else {
            crate::fmath::pow(x, y)
        };
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
        Ok(Value::Float(r))
    })?;
    def(vm, d, "atan2", |vm, a, _| {
        let y = farg(vm, a, 0, "atan2")?;
        let x = farg(vm, a, 1, "atan2")?;
        Ok(Value::Float(crate::fmath::atan2(y, x)))
    })?;
    def(vm, d, "fmod", |vm, a, _| {
        let x = farg(vm, a, 0, "fmod")?;
        let y = farg(vm, a, 1, "fmod")?;
        if y.is_infinite() && x.is_finite() {
            return Ok(Value::Float(x));
        }
        finish(vm, &[x, y], libm::fmod(x, y))
    })?;
    def(vm, d, "copysign", |vm, a, _| {
        let x = farg(vm, a, 0, "copysign")?;
        let y = farg(vm, a, 1, "copysign")?;
        Ok(Value::Float(libm::copysign(x, y)))
    })?;
    def(vm, d, "remainder", |vm, a, _| {
        let x = farg(vm, a, 0, "remainder")?;
        let y = farg(vm, a, 1, "remainder")?;
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        if x.is_infinite() || y == 0.0 {
            return Err(domain(vm));
        }
        Ok(Value::Float(libm::remainder(x, y)))
    })?;
    def(vm, d, "modf", |vm, a, _| {
        let x = farg(vm, a, 0, "modf")?;
        let (frac, int) = if x.is_infinite() {
            (libm::copysign(0.0, x), x)
        } else {
            libm::modf(x)
        };
        vm.new_tuple(alloc::vec![Value::Float(frac), Value::Float(int)])
    })?;
    def(vm, d, "frexp", |vm, a, _| {
        let x = farg(vm, a, 0, "frexp")?;
        let (m, e) = if x == 0.0 || !x.is_finite() {
            (x, 0)
        } else {
            libm::frexp(x)
        };
        vm.new_tuple(alloc::vec![Value::Float(m), Value::Int(e as i64)])
    })?;
    def(vm, d, "ldexp", |vm, a, _| {
        let x = farg(vm, a, 0, "ldexp")?;
        let e = arg(vm, a, 1, "ldexp")?;
        let e = match vm.to_bigint(e) {
            Some(b) => b.clamp(BigInt::from(-100_000), BigInt::from(100_000)),
            None => {
                if let Value::Float(_) = e {
                    return Err(vm.type_error("Expected an int as second argument to ldexp."));
                }
                BigInt::from(vm.to_index(e)?)
            }
        };
        let e = e.to_i32().unwrap_or(0);
        if x == 0.0 || !x.is_finite() {
            return Ok(Value::Float(x));
        }
        let r = libm::scalbn(x, e);
        if r.is_infinite() {
            return Err(range(vm));
        }
        Ok(Value::Float(r))
    })?;
    def(vm, d, "isfinite", |vm, a, _| {
        Ok(Value::Bool(farg(vm, a, 0, "isfinite")?.is_finite()))
    })?;
    def(vm, d, "isinf", |vm, a, _| {
        Ok(Value::Bool(farg(vm, a, 0, "isinf")?.is_infinite()))
    })?;
    def(vm, d, "isnan", |vm, a, _| {
        Ok(Value::Bool(farg(vm, a, 0, "isnan")?.is_nan()))
    })?;
    def(vm, d, "isclose", math_isclose)?;
    def(vm, d, "hypot", |vm, a, _| {
        let mut xs = Vec::with_capacity(a.len());
        for i in 0..a.len() {
            xs.push(farg(vm, a, i, "hypot")?);
        }
        Ok(Value::Float(hypot(&xs)))
    })?;
    def(vm, d, "dist", |vm, a, _| {
        let p = arg(vm, a, 0, "dist")?;
        let q = arg(vm, a, 1, "dist")?;
        let p = vm.iterate_to_vec(p)?;
        let q = vm.iterate_to_vec(q)?;
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut xs = Vec::with_capacity(p.len());
        for (x, y) in p.into_iter().zip(q) {
            xs.push(vm.to_float(x)? - vm.to_float(y)?);
        }
        Ok(Value::Float(hypot(&xs)))
    })?;
    def(vm, d, "floor", |vm, a, _| {
        rounding(vm, a, "floor", "__floor__", libm::floor)
    })?;
    def(vm, d, "ceil", |vm, a, _| {
        rounding(vm, a, "ceil", "__ceil__", libm::ceil)
    })?;
    def(vm, d, "trunc", |vm, a, _| {
        rounding(vm, a, "trunc", "__trunc__", libm::trunc)
    })?;
    def(vm, d, "gcd", |vm, a, _| {
        let mut g = BigInt::zero();
        for i in 0..a.len() {
            let x = iarg(vm, a, i, "gcd")?;
            g = g.gcd(&x);
        }
        vm.new_bigint(g)
    })?;
    def(vm, d, "lcm", |vm, a, _| {
        let mut l = BigInt::one();
        for i in 0..a.len() {
            let x = iarg(vm, a, i, "lcm")?;
            l = if x.is_zero() || l.is_zero() {
                BigInt::zero()
            } else {
                l.lcm(&x)
            };
        }
        vm.new_bigint(l)
    })?;
    def(vm, d, "cbrt", |vm, a, _| {
        unary(vm, a, "cbrt", crate::fmath::cbrt)
    })?;
    def(vm, d, "exp2", |vm, a, _| {
        unary(vm, a, "exp2", |x| crate::fmath::pow(2.0, x))
    })?;
    def(vm, d, "nextafter", |vm, a, _| {
        let x = farg(vm, a, 0, "nextafter")?;
        let y = farg(vm, a, 1, "nextafter")?;
        Ok(Value::Float(next_after(x, y)))
    })?;
    def(vm, d, "ulp", |vm, a, _| {
        let x = farg(vm, a, 0, "ulp")?.abs();
        if !x.is_finite() {
            return Ok(Value::Float(x));
        }
        let up = next_after(x, f64::INFINITY);
        Ok(Value::Float(if up.is_infinite() {
            x - next_after(x, f64::NEG_INFINITY)
        } else {
            up - x
        }))
    })?;
    def(vm, d, "isqrt", |vm, a, _| {
        let n = iarg(vm, a, 0, "isqrt")?;
        if n.is_negative() {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        vm.new_bigint(n.sqrt())
    })?;
    def(vm, d, "factorial", |vm, a, _| {
        let x = arg(vm, a, 0, "factorial")?;
        if let Value::Float(_) = x {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = iarg(vm, a, 0, "factorial")?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let n = match n.to_u64() {
            Some(n) if n <= 100_000 => n,
            _ => return Err(vm.overflow_error("factorial() argument should not exceed 100000")),
        };
        vm.room_for(product_bytes(n, n))?;
        vm.new_bigint(product(1, n))
    })?;
    def(vm, d, "comb", |vm, a, _| {
        let (n, k) = comb_args(vm, a, "comb")?;
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = core::cmp::min(k, n - k);
        // Both products live at once (and the quotient after them).
        vm.room_for(product_bytes(n, k) + product_bytes(k, k))?;
        vm.new_bigint(falling(n, k) / product(1, k))
    })?;
    def(vm, d, "perm", |vm, a, kw| {
        if a.len() == 1 && kw.is_empty() {
            let n = iarg(vm, a, 0, "perm")?;
            if n.is_negative() {
                return Err(vm.value_error("n must be a non-negative integer"));
            }
            let n = n.to_u64().unwrap_or(u64::MAX).min(100_000);
            vm.room_for(product_bytes(n, n))?;
            return vm.new_bigint(product(1, n));
        }
        let (n, k) = comb_args(vm, a, "perm")?;
        if k > n {
            return Ok(Value::Int(0));
        }
        vm.room_for(product_bytes(n, k))?;
        vm.new_bigint(falling(n, k))
    })?;
    def(vm, d, "prod", |vm, a, kw| {
        let it = arg(vm, a, 0, "prod")?;
        let start = kwarg(vm, kw, "start").unwrap_or(Value::Int(1));
        // Streamed as `sum`: the product so far lives in a root slot.
        let slot = vm.temp_roots.len();
        vm.temp_roots.push(start);
        let r = vm.for_each(it, crate::vm::STREAM_CHUNK, |vm, x| {
            let acc = vm.temp_roots[slot];
            vm.temp_roots[slot] = vm.binary_op(acc, x, crate::ast::BinOp::Mult as u32)?;
            Ok(true)
        });
        let acc = vm.temp_roots[slot];
        vm.temp_roots.truncate(slot);
        r.map(|_| acc)
    })?;
    def(vm, d, "fsum", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("fsum() takes no keyword arguments"));
        }
        if a.len() != 1 {
            return Err(vm.type_error(alloc::format!(
                "fsum() takes exactly one argument ({} given)",
                a.len()
            )));
        }
        let it = arg(vm, a, 0, "fsum")?;
        // Streamed: the partial sums stay few however many values come.
        let mut acc = Fsum::default();
        let mut overflow = false;
        vm.for_each(it, crate::vm::STREAM_CHUNK, |vm, x| {
            let x = vm.to_float(x)?;
            overflow = !acc.add(x);
            Ok(!overflow)
        })?;
        if overflow {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        acc.finish(vm)
    })?;
    Ok(())
}

fn domain(vm: &mut Vm) -> crate::error::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm) -> crate::error::PyErr {
    vm.overflow_error("math range error")
}

/// Float argument `i` (ints of any size, objects with `__float__`).
fn farg(vm: &mut Vm, a: Args, i: usize, fname: &str) -> PyResult<f64> {
    let v = arg(vm, a, i, fname)?;
    vm.to_float(v)
}

/// Integer argument `i` (ints and objects with `__index__`).
fn iarg(vm: &mut Vm, a: Args, i: usize, fname: &str) -> PyResult<BigInt> {
    let v = arg(vm, a, i, fname)?;
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    let i = vm.to_index(v)?;
    Ok(BigInt::from(i))
}

/// CPython's error rules for a float result: NaN out of non-NaN in is a domain error,
/// infinity out of finite in is a range error.
fn finish(vm: &mut Vm, inputs: &[f64], r: f64) -> PyResult<Value> {
    if r.is_nan() && !inputs.iter().any(|x| x.is_nan()) {
        return Err(domain(vm));
    }
    if r.is_infinite() && inputs.iter().all(|x| x.is_finite()) {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn unary(vm: &mut Vm, a: Args, fname: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = farg(vm, a, 0, fname)?;
    if x.is_finite() && (fname == "sqrt" && x < 0.0 || fname == "acosh" && x < 1.0) {
        return Err(domain(vm));
    }
    finish(vm, &[x], f(x))
}

/// Natural log of an int of any size or a float; domain error for `x <= 0`.
fn ln_value(vm: &mut Vm, x: Value) -> PyResult<f64> {
    log_value(vm, x, crate::fmath::log)
}

/// `log_fn(x)` for an int of any size or a float, as CPython's `loghelper`: an int too
/// big for a float is split as `m * 2**e` and gives `log_fn(m) + log_fn(2) * e`.
fn log_value(vm: &mut Vm, x: Value, log_fn: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = vm.to_bigint(x) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(f) = crate::floatfmt::bigint_to_float(&b) {
            if f.is_finite() {
                return Ok(log_fn(f));
            }
        }
        // frexp-style: b = m * 2**e with 0.5 <= m < 1.
        let e = b.bits();
        let k = e.saturating_sub(64);
        let top = (&b >> k).to_f64().unwrap_or(f64::MAX);
        let m = top / libm::ldexp(1.0, (e - k) as i32);
        return Ok(log_fn(m) + log_fn(2.0) * e as f64);
    }
    let f = vm.to_float(x)?;
    if f.is_nan() || f == f64::INFINITY {
        return Ok(f);
    }
    if f <= 0.0 {
        return Err(domain(vm));
    }
    Ok(log_fn(f))
}

fn math_log(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let x = arg(vm, a, 0, "log")?;
    let lx = ln_value(vm, x)?;
    match a.get(1) {
        None => Ok(Value::Float(lx)),
        Some(&b) => {
            let lb = ln_value(vm, b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(lx / lb))
        }
    }
}

fn math_isclose(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let x = farg(vm, a, 0, "isclose")?;
    let y = farg(vm, a, 1, "isclose")?;
    let rel = match kwarg(vm, kw, "rel_tol") {
        Some(v) => vm.to_float(v)?,
        None => 1e-9,
    };
    let abs = match kwarg(vm, kw, "abs_tol") {
        Some(v) => vm.to_float(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn hypot(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    if xs.len() == 2 {
        return crate::fmath::hypot(xs[0], xs[1]);
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * crate::fmath::sqrt(s)
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats become ints, other objects use
/// their special method.
fn rounding(
    vm: &mut Vm,
    a: Args,
    fname: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = arg(vm, a, 0, fname)?;
    if vm.is_int(x) {
        return crate::builtin_types::int_of(vm, x);
    }
    if let Value::Float(v) = x {
        return crate::builtin_types::int_of(vm, Value::Float(f(v)));
    }
    let special = vm.interner.intern(special);
    if let Some(m) = vm.lookup_special(x, special) {
        return vm.call(m, &[x]);
    }
    let v = vm.to_float(x)?;
    crate::builtin_types::int_of(vm, Value::Float(f(v)))
}

/// `lo * (lo+1) * ... * hi` by binary splitting.
fn product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for i in lo..=hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

/// An upper bound of the bytes `falling(n, k)` takes (k factors of at most n's
/// bits), to charge before computing it.
fn product_bytes(n: u64, k: u64) -> usize {
    let bits = 64 - n.leading_zeros() as u64;
    (k.saturating_mul(bits) / 8) as usize + 16
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling(n: u64, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    product(n - k + 1, n)
}

fn comb_args(vm: &mut Vm, a: Args, fname: &str) -> PyResult<(u64, u64)> {
    for i in 0..2 {
        if let Some(Value::Float(_)) = a.get(i) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
    }
    let n = iarg(vm, a, 0, fname)?;
    let k = iarg(vm, a, 1, fname)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    match (n.to_u64(), k.to_u64()) {
        (Some(n), Some(k)) if n <= 1_000_000 => Ok((n, k.min(n + 1))),
        (_, Some(0)) => Ok((0, 0)),
        _ => Err(vm.overflow_error(alloc::format!("{fname}() arguments too large"))),
    }
}

/// Exact float summation (Shewchuk's algorithm with partial sums), fed one value at
/// a time.
#[derive(Default)]
struct Fsum {
    partials: Vec<f64>,
    special: f64,
    any_nan: bool,
}

impl Fsum {
    /// Add `x0`; false on an intermediate overflow.
    fn add(&mut self, x0: f64) -> bool {
        let partials = &mut self.partials;
        if !x0.is_finite() {
            self.any_nan |= x0.is_nan();
            self.special += x0;
            return true;
        }
        let mut x = x0;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return false;
        }
        partials.truncate(i);
        partials.push(x);
        true
    }

    fn finish(self, vm: &mut Vm) -> PyResult<Value> {
        let (partials, special) = (self.partials, self.special);
        if special != 0.0 || special.is_nan() {
            if special.is_nan() && !self.any_nan {
                return Err(vm.value_error("-inf + inf in fsum"));
            }
            return Ok(Value::Float(special));
        }
        let mut hi = 0.0;
        let mut n = partials.len();
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(Value::Float(hi))
    }
}

/// The float next to `x` in the direction of `y` (C's `nextafter`).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}
