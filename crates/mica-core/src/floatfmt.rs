//! Float formatting, parsing and arithmetic helpers with CPython semantics.
//!
//! Everything here is pure and VM-independent:
//!
//! * [`float_repr`] produces exactly CPython's `repr(float)` / `str(float)`.
//! * [`parse_float`] accepts exactly the syntax of Python's `float(str)`.
//! * [`float_round`] is `round(x, n)` (correctly rounded, half-to-even on the exact value).
//! * [`float_floordiv`], [`float_mod`], [`float_divmod`] and [`float_pow`] follow Python's
//!   sign and special-value rules.
//! * Conversions between `f64` and [`BigInt`] ([`float_to_bigint`], [`bigint_to_float`],
//!   [`float_as_integer_ratio`]) and `float.hex()` ([`float_hex`]).
//!
//! The lower-level digit generators ([`sci_digits`], [`format_fixed`], [`format_exp`],
//! [`format_general`]) are shared with the format-spec and `%` engines.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::intparse::decimal_digit_value;

/// Largest precision the digit generators accept; bigger requests are clamped by callers
/// or rejected (see `formatspec`).
pub const MAX_FLOAT_PRECISION: usize = 10_000_000;

/// Digits after which the exact decimal expansion of any f64 is all zeros (fixed point).
const EXACT_FRAC_DIGITS: usize = 1100;
/// Significant digits after which the exact decimal expansion of any f64 is all zeros.
const EXACT_SIG_DIGITS: usize = 800;

/// Returns the decimal digits and the decimal exponent of the first digit of `|x|`.
///
/// With `prec == None` the digits are the shortest that round-trip; with `Some(p)` they are
/// `p + 1` significant digits, correctly rounded (half-to-even on the exact binary value).
/// `x` must be finite. Zero gives `("0", 0)` (or `p + 1` zeros).
pub fn sci_digits(x: f64, prec: Option<usize>) -> (String, i32) {
    let a = libm::fabs(x);
    let s = match prec {
        None => {
            // Rust's shortest output has the right length but, when several digit strings
            // of that length round-trip, may not pick the one closest to `x` (CPython
            // does). The correctly rounded string of that length is the closest; use it
            // when it round-trips.
            let short = format!("{:e}", a);
            let ndigits = short
                .split('e')
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| c.is_ascii_digit())
                .count();
            let near = format!("{:.*e}", ndigits.saturating_sub(1), a);
            if near.parse::<f64>().ok() == Some(a) {
                near
            } else {
                short
            }
        }
        // Rust's formatter rejects precisions above u16::MAX. An f64 has at most 767
        // significant decimal digits, so digits past EXACT_SIG_DIGITS are zeros.
        Some(p) if p > EXACT_SIG_DIGITS => {
            let (mut d, e) = sci_digits(a, Some(EXACT_SIG_DIGITS));
            d.extend(core::iter::repeat_n('0', p - EXACT_SIG_DIGITS));
            return (d, e);
        }
        Some(p) => format!("{:.*e}", p, a),
    };
    let (mant, exp) = match s.split_once('e') {
        Some(pair) => pair,
        None => (s.as_str(), "0"),
    };
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp = exp.parse::<i32>().unwrap_or(0);
    (digits, exp)
}

/// `'%.{prec}f'` of a non-negative `ax` by scaling it to an integer, when the rounding
/// is unambiguous: `ax * 10^prec` is computed with a relative error below 2^-52, so when
/// its fraction is farther than that from one half the correctly rounded digits are
/// those of the rounded product. `None` for ties, big values and long precisions.
fn fixed_by_scaling(ax: f64, prec: usize) -> Option<String> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let scale = *POW10.get(prec)?;
    let y = ax * scale;
    // Keep the product well inside the range where f64 holds every integer.
    if y.is_nan() || y >= 4.0e15 {
        return None;
    }
    let fl = libm::floor(y);
    let frac = y - fl;
    let margin = y * (4.0 * f64::EPSILON) + f64::MIN_POSITIVE;
    if libm::fabs(frac - 0.5) <= margin {
        return None;
    }
    let n = fl as u64 + u64::from(frac > 0.5);
    let digits = alloc::string::ToString::to_string(&n);
    let mut out = String::with_capacity(digits.len() + prec + 2);
    if digits.len() <= prec {
        out.push_str("0.");
        out.extend(core::iter::repeat_n('0', prec - digits.len()));
        out.push_str(&digits);
    } else {
        let (int_part, frac_part) = digits.split_at(digits.len() - prec);
        out.push_str(int_part);
        if prec > 0 {
            out.push('.');
            out.push_str(frac_part);
        }
    }
    Some(out)
}

