//! Python's format-specification mini-language (`format(value, spec)`, `str.format`,
//! f-strings) for ints, floats and strings.
//!
//! Grammar (as in CPython 3.11):
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! [`parse_format_spec`] parses a spec; [`format_int`], [`format_float`] and
//! [`format_str`] apply it. Errors are returned as the exact CPython `ValueError`
//! message, except [`FormatError::Overflow`] (`OverflowError`). The `*_named` variants take
//! the Python type name used in messages (e.g. `bool` for `format(True, 's')`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::floatfmt::{bigint_to_float, format_exp, format_fixed, format_general, GeneralMode};
use crate::intparse::IntValue;

/// Largest width or precision accepted; larger values are rejected instead of allocating.
pub const MAX_WIDTH: usize = 10_000_000;

/// A parsed format specification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only with an explicit alignment).
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'^'` or `'='`, when given.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`, when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width (with no explicit fill): zero padding.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type, when given.
    pub ty: Option<char>,
}

/// A formatting failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError` with this message.
    Value(String),
    /// `OverflowError` with this message.
    Overflow(String),
}

impl FormatError {
    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl From<FormatError> for String {
    fn from(e: FormatError) -> String {
        match e {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

fn verr<T>(msg: String) -> Result<T, FormatError> {
    Err(FormatError::Value(msg))
}

/// Renders a type character the way CPython's messages do (`'x'` or `'\x1'`).
fn code_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("{}", c)
    } else {
        format!("\\x{:x}", cp)
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

fn parse_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut v: usize = 0;
    let mut too_big = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        match v.checked_mul(10).and_then(|x| x.checked_add(d as usize)) {
            Some(n) if n <= MAX_WIDTH => v = n,
            _ => too_big = true,
        }
        *pos += 1;
    }
    if too_big {
        return verr(String::from("Too many decimal digits in format string"));
    }
    Ok(if *pos == start { None } else { Some(v) })
}

/// Parses a format spec; messages for an unparsable spec name the type `int`. Use
/// [`parse_format_spec_named`] for other types.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_named(spec, "int").map_err(String::from)
}

/// Parses a format spec; `type_name` is used in the "Invalid format specifier" message.
pub fn parse_format_spec_named(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec::default();
    let mut pos = 0usize;
    if chars.len() >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && chars.get(pos) == Some(&'0') {
        f.zero = true;
        pos += 1;
    }
    f.width = parse_number(&chars, &mut pos)?;
    if let Some(&g @ (',' | '_')) = chars.get(pos) {
        f.grouping = Some(g);
        pos += 1;
        if let Some(&g2 @ (',' | '_')) = chars.get(pos) {
            return verr(if g2 == g {
                format!("Cannot specify '{}' with '{}'.", g, g)
            } else {
                String::from("Cannot specify both ',' and '_'.")
            });
        }
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match parse_number(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return verr(String::from("Format specifier missing precision")),
        }
    }
    if chars.len() - pos > 1 {
        return verr(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if let Some(&t) = chars.get(pos) {
        f.ty = Some(t);
    }
    if let (Some(g), Some(t)) = (f.grouping, f.ty) {
        let ok = match t {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => g == '_',
            _ => false,
        };
        if !ok {
            return verr(format!("Cannot specify '{}' with '{}'.", g, code_repr(t)));
        }
    }
    Ok(f)
}

/// Inserts `sep` every `group` digits (from the right) into `digits`, left-padding with
/// zeros until the grouped result is at least `min_len` characters long.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_len: usize) -> String {
    let n = digits.chars().count();
    let grouped_len = |d: usize| match sep {
        Some(_) if d > 0 => d + (d - 1) / group,
        _ => d,
    };
    let mut total = n;
    while grouped_len(total) < min_len {
        total += 1;
    }
    let mut out = String::with_capacity(grouped_len(total));
    let mut idx = total;
    let mut push = |c: char, out: &mut String| {
        out.push(c);
        idx -= 1;
        if let Some(s) = sep {
            if idx > 0 && idx.is_multiple_of(group) {
                out.push(s);
            }
        }
    };
    for _ in n..total {
        push('0', &mut out);
    }
    for c in digits.chars() {
        push(c, &mut out);
    }
    out
}

/// The pieces of a formatted number before padding.
struct NumParts<'a> {
    sign: &'a str,
    prefix: &'a str,
    /// Integer digits, grouped if a separator is given.
    digits: String,
    /// Everything after the integer digits (fraction, exponent, `%`, or `inf`).
    rest: String,
    /// Whether grouping/zero-padding may be applied to `digits`.
    groupable: bool,
}

fn push_fill(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

fn assemble_number(
    p: NumParts<'_>,
    spec: &FormatSpec,
    group: usize,
) -> Result<String, FormatError> {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let width = spec.width.unwrap_or(0);
    let sep = if p.groupable { spec.grouping } else { None };
    let fixed_len = p.sign.chars().count() + p.prefix.chars().count() + p.rest.chars().count();
    let min_digits = if align == '=' && fill == '0' && p.groupable {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    let digits = group_digits(&p.digits, sep, group, min_digits);
    let len = fixed_len + digits.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad * fill.len_utf8());
    match align {
        '<' => {
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.push_str(&digits);
            out.push_str(&p.rest);
            push_fill(&mut out, fill, pad);
        }
        '^' => {
            push_fill(&mut out, fill, pad / 2);
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.push_str(&digits);
            out.push_str(&p.rest);
            push_fill(&mut out, fill, pad - pad / 2);
        }
        '=' => {
            out.push_str(p.sign);
            out.push_str(p.prefix);
            push_fill(&mut out, fill, pad);
            out.push_str(&digits);
            out.push_str(&p.rest);
        }
        _ => {
            push_fill(&mut out, fill, pad);
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.push_str(&digits);
            out.push_str(&p.rest);
        }
    }
    Ok(out)
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Applies `spec` to an int (`format(int, spec)`).
pub fn format_int(v: &IntValue, spec: &FormatSpec) -> Result<String, String> {
    format_int_named(v, spec, "int").map_err(String::from)
}

/// Applies `spec` to an int; `type_name` is used in "Unknown format code" messages.
pub fn format_int_named(
    v: &IntValue,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match v {
                IntValue::Small(i) => *i as f64,
                IntValue::Big(b) => bigint_to_float(b).ok_or_else(|| {
                    FormatError::Overflow(String::from("int too large to convert to float"))
                })?,
            };
            return format_float_named(x, spec, type_name);
        }
        _ => {
            return verr(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(ty),
                type_name
            ))
        }
    }
    if spec.precision.is_some() {
        return verr(String::from(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return verr(String::from(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return verr(String::from(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return verr(String::from(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let i = v.to_i64().ok_or_else(|| {
            FormatError::Overflow(String::from("Python int too large to convert to C long"))
        })?;
        let ch = u32::try_from(i)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| FormatError::Overflow(String::from("%c arg not in range(0x110000)")))?;
        let parts = NumParts {
            sign: "",
            prefix: "",
            digits: String::new(),
            rest: String::from(ch),
            groupable: false,
        };
        return assemble_number(parts, spec, 3);
    }
    let (radix, prefix, group) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = v.magnitude_digits(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumParts {
        sign: sign_str(v.is_negative(), spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        rest: String::new(),
        groupable: true,
    };
    assemble_number(parts, spec, group)
}

/// Applies `spec` to a float (`format(float, spec)`).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_named(x, spec, "float").map_err(String::from)
}

/// Applies `spec` to a float; `type_name` is used in "Unknown format code" messages.
pub fn format_float_named(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => {
            return verr(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(t),
                type_name
            ))
        }
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let alt = spec.alternate;
    let prec = spec.precision;
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let body = if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let mut s = String::from(s);
        if upper {
            s.make_ascii_uppercase();
        }
        if ty == Some('%') {
            s.push('%');
        }
        s
    } else {
        match ty {
            None => match prec {
                None => format_general(x, GeneralMode::Repr, alt, false),
                Some(p) => format_general(x, GeneralMode::GDot0(p), alt, false),
            },
            Some('e' | 'E') => format_exp(x, prec.unwrap_or(6), alt, upper),
            Some('f' | 'F') => format_fixed(x, prec.unwrap_or(6), alt),
            Some('%') => {
                let mut s = format_fixed(x * 100.0, prec.unwrap_or(6), alt);
                s.push('%');
                s
            }
            _ => format_general(x, GeneralMode::G(prec.unwrap_or(6)), alt, upper),
        }
    };
    if negative && spec.no_neg_zero && x.is_finite() {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.chars().all(|c| !c.is_ascii_digit() || c == '0') {
            negative = false;
        }
    }
    // `x * 100` may overflow for '%', so decide from the text, not from `x`.
    let numeric = body.starts_with(|c: char| c.is_ascii_digit());
    let split = if numeric {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    } else {
        0
    };
    let parts = NumParts {
        sign: sign_str(negative, spec.sign),
        prefix: "",
        digits: String::from(&body[..split]),
        rest: String::from(&body[split..]),
        groupable: numeric,
    };
    assemble_number(parts, spec, 3)
}

/// Applies `spec` to a complex number (`format(complex, spec)`): both parts are
/// formatted like floats, the imaginary one always signed; with no presentation type
/// the result looks like `repr` (parentheses unless the real part is +0).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => {
            return verr(format!(
                "Unknown format code '{}' for object of type 'complex'",
                code_repr(t)
            ))
        }
    }
    if spec.zero && spec.fill.is_none() {
        return verr(String::from(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return verr(String::from(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let bare = spec.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let inner = FormatSpec {
        fill: None,
        align: None,
        zero: false,
        width: None,
        ty: if bare && spec.precision.is_some() {
            Some('g')
        } else {
            spec.ty
        },
        ..spec.clone()
    };
    let part = |x: f64, sign: Option<char>| -> Result<String, FormatError> {
        let sp = FormatSpec {
            sign,
            ..inner.clone()
        };
        if inner.ty.is_none() {
            let r = crate::floatfmt::float_repr(x.abs());
            let body = r.strip_suffix(".0").unwrap_or(&r);
            let negative = x.is_sign_negative() && !x.is_nan();
            return Ok(format!("{}{}", sign_str(negative, sign), body));
        }
        format_float_named(x, &sp, "complex")
    };
    let mut out = String::new();
    if bare && !skip_re {
        out.push('(');
    }
    if skip_re {
        out.push_str(&part(im, spec.sign)?);
    } else {
        out.push_str(&part(re, spec.sign)?);
        out.push_str(&part(im, Some('+'))?);
    }
    out.push('j');
    if bare && !skip_re {
        out.push(')');
    }
    let pad = FormatSpec {
        fill: spec.fill,
        align: Some(spec.align.unwrap_or('>')),
        width: spec.width,
        ..FormatSpec::default()
    };
    format_str_named(&out, &pad, "complex")
}

/// Applies `spec` to a string (`format(str, spec)`).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_named(s, spec, "str").map_err(String::from)
}

/// Applies `spec` to a string; `type_name` is used in "Unknown format code" messages.
pub fn format_str_named(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return verr(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(t),
                type_name
            ));
        }
    }
    if let Some(g) = spec.grouping {
        return verr(format!("Cannot specify '{}' with 's'.", g));
    }
    match spec.sign {
        Some(' ') => return verr(String::from("Space not allowed in string format specifier")),
        Some(_) => return verr(String::from("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return verr(String::from(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return verr(String::from(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return verr(String::from(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let len = body.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
    let (left, right) = match spec.align {
        Some('>') => (pad, 0),
        Some('^') => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Convenience: parse `spec` and format an int (`format(v, spec)`).
pub fn format_int_spec(v: &IntValue, spec: &str) -> Result<String, FormatError> {
    let f = parse_format_spec_named(spec, "int")?;
    format_int_named(v, &f, "int")
}

/// Convenience: parse `spec` and format a float.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, FormatError> {
    let f = parse_format_spec_named(spec, "float")?;
    format_float_named(x, &f, "float")
}

/// Convenience: parse `spec` and format a string.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, FormatError> {
    let f = parse_format_spec_named(spec, "str")?;
    format_str_named(s, &f, "str")
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn fi(v: i64, spec: &str) -> String {
        match format_int_spec(&IntValue::Small(v), spec) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e.message()),
        }
    }
    fn fb(v: &str, spec: &str) -> String {
        let b: BigInt = v.parse().unwrap();
        match format_int_spec(&IntValue::from_bigint(b), spec) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e.message()),
        }
    }
    fn ff(v: f64, spec: &str) -> String {
        match format_float_spec(v, spec) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e.message()),
        }
    }
    fn fs(v: &str, spec: &str) -> String {
        match format_str_spec(v, spec) {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e.message()),
        }
    }