/// Fixed-point digits of `|x|` with exactly `prec` digits after the point (no sign).
pub fn format_fixed(x: f64, prec: usize, alt: bool) -> String {
    if let Some(mut s) = fixed_by_scaling(libm::fabs(x), prec) {
        if alt && prec == 0 {
            s.push('.');
        }
        return s;
    }
    // An f64 has at most 1074 fractional decimal digits; beyond that they are zeros (and
    // Rust's formatter rejects precisions above u16::MAX).
    let mut s = if prec > EXACT_FRAC_DIGITS {
        let mut s = format!("{:.*}", EXACT_FRAC_DIGITS, libm::fabs(x));
        s.extend(core::iter::repeat_n('0', prec - EXACT_FRAC_DIGITS));
        s
    } else {
        format!("{:.*}", prec, libm::fabs(x))
    };
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&format!("{}", e));
}

/// Exponent notation of `|x|` with `prec` digits after the point, like `'%.{prec}e'`
/// (`1.500000e+00`). No sign.
pub fn format_exp(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let (digits, exp) = sci_digits(x, Some(prec));
    let mut out = String::with_capacity(digits.len() + 6);
    let mut it = digits.chars();
    out.push(it.next().unwrap_or('0'));
    if prec > 0 || alt {
        out.push('.');
    }
    out.extend(it);
    push_exponent(&mut out, exp, upper);
    out
}

/// How [`format_general`] chooses digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneralMode {
    /// `repr()`-style: shortest round-trip digits, exponent when the decimal exponent is
    /// `< -4` or `>= 16`, integral values get `.0`.
    Repr,
    /// `'g'` with the given number of significant digits (0 is treated as 1).
    G(usize),
    /// The empty format type with a precision: like `'g'` but a result that would look
    /// like an integer gets `.0` (and the fixed/exponent threshold is one digit lower).
    GDot0(usize),
}

/// `'g'`-family formatting of `|x|` (no sign). `x` must be finite.
pub fn format_general(x: f64, mode: GeneralMode, alt: bool, upper: bool) -> String {
    let (mut digits, exp, threshold, add_dot_0, pad_to) = match mode {
        GeneralMode::Repr => {
            let (d, e) = sci_digits(x, None);
            (d, e, 16i64, true, 0usize)
        }
        GeneralMode::G(p) | GeneralMode::GDot0(p) => {
            let p = p.max(1);
            let (d, e) = sci_digits(x, Some(p - 1));
            let dot0 = matches!(mode, GeneralMode::GDot0(_));
            let thr = if dot0 { p as i64 - 1 } else { p as i64 };
            (d, e, thr, dot0, if alt { p } else { 0 })
        }
    };
    // Strip trailing zeros (keep at least one digit), then pad back for the alternate form.
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    while digits.len() < pad_to {
        digits.push('0');
    }
    let decpt = exp as i64 + 1;
    let mut out = String::with_capacity(digits.len() + 8);
    if decpt <= -4 || decpt > threshold {
        let mut it = digits.chars();
        out.push(it.next().unwrap_or('0'));
        if digits.len() > 1 || alt {
            out.push('.');
        }
        out.extend(it);
        push_exponent(&mut out, exp, upper);
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let dp = decpt as usize;
        if dp >= digits.len() {
            out.push_str(&digits);
            for _ in digits.len()..dp {
                out.push('0');
            }
            if alt || add_dot_0 {
                out.push('.');
            }
            if add_dot_0 {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dp]);
            out.push('.');
            out.push_str(&digits[dp..]);
        }
    }
    out
}

/// Exactly CPython's `repr(x)` (and `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    if x.is_infinite() {
        return String::from(if x < 0.0 { "-inf" } else { "inf" });
    }
    let body = format_general(x, GeneralMode::Repr, false, false);
    if x.is_sign_negative() {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Parses a float with the syntax of Python's `float(str)`; `None` if invalid.
///
/// Accepts surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case,
/// decimal digits (including non-ASCII Unicode decimal digits) with single underscores
/// between digits, an optional fraction and exponent.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Some(if neg { -f64::NAN } else { f64::NAN });
    }
    let mut clean = String::with_capacity(body.len() + 1);
    if neg {
        clean.push('-');
    }
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    // Digit run with single underscores between digits; returns number of digits read.
    let digit_run = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let mut n = 0usize;
        while *i < chars.len() {
            let c = chars[*i];
            if let Some(d) = decimal_digit_value(c) {
                clean.push(char::from(b'0' + d as u8));
                n += 1;
                *i += 1;
            } else if c == '_' {
                let next_ok = chars
                    .get(*i + 1)
                    .is_some_and(|&c2| decimal_digit_value(c2).is_some());
                if n == 0 || !next_ok {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if chars.get(i) == Some(&'.') {
        clean.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(chars.get(i), Some('e') | Some('E')) {
        clean.push('e');
        i += 1;
        match chars.get(i) {
            Some('+') => i += 1,
            Some('-') => {
                clean.push('-');
                i += 1;
            }
            _ => {}
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != chars.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// Decomposes a finite `x` into `(mantissa, exponent)` with `x == mantissa * 2**exponent`
/// exactly; the mantissa carries the sign.
pub fn float_decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), biased - 1075)
    };
    (if neg { -m } else { m }, e)
}

fn pow10_big(n: u32) -> BigInt {
    num_traits::pow(BigInt::from(10u32), n as usize)
}

/// Python's `round(x, ndigits)` for floats: correctly rounded half-to-even on the exact
/// value of `x`. Returns `None` if the rounded value overflows (CPython raises
/// `OverflowError: rounded value too large to represent`). Non-finite `x` is returned
/// unchanged.
pub fn float_round(x: f64, ndigits: i64) -> Option<f64> {
    if !x.is_finite() || x == 0.0 {
        return Some(x);
    }
    // Beyond these bounds the result is x itself or a signed zero.
    if ndigits > 330 {
        return Some(x);
    }
    if ndigits < -330 {
        return Some(0.0 * x);
    }
    let (m, e) = float_decompose(x);
    let neg = m < 0;
    let m = BigInt::from(m.unsigned_abs());
    // value * 10**ndigits = num / den exactly.
    let mut num = m;
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if ndigits >= 0 {
        num *= pow10_big(ndigits as u32);
    } else {
        den *= pow10_big((-ndigits) as u32);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let s = format!("{}{}e{}", if neg { "-" } else { "" }, q, -ndigits);
    let v = s.parse::<f64>().ok()?;
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// Python's `a % b` for floats (result has the sign of `b`); `None` if `b == 0`.
pub fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let mut m = libm::fmod(a, b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    Some(m)
}

/// Python's `divmod(a, b)` for floats; `None` if `b == 0`.
pub fn float_divmod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    let mut m = libm::fmod(a, b);
    // a - m is (nearly) an exact multiple of b.
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let q = if div != 0.0 {
        let mut f = libm::floor(div);
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        libm::copysign(0.0, a / b)
    };
    Some((q, m))
}

/// Python's `a // b` for floats; `None` if `b == 0`.
pub fn float_floordiv(a: f64, b: f64) -> Option<f64> {
    float_divmod(a, b).map(|(q, _)| q)
}

/// Why [`float_pow`] could not produce a float.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PowError {
    /// `ZeroDivisionError: 0.0 cannot be raised to a negative power`.
    ZeroToNegative,
    /// Negative base with a non-integral exponent: the result is complex; the caller
    /// should redo the operation with complex arithmetic.
    NeedsComplex,
    /// `OverflowError: (34, 'Numerical result out of range')`.
    Overflow,
}

impl PowError {
    /// The CPython exception message.
    pub fn message(&self) -> &'static str {
        match self {
            PowError::ZeroToNegative => "0.0 cannot be raised to a negative power",
            PowError::NeedsComplex => "negative number cannot be raised to a fractional power",
            PowError::Overflow => "(34, 'Numerical result out of range')",
        }
    }
}

fn is_odd_integer(b: f64) -> bool {
    b.is_finite() && libm::floor(b) == b && libm::fmod(libm::fabs(b), 2.0) == 1.0
}

/// Python's `a ** b` for floats.
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let aa = libm::fabs(a);
        return Ok(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                libm::fabs(a)
            }
        } else if odd {
            libm::copysign(0.0, a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let integral_b = libm::floor(b) == b;
    if a < 0.0 && !integral_b {
        return Err(PowError::NeedsComplex);
    }
    let negate = a < 0.0 && is_odd_integer(b);
    let aa = libm::fabs(a);
    if aa == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = pow_positive(aa, b);
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// `x ** y` for finite `x > 0`: exact for integral operands whose power is an integer
/// below 2^53 (for a negative `y`, any power that is an exact float: one correctly
/// rounded division), `crate::fmath::pow` otherwise, which can be a unit off (`10.0 ** -5`).
pub fn pow_positive(x: f64, y: f64) -> f64 {
    exact_int_power(x, y).unwrap_or_else(|| crate::fmath::pow(x, y))
}

fn exact_int_power(aa: f64, b: f64) -> Option<f64> {
    if libm::floor(aa) != aa
        || libm::floor(b) != b
        || aa >= 9_007_199_254_740_992.0
        || libm::fabs(b) > 128.0
    {
        return None;
    }
    let base = aa as u128;
    let mut p: u128 = 1;
    for _ in 0..(libm::fabs(b) as u32) {
        p = p.checked_mul(base)?;
    }
    let pf = p as f64;
    if b >= 0.0 {
        // Only exact powers: on a rounding tie the platform pow may pick either side.
        return (p <= 1u128 << 53).then_some(pf);
    }
    // A reciprocal is one rounding only when the power itself is exact.
    (pf < 3.4e38 && pf as u128 == p).then(|| 1.0 / pf)
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && libm::floor(x) == x
}

/// `float.as_integer_ratio()`: the reduced fraction equal to `x`, denominator positive.
/// `None` for inf (OverflowError "cannot convert Infinity to integer ratio") and nan
/// (ValueError "cannot convert NaN to integer ratio").
pub fn float_as_integer_ratio(x: f64) -> Option<(BigInt, BigInt)> {
    if !x.is_finite() {
        return None;
    }
    let (mut m, mut e) = float_decompose(x);
    if m == 0 {
        return Some((BigInt::zero(), BigInt::one()));
    }
    while e < 0 && m % 2 == 0 {
        m /= 2;
        e += 1;
    }
    if e >= 0 {
        Some((BigInt::from(m) << (e as usize), BigInt::one()))
    } else {
        Some((BigInt::from(m), BigInt::one() << ((-e) as usize)))
    }
}

/// `int(x)` for a float: truncation toward zero. `None` for inf/nan.
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let (m, e) = float_decompose(x);
    if e >= 0 {
        Some(BigInt::from(m) << (e as usize))
    } else if e <= -64 {
        Some(BigInt::zero())
    } else {
        // Shift magnitude so that truncation is toward zero.
        let mag = m.unsigned_abs() >> ((-e) as u32);
        let v = BigInt::from(mag);
        Some(if m < 0 { -v } else { v })
    }
}

/// `float(i)` for an int: correctly rounded (half-to-even). `None` if the result would
/// overflow ("int too large to convert to float").
pub fn bigint_to_float(i: &BigInt) -> Option<f64> {
    if let Some(v) = i.to_i64() {
        return Some(v as f64);
    }
    let mag = i.magnitude();
    let bits = mag.bits();
    if bits > 1025 {
        return None;
    }
    let shift = bits - 55;
    let top = mag >> (shift as usize);
    let mut q = top.to_u64().unwrap_or(0);
    if mag.trailing_zeros().unwrap_or(0) < shift {
        q |= 1;
    }
    let r = libm::ldexp(q as f64, shift as i32);
    if r.is_infinite() {
        return None;
    }
    Some(if i.sign() == Sign::Minus { -r } else { r })
}

/// `float.hex()`, e.g. `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    if x.is_infinite() {
        return String::from(if x < 0.0 { "-inf" } else { "inf" });
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if exp < 0 { "-" } else { "+" },
        exp.unsigned_abs()
    )
}