    #[test]
    fn ints() {
        // Expected values from CPython 3.11.
        let cases: &[(i64, &str, &str)] = &[
            (1234, "010,", "00,001,234"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (1234, "07,", "001,234"),
            (-1234, "09,", "-0,001,234"),
            (12, "<05", "12000"),
            (12, "x<05", "12xxx"),
            (12, "^05", "01200"),
            (255, "#_x", "0xff"),
            (255, "#012_b", "0b0_1111_1111"),
            (12345678, "n", "12345678"),
            (65, "c", "A"),
            (65, ">5c", "    A"),
            (3, "%", "300.000000%"),
            (3, ".2e", "3.00e+00"),
            (1234, "0=10,", "00,001,234"),
            (-12, "*=8", "-*****12"),
            (1234, "0>10,", "000001,234"),
            (123, "+x", "+7b"),
            (-255, "#x", "-0xff"),
            (-255, "#010x", "-0x00000ff"),
            (0, "#o", "0o0"),
            (5, "#b", "0b101"),
            (1234, "_", "1_234"),
            (123456, "_o", "36_1100"),
            (-5, " d", "-5"),
            (5, " d", " 5"),
            (1234, ",", "1,234"),
            (1234, "x^+#12_x", "xxx+0x4d2xxx"),
            (-5, "^6", "  -5  "),
            (12, "#n", "12"),
            (255, "#X", "0XFF"),
            (97, "10c", "         a"),
            (97, "010c", "000000000a"),
            (97, "=10c", "         a"),
            (0, "", "0"),
            (-7, "", "-7"),
            (i64::MIN, ",", "-9,223,372,036,854,775,808"),
            (
                1,
                "abc",
                "ERR Invalid format specifier 'abc' for object of type 'int'",
            ),
            (
                1,
                ".2d",
                "ERR Precision not allowed in integer format specifier",
            ),
            (
                1,
                ".2",
                "ERR Precision not allowed in integer format specifier",
            ),
            (
                1,
                "+c",
                "ERR Sign not allowed with integer format specifier 'c'",
            ),
            (
                1,
                "#c",
                "ERR Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (1, ",c", "ERR Cannot specify ',' with 'c'."),
            (1, ",x", "ERR Cannot specify ',' with 'x'."),
            (1, "_n", "ERR Cannot specify '_' with 'n'."),
            (1, ",n", "ERR Cannot specify ',' with 'n'."),
            (1, ",_", "ERR Cannot specify both ',' and '_'."),
            (1, "_,", "ERR Cannot specify both ',' and '_'."),
            (1, ",,", "ERR Cannot specify ',' with ','."),
            (1, "__", "ERR Cannot specify '_' with '_'."),
            (1, ".", "ERR Format specifier missing precision"),
            (
                1,
                "z",
                "ERR Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                1,
                "99999999999999999999",
                "ERR Too many decimal digits in format string",
            ),
            (
                1,
                ".99999999999999999999",
                "ERR Too many decimal digits in format string",
            ),
            (
                1,
                "s",
                "ERR Unknown format code 's' for object of type 'int'",
            ),
            (
                1,
                "=5s",
                "ERR Unknown format code 's' for object of type 'int'",
            ),
            (
                1,
                "<<<",
                "ERR Unknown format code '<' for object of type 'int'",
            ),
            (1, ",\u{1}", "ERR Cannot specify ',' with '\\x1'."),
            (1, ",\u{e9}", "ERR Cannot specify ',' with '\\xe9'."),
            (0x110000, "c", "ERR %c arg not in range(0x110000)"),
            (-1, "c", "ERR %c arg not in range(0x110000)"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(fi(v, spec), want, "format({}, {:?})", v, spec);
        }
    }

    #[test]
    fn bigints() {
        assert_eq!(fb("1000000000000000000000000000000", "e"), "1.000000e+30");
        assert_eq!(
            fb("1000000000000000000000000000000", ","),
            "1,000,000,000,000,000,000,000,000,000,000"
        );
        assert_eq!(fb("100000000000000000000", "_x"), "5_6bc7_5e2d_6310_0000");
        assert_eq!(fb("1267650600228229401496703205376", ".3g"), "1.27e+30");
        let huge = format!("1{}", "0".repeat(400));
        assert_eq!(fb(&huge, "g"), "ERR int too large to convert to float");
        assert_eq!(fb("-18446744073709551616", "#X"), "-0X10000000000000000");
        assert_eq!(
            fb("-18446744073709551616", "c"),
            "ERR Python int too large to convert to C long"
        );
    }

    #[test]
    fn floats() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        let cases: &[(f64, &str, &str)] = &[
            (inf, "010", "0000000inf"),
            (nan, "+010", "+000000nan"),
            (inf, "010,.2f", "0000000inf"),
            (1.0, "#", "1.0"),
            (1e16, "#", "1.e+16"),
            (1e16, "", "1e+16"),
            (0.1, ".3", "0.1"),
            (100.0, ".3", "1e+02"),
            (123.0, ".2", "1.2e+02"),
            (1.0, ".3", "1.0"),
            (1e20, ".3", "1e+20"),
            (1.0, "#g", "1.00000"),
            (1e20, "#.0g", "1.e+20"),
            (0.5, "%", "50.000000%"),
            (-0.0, ".2f", "-0.00"),
            (-0.0, "z.2f", "0.00"),
            (1234567.5, ",.2f", "1,234,567.50"),
            (1234567.5, "_", "1_234_567.5"),
            (1234567.5, ",", "1,234,567.5"),
            (1e300, ",", "1e+300"),
            (-1e-7, "015,", "-00,000,001e-07"),
            (1.5, "n", "1.5"),
            (1.5, ".0n", "2"),
            (0.0001, "g", "0.0001"),
            (0.00001, "g", "1e-05"),
            (123456789.0, "g", "1.23457e+08"),
            (1234567.0, ".10g", "1234567"),
            (1e-5, "", "1e-05"),
            (-1.2345e300, "", "-1.2345e+300"),
            (10.0, ".2", "1e+01"),
            (12.0, ".3", "12.0"),
            (1.0, "#.3", "1.00"),
            (100.0, "#.3", "1.00e+02"),
            (1e-5, "#", "1.e-05"),
            (0.0, "", "0.0"),
            (0.0, "e", "0.000000e+00"),
            (0.0, ".0e", "0e+00"),
            (0.0, "#.0e", "0.e+00"),
            (0.0, "g", "0"),
            (0.0, "#g", "0.00000"),
            (1.5, ".0f", "2"),
            (1.5, "#.0f", "2."),
            (2.5, ".0f", "2"),
            (-1234.5, "=+12,.1f", "-    1,234.5"),
            (1234.5, "n", "1234.5"),
            (nan, "F", "NAN"),
            (-inf, "E", "-INF"),
            (inf, "%", "inf%"),
            (1e301, "+", "+1e+301"),
            (0.1, "10", "       0.1"),
            (0.1, "<10", "0.1       "),
            (1e16, ".20", "10000000000000000.0"),
            (123456789012345678.0, ".20", "123456789012345680.0"),
            (1234.5678, ".2%", "123456.78%"),
            (0.5, "_%", "50.000000%"),
            (12345.6, "_.1%", "1_234_560.0%"),
            (5.0, " ", " 5.0"),
            (1e22, "f", "10000000000000000000000.000000"),
            (1e22, ",.0f", "10,000,000,000,000,000,000,000"),
            (1.5, ".0", "2e+00"),
            (2.5, ".0", "2e+00"),
            (-1234.5, "0=12,.1f", "-0,001,234.5"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "ze", "0.000000e+00"),
            (-nan, "+", "+nan"),
            (nan, "z", "nan"),
            (1.0, "010.3%", "00100.000%"),
            (f64::MAX, "z020_.9%", "0000000000000000inf%"),
            (-0.0, "z", "0.0"),
            (-0.0, "", "-0.0"),
            (-0.0, "+", "-0.0"),
            (1e16, ".17", "1e+16"),
            (0.0001, ".2", "0.0001"),
            (0.00001, ".3", "1e-05"),
            (123456.0, ".6", "1.23456e+05"),
            (1234567.0, ".6", "1.23457e+06"),
            (-1.5, "08.2f", "-0001.50"),
            (1.0, "=^", "1.0"),
            (
                1.0,
                "d",
                "ERR Unknown format code 'd' for object of type 'float'",
            ),
            (
                1.0,
                "zd",
                "ERR Unknown format code 'd' for object of type 'float'",
            ),
            (
                1.0,
                "x",
                "ERR Unknown format code 'x' for object of type 'float'",
            ),
            (
                1.0,
                "c",
                "ERR Unknown format code 'c' for object of type 'float'",
            ),
            (1.0, ",n", "ERR Cannot specify ',' with 'n'."),
            (
                1.0,
                "\u{1}",
                "ERR Unknown format code '\\x1' for object of type 'float'",
            ),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(ff(v, spec), want, "format({:e}, {:?})", v, spec);
        }
        let s = ff(1e100, ",.2f");
        assert!(s.starts_with("10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,81"));
        assert!(ff(5e-324, ".1100f").trim_end_matches('0').ends_with("504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
    }

    #[test]
    fn strings() {
        let cases: &[(&str, &str, &str)] = &[
            ("ab", "05", "ab000"),
            ("ab", "<05", "ab000"),
            ("h\u{e9}llo", "^9", "  h\u{e9}llo  "),
            ("hello", ".2", "he"),
            ("abc", "^6", " abc  "),
            ("abc", "^7", "  abc  "),
            ("abc", ">5", "  abc"),
            ("abc", "*<5s", "abc**"),
            ("x", ".0", ""),
            ("", "", ""),
            ("\u{1F600}x", ".1", "\u{1F600}"),
            (
                "a",
                "d",
                "ERR Unknown format code 'd' for object of type 'str'",
            ),
            (
                "a",
                "=",
                "ERR '=' alignment not allowed in string format specifier",
            ),
            ("a", "+", "ERR Sign not allowed in string format specifier"),
            ("a", " ", "ERR Space not allowed in string format specifier"),
            (
                "a",
                "#",
                "ERR Alternate form (#) not allowed in string format specifier",
            ),
            ("a", ",", "ERR Cannot specify ',' with 's'."),
            ("a", "_", "ERR Cannot specify '_' with 's'."),
            (
                "a",
                "z",
                "ERR Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "a",
                "abc",
                "ERR Invalid format specifier 'abc' for object of type 'str'",
            ),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(fs(v, spec), want, "format({:?}, {:?})", v, spec);
        }
        assert_eq!(
            format_str_named("a", &parse_format_spec("s").unwrap(), "X"),
            Ok(String::from("a"))
        );
        assert_eq!(
            format_int_named(
                &IntValue::Small(1),
                &parse_format_spec("s").unwrap(),
                "bool"
            ),
            Err(FormatError::Value(String::from(
                "Unknown format code 's' for object of type 'bool'"
            )))
        );
    }

    #[test]
    fn parse_fields() {
        let f = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(f.fill, Some('*'));
        assert_eq!(f.align, Some('^'));
        assert_eq!(f.sign, Some('+'));
        assert!(f.no_neg_zero && f.alternate && !f.zero);
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Some('_'));
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
        let f = parse_format_spec("010").unwrap();
        assert!(f.zero);
        assert_eq!(f.width, Some(10));
        assert!(parse_format_spec("10000001").is_err());
    }
}