/// Why `float.fromhex` rejected its argument.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    Invalid,
    TooLarge,
}

/// `float.fromhex(s)`: `[sign]['0x']hex['.'hex]['p'[sign]dec]`, `inf`, `nan`, with
/// surrounding whitespace; correctly rounded (half to even).
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp_part) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(FromHexError::Invalid)?;
        m = m * 16u32 + d;
    }
    let mut e: i64 = match exp_part {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    e = e.saturating_sub(4 * frac_part.len() as i64);
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let nbits = m.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1100 {
        return Err(FromHexError::TooLarge);
    }
    if top < -1200 {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // Bits of precision available at this magnitude (fewer for subnormals).
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - keep;
    let q = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let sh = shift as usize;
        let q: BigInt = &m >> sh;
        let rem = &m - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        if rem > half || (rem == half && q.is_odd()) {
            q + 1u32
        } else {
            q
        }
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = libm::ldexp(qf, (e + shift) as i32);
    if r.is_infinite() {
        return Err(FromHexError::TooLarge);
    }
    Ok(if neg { -r } else { r })
}

/// `abs` of a big integer helper used by formatters (re-exported for convenience).
pub fn bigint_abs(i: &BigInt) -> BigInt {
    i.abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basic() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-5, "1.5e-05"),
            (1e-4, "0.0001"),
            (0.00012345, "0.00012345"),
            (-1.2345e300, "-1.2345e+300"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789.123, "123456789.123"),
            (1e22, "1e+22"),
            (2.5, "2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e100, "1e+100"),
            (1.2e-10, "1.2e-10"),
            (-854069241735229.2, "-854069241735229.2"),
            (-20877508261401.312, "-20877508261401.312"),
            (2112072866845370.2, "2112072866845370.2"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({:e})", x);
        }
    }

    #[test]
    fn parse() {
        let ok: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.5e3\n", -2500.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1_000.000_1", 1000.0001),
            ("1e1_0", 1e10),
            ("+inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("iNfInItY", f64::INFINITY),
            ("1E-3", 0.001),
            ("\u{661}\u{660}", 10.0),
            ("0.1", 0.1),
            ("1e400", f64::INFINITY),
            ("-1e-400", -0.0),
        ];
        for &(s, want) in ok {
            let got = parse_float(s);
            assert_eq!(got, Some(want), "{:?}", s);
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        for bad in [
            "", " ", "1__0", "_1", "1_", "1._5", "1_.5", "e5", "1e", "1e+", ".", "1.5.", "infi",
            "nanx", "0x10", "1 2", "+-1", "1e_5", "--1", "in f",
        ] {
            assert_eq!(parse_float(bad), None, "{:?}", bad);
        }
    }

    #[test]
    fn round() {
        // Expected values from CPython 3.11.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.5, 0, 2.0),
            (3.5, 0, 4.0),
            (-2.5, 0, -2.0),
            (12345.0, -2, 12300.0),
            (12350.0, -2, 12400.0),
            (12250.0, -2, 12200.0),
            (1.23456789, 4, 1.2346),
            (5e-324, 400, 5e-324),
            (123.456, -5, 0.0),
            (0.5, -1, 0.0),
            (1e300, -299, 1e300),
            (0.1 + 0.2, 15, 0.3),
        ];
        for &(x, n, want) in cases {
            assert_eq!(float_round(x, n), Some(want), "round({}, {})", x, n);
        }
        let r = float_round(-0.4, 0).unwrap();
        assert!(r == 0.0 && r.is_sign_negative());
        assert_eq!(float_round(1.7976931348623157e308, -308), None);
        assert!(float_round(f64::NAN, 2).unwrap().is_nan());
    }

    fn bits_eq(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn divmod() {
        let inf = f64::INFINITY;
        // (a, b, a//b, a%b) from CPython 3.11.
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.0, 2.0, 3.0, 1.0),
            (-7.0, 2.0, -4.0, 1.0),
            (7.0, -2.0, -4.0, -1.0),
            (-7.0, -2.0, 3.0, -1.0),
            (0.0, 5.0, 0.0, 0.0),
            (-0.0, 5.0, -0.0, 0.0),
            (0.0, -5.0, -0.0, -0.0),
            (6.0, -3.0, -2.0, -0.0),
            (5.0, inf, 0.0, 5.0),
            (-5.0, inf, -1.0, inf),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1e-300, 1e300, -1.0, 1e300),
        ];
        for &(a, b, q, r) in cases {
            let (gq, gr) = float_divmod(a, b).unwrap();
            assert!(bits_eq(gq, q), "{} // {} = {} want {}", a, b, gq, q);
            assert!(bits_eq(gr, r), "{} % {} = {} want {}", a, b, gr, r);
            assert!(bits_eq(float_mod(a, b).unwrap(), r));
            assert!(bits_eq(float_floordiv(a, b).unwrap(), q));
        }
        assert!(float_floordiv(inf, 5.0).unwrap().is_nan());
        assert_eq!(float_divmod(1.0, 0.0), None);
        assert_eq!(float_mod(1.0, -0.0), None);
    }

    #[test]
    fn pow() {
        let inf = f64::INFINITY;
        assert_eq!(float_pow(2.0, 10.0), Ok(1024.0));
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(-2.0, -2.0), Ok(0.25));
        assert_eq!(float_pow(0.0, -1.0), Err(PowError::ZeroToNegative));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(PowError::NeedsComplex));
        assert_eq!(float_pow(10.0, 400.0), Err(PowError::Overflow));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert!(float_pow(2.0, f64::NAN).unwrap().is_nan());
        assert_eq!(float_pow(-1.0, inf), Ok(1.0));
        assert_eq!(float_pow(0.5, inf), Ok(0.0));
        assert_eq!(float_pow(0.5, -inf), Ok(inf));
        assert_eq!(float_pow(-inf, 3.0), Ok(-inf));
        assert_eq!(float_pow(-inf, 2.0), Ok(inf));
        assert!(bits_eq(float_pow(-inf, -3.0).unwrap(), -0.0));
        assert!(bits_eq(float_pow(-0.0, 3.0).unwrap(), -0.0));
        assert!(bits_eq(float_pow(-0.0, 2.0).unwrap(), 0.0));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
        assert_eq!(float_pow(2.0, 0.5), Ok(core::f64::consts::SQRT_2));
    }

    #[test]
    fn ints() {
        assert!(float_is_integer(3.0));
        assert!(!float_is_integer(3.5));
        assert!(!float_is_integer(f64::INFINITY));
        assert_eq!(
            float_as_integer_ratio(0.1),
            Some((
                BigInt::from(3602879701896397u64),
                BigInt::from(36028797018963968u64)
            ))
        );
        assert_eq!(
            float_as_integer_ratio(-2.5),
            Some((BigInt::from(-5), BigInt::from(2)))
        );
        assert_eq!(
            float_as_integer_ratio(0.0),
            Some((BigInt::zero(), BigInt::one()))
        );
        assert_eq!(float_as_integer_ratio(f64::NAN), None);
        assert_eq!(float_to_bigint(-3.9), Some(BigInt::from(-3)));
        assert_eq!(float_to_bigint(0.5), Some(BigInt::zero()));
        assert_eq!(
            float_to_bigint(1e20).map(|b| format!("{}", b)),
            Some(String::from("100000000000000000000"))
        );
        assert_eq!(float_to_bigint(f64::INFINITY), None);
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(bigint_to_float(&big), Some(1.2345678901234568e29));
        // 2**53 + 1 rounds to even, 2**53 + 3 rounds up.
        let b: BigInt = (BigInt::one() << 53usize) + 1;
        assert_eq!(bigint_to_float(&b), Some(9007199254740992.0));
        let b: BigInt = (BigInt::one() << 60usize) + (BigInt::one() << 7usize) + 1;
        assert_eq!(bigint_to_float(&b), Some(1152921504606847232.0));
        let b: BigInt = -(BigInt::one() << 1023usize);
        assert_eq!(bigint_to_float(&b), Some(-8.98846567431158e307));
        assert_eq!(bigint_to_float(&(BigInt::one() << 1024usize)), None);
        // 2**1024 - 2**970 rounds up to 2**1024: overflow.
        let b: BigInt = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(bigint_to_float(&b), None);
        let b: BigInt = (BigInt::one() << 1024usize) - (BigInt::one() << 971usize);
        assert_eq!(bigint_to_float(&b), Some(f64::MAX));
    }

    #[test]
    fn hex() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(1e300), "0x1.7e43c8800759cp+996");
    }

    #[test]
    fn general() {
        assert_eq!(
            format_general(100.0, GeneralMode::GDot0(3), false, false),
            "1e+02"
        );
        assert_eq!(
            format_general(12.0, GeneralMode::GDot0(3), false, false),
            "12.0"
        );
        assert_eq!(
            format_general(1.0, GeneralMode::G(6), true, false),
            "1.00000"
        );
        assert_eq!(
            format_general(1e20, GeneralMode::G(0), true, false),
            "1.e+20"
        );
        assert_eq!(
            format_general(1e16, GeneralMode::Repr, true, false),
            "1.e+16"
        );
        assert_eq!(format_exp(0.0, 0, true, false), "0.e+00");
        assert_eq!(format_exp(12345.0, 2, false, true), "1.23E+04");
        assert_eq!(format_fixed(1.5, 0, true), "2.");
        // Precisions beyond Rust's formatter limit (u16::MAX) must not panic.
        let s = format_fixed(0.1, 100_000, false);
        assert_eq!(s.len(), 100_002);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        let s = format_exp(5e-324, 70_000, false, false);
        assert!(s.starts_with("4.940656458412465441765687928682213723650598026143247"));
        assert!(s.ends_with("0e-324"));
        let (d, e) = sci_digits(1.0 / 3.0, Some(900));
        assert_eq!((d.len(), e), (901, -1));
    }
}
