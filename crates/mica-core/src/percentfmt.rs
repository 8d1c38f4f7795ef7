//! The `printf`-style engine behind `str % args` and `bytes % args`.
//!
//! The engine is VM-independent: it parses the format, and asks a [`PctSource`] for the
//! arguments. The source owns the right operand and does everything that needs the VM:
//! fetching positional arguments or mapping items, and converting them (`str()`,
//! `repr()`, `ascii()`, `__index__`, `__float__`, `__bytes__`) into a [`PctArg`].
//!
//! Supported: flags `-+ #0`, width and precision (including `*`), length modifiers
//! `h l L` (ignored), `%(key)` mapping keys (with nested parentheses), `%%`, and the
//! conversions `d i u o x X e E f F g G c s r a` (plus `b` for bytes). Errors carry
//! CPython's messages and exception types ([`PctError`]).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::floatfmt::bigint_to_float;
use crate::floatfmt::{float_to_bigint, format_exp, format_fixed, format_general, GeneralMode};
use crate::formatspec::MAX_WIDTH;
use crate::intparse::IntValue;

/// A converted argument, ready to be rendered.
#[derive(Clone, Debug, PartialEq)]
pub enum PctArg {
    /// An integer (for `d i u o x X c *`, or to be converted to float for `e f g`).
    Int(IntValue),
    /// A float (for `e E f F g G`; truncated for `d i u`).
    Float(f64),
    /// Text already produced by `str()`/`repr()`/`ascii()` (for `s r a`), or a
    /// one-character string for `%c`.
    Str(String),
    /// Bytes for `%s`/`%b` (and `%c` with a single byte) in `bytes % args`.
    Bytes(Vec<u8>),
    /// A character for `%c`.
    Char(char),
}

/// A formatting failure: the Python exception to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PctError {
    /// `TypeError(msg)`.
    Type(String),
    /// `ValueError(msg)`.
    Value(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `KeyError(key)`.
    Key(String),
    /// The source already has an exception pending (e.g. `__str__` raised); propagate it.
    Raised,
}

/// The right operand of `%`, as seen by the engine.
///
/// Positional semantics follow CPython: a tuple supplies its items; any other object is a
/// single positional argument (including a mapping, so `'%s' % {}` works). When
/// [`PctSource::is_mapping`] is true, `%(key)` looks items up and leftover positional
/// arguments are not an error.
pub trait PctSource {
    /// A handle for one argument (e.g. the VM's value type).
    type Value;

    /// True if the operand supports `%(key)` lookups (CPython: it is a mapping and not a
    /// tuple or str).
    fn is_mapping(&self) -> bool;

    /// Number of positional arguments not yet consumed.
    fn remaining(&self) -> usize;

    /// Takes the next positional argument; `None` when exhausted (the engine then raises
    /// "not enough arguments for format string").
    fn next_positional(&mut self) -> Option<Self::Value>;

    /// Looks up `key` in the mapping (the error is usually [`PctError::Key`]).
    fn lookup(&mut self, key: &str) -> Result<Self::Value, PctError>;

    /// Converts an argument for conversion character `conv`:
    ///
    /// * `'s'`, `'r'`, `'a'`: return [`PctArg::Str`] of `str()`/`repr()`/`ascii()`; in
    ///   bytes mode `'s'`/`'b'` return [`PctArg::Bytes`] (or a `TypeError`
    ///   "%b requires a bytes-like object, ...") and `'r'`/`'a'` return `ascii()`.
    /// * `'d' 'i' 'u'`: an [`PctArg::Int`] (or `Float`, which is truncated); raise
    ///   "%d format: a real number is required, not str" for other types.
    /// * `'o' 'x' 'X'`: an `Int` ("%x format: an integer is required, not float").
    /// * `'e' 'E' 'f' 'F' 'g' 'G'`: a `Float` or `Int` ("must be real number, not str").
    /// * `'c'`: an `Int`, or a `Char`/`Str` of one character (`Bytes` of one byte in bytes
    ///   mode); otherwise raise "%c requires int or char".
    /// * `'*'`: an `Int` for a `*` width or precision (else raise "* wants int").
    fn convert(&mut self, value: Self::Value, conv: char) -> Result<PctArg, PctError>;
}

struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

fn type_err<T>(msg: &str) -> Result<T, PctError> {
    Err(PctError::Type(String::from(msg)))
}

/// Formats `fmt % args` for `str`.
pub fn percent_format<S: PctSource + ?Sized>(fmt: &str, src: &mut S) -> Result<String, PctError> {
    let chars: Vec<char> = fmt.chars().collect();
    engine(&chars, src, false)
}

/// Formats `fmt % args` for `bytes`/`bytearray`.
pub fn percent_format_bytes<S: PctSource + ?Sized>(
    fmt: &[u8],
    src: &mut S,
) -> Result<Vec<u8>, PctError> {
    let chars: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let out = engine(&chars, src, true)?;
    // Every char produced in bytes mode is below U+0100.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn clamp_c_int(v: &IntValue) -> Result<i64, PctError> {
    match v.to_i64() {
        Some(i) if i >= i32::MIN as i64 && i <= i32::MAX as i64 => Ok(i),
        _ => Err(PctError::Overflow(String::from(
            "Python int too large to convert to C int",
        ))),
    }
}

fn star_value<S: PctSource + ?Sized>(src: &mut S, key_used: bool) -> Result<i64, PctError> {
    let v = next_arg(src, key_used)?;
    match src.convert(v, '*')? {
        PctArg::Int(i) => clamp_c_int(&i),
        _ => type_err("* wants int"),
    }
}

fn next_arg<S: PctSource + ?Sized>(src: &mut S, key_used: bool) -> Result<S::Value, PctError> {
    if key_used {
        return type_err("not enough arguments for format string");
    }
    match src.next_positional() {
        Some(v) => Ok(v),
        None => type_err("not enough arguments for format string"),
    }
}

fn parse_digits(chars: &[char], i: &mut usize, what: &str) -> Result<usize, PctError> {
    let mut v: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= MAX_WIDTH)
            .ok_or_else(|| PctError::Value(format!("{} too big", what)))?;
        *i += 1;
    }
    Ok(v)
}

fn engine<S: PctSource + ?Sized>(
    chars: &[char],
    src: &mut S,
    bytes: bool,
) -> Result<String, PctError> {
    let incomplete = || PctError::Value(String::from("incomplete format"));
    let mut out = String::with_capacity(chars.len() + 16);
    let mut key_used = false;
    let mut i = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        // Mapping key.
        let mut keyed: Option<S::Value> = None;
        if chars.get(i) == Some(&'(') {
            if !src.is_mapping() {
                return type_err("format requires a mapping");
            }
            let start = i + 1;
            let mut depth = 1usize;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PctError::Value(String::from("incomplete format key")));
            }
            let key: String = chars[start..i - 1].iter().collect();
            keyed = Some(src.lookup(&key)?);
            key_used = true;
        }
        let mut spec = Spec {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: 0,
            prec: None,
        };
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = star_value(src, key_used)?;
            if w < 0 {
                spec.left = true;
            }
            let w = w.unsigned_abs() as usize;
            if w > MAX_WIDTH {
                return Err(PctError::Value(String::from("width too big")));
            }
            spec.width = w;
        } else {
            spec.width = parse_digits(chars, &mut i, "width")?;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let p = star_value(src, key_used)?.max(0) as usize;
                if p > MAX_WIDTH {
                    return Err(PctError::Value(String::from("precision too big")));
                }
                spec.prec = Some(p);
            } else {
                spec.prec = Some(parse_digits(chars, &mut i, "precision")?);
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let conv = *chars.get(i).ok_or_else(incomplete)?;
        let conv_index = i;
        i += 1;
        let valid = match conv {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' | 's'
            | 'r' | 'a' => true,
            'b' => bytes,
            _ => false,
        };
        if !valid {
            let cp = conv as u32;
            let shown = if (32..=126).contains(&cp) { conv } else { '?' };
            return Err(PctError::Value(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, cp, conv_index
            )));
        }
        let value = match keyed {
            Some(v) => v,
            None => next_arg(src, key_used)?,
        };
        let arg = src.convert(value, conv)?;
        render(&mut out, conv, arg, &spec, bytes)?;
    }
    if !src.is_mapping() && src.remaining() > 0 {
        return type_err("not all arguments converted during string formatting");
    }
    Ok(out)
}

fn pad_text(out: &mut String, body: &str, spec: &Spec) {
    let len = body.chars().count();
    let pad = spec.width.saturating_sub(len);
    if spec.left {
        out.push_str(body);
        out.extend(core::iter::repeat_n(' ', pad));
    } else {
        out.extend(core::iter::repeat_n(' ', pad));
        out.push_str(body);
    }
}

fn pad_number(out: &mut String, sign: &str, prefix: &str, body: &str, spec: &Spec) {
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = spec.width.saturating_sub(len);
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(core::iter::repeat_n(' ', pad));
    } else if spec.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(core::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(core::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
}

fn sign_for(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

fn to_int(arg: PctArg, conv: char) -> Result<IntValue, PctError> {
    match arg {
        PctArg::Int(i) => Ok(i),
        PctArg::Float(x) if matches!(conv, 'd' | 'i' | 'u') => {
            if x.is_nan() {
                return Err(PctError::Value(String::from(
                    "cannot convert float NaN to integer",
                )));
            }
            float_to_bigint(x)
                .map(IntValue::from_bigint)
                .ok_or_else(|| {
                    PctError::Overflow(String::from("cannot convert float infinity to integer"))
                })
        }
        PctArg::Float(_) => Err(PctError::Type(format!(
            "%{} format: an integer is required, not float",
            conv
        ))),
        _ => Err(PctError::Type(format!(
            "%{} format: a real number is required, not str",
            conv
        ))),
    }
}

fn render(
    out: &mut String,
    conv: char,
    arg: PctArg,
    spec: &Spec,
    bytes: bool,
) -> Result<(), PctError> {
    match conv {
        's' | 'r' | 'a' | 'b' => {
            let text: String = match arg {
                PctArg::Str(s) => s,
                PctArg::Bytes(b) => b.iter().map(|&x| char::from(x)).collect(),
                PctArg::Char(c) => String::from(c),
                PctArg::Int(i) => format!("{}", i.to_bigint()),
                PctArg::Float(x) => crate::floatfmt::float_repr(x),
            };
            let body = match spec.prec {
                Some(p) => match text.char_indices().nth(p) {
                    Some((k, _)) => &text[..k],
                    None => &text[..],
                },
                None => &text[..],
            };
            pad_text(out, body, spec);
        }
        'c' => {
            let ch = match arg {
                PctArg::Char(c) => c,
                PctArg::Str(s) if s.chars().count() == 1 && !bytes => {
                    s.chars().next().unwrap_or(' ')
                }
                PctArg::Bytes(b) if b.len() == 1 && bytes => char::from(b[0]),
                PctArg::Int(i) => {
                    let limit: i64 = if bytes { 256 } else { 0x110000 };
                    let v = i
                        .to_i64()
                        .filter(|v| (0..limit).contains(v))
                        .ok_or_else(|| {
                            PctError::Overflow(String::from(if bytes {
                                "%c arg not in range(256)"
                            } else {
                                "%c arg not in range(0x110000)"
                            }))
                        })?;
                    char::from_u32(v as u32).ok_or_else(|| {
                        PctError::Overflow(String::from("%c arg not in range(0x110000)"))
                    })?
                }
                _ => {
                    return type_err(if bytes {
                        "%c requires an integer in range(256) or a single byte"
                    } else {
                        "%c requires int or char"
                    })
                }
            };
            if bytes && (ch as u32) > 0xff {
                return type_err("%c requires an integer in range(256) or a single byte");
            }
            let mut buf = [0u8; 4];
            pad_text(out, ch.encode_utf8(&mut buf), spec);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let v = to_int(arg, conv)?;
            let (radix, prefix) = match conv {
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let mut digits = v.magnitude_digits(radix);
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = spec.prec {
                if digits.len() < p {
                    let mut z = String::with_capacity(p);
                    z.extend(core::iter::repeat_n('0', p - digits.len()));
                    z.push_str(&digits);
                    digits = z;
                }
            }
            let prefix = if spec.alt { prefix } else { "" };
            pad_number(out, sign_for(v.is_negative(), spec), prefix, &digits, spec);
        }
        _ => {
            // e E f F g G
            let x = match arg {
                PctArg::Float(x) => x,
                PctArg::Int(IntValue::Small(i)) => i as f64,
                PctArg::Int(IntValue::Big(b)) => bigint_to_float(&b).ok_or_else(|| {
                    PctError::Overflow(String::from("int too large to convert to float"))
                })?,
                _ => return type_err("must be real number, not str"),
            };
            let upper = matches!(conv, 'E' | 'F' | 'G');
            let body = if x.is_nan() {
                String::from(if upper { "NAN" } else { "nan" })
            } else if x.is_infinite() {
                String::from(if upper { "INF" } else { "inf" })
            } else {
                let p = spec.prec.unwrap_or(6);
                match conv {
                    'e' | 'E' => format_exp(x, p, spec.alt, upper),
                    'f' | 'F' => format_fixed(x, p, spec.alt),
                    _ => format_general(x, GeneralMode::G(p), spec.alt, upper),
                }
            };
            let negative = x.is_sign_negative() && !x.is_nan();
            pad_number(out, sign_for(negative, spec), "", &body, spec);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    /// A test source: positional values or a mapping of `(key, value)` pairs.
    #[derive(Clone)]
    enum V {
        I(i64),
        F(f64),
        S(&'static str),
        B(&'static [u8]),
        Map,
    }

    struct Src {
        items: Vec<V>,
        pos: usize,
        map: Option<Vec<(&'static str, V)>>,
        bytes: bool,
    }

    impl Src {
        fn tuple(items: Vec<V>) -> Src {
            Src {
                items,
                pos: 0,
                map: None,
                bytes: false,
            }
        }
        fn mapping(map: Vec<(&'static str, V)>) -> Src {
            Src {
                items: vec![V::Map],
                pos: 0,
                map: Some(map),
                bytes: false,
            }
        }
    }

    fn py_repr(s: &str) -> String {
        format!("'{}'", s)
    }

    impl PctSource for Src {
        type Value = V;
        fn is_mapping(&self) -> bool {
            self.map.is_some()
        }
        fn remaining(&self) -> usize {
            self.items.len() - self.pos
        }
        fn next_positional(&mut self) -> Option<V> {
            let v = self.items.get(self.pos).cloned();
            if v.is_some() {
                self.pos += 1;
            }
            v
        }
        fn lookup(&mut self, key: &str) -> Result<V, PctError> {
            self.map
                .as_ref()
                .and_then(|m| m.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
                .ok_or_else(|| PctError::Key(String::from(key)))
        }
        fn convert(&mut self, v: V, conv: char) -> Result<PctArg, PctError> {
            let tname = match v {
                V::I(_) => "int",
                V::F(_) => "float",
                V::S(_) => "str",
                V::B(_) => "bytes",
                V::Map => "dict",
            };
            Ok(match (conv, v) {
                ('s' | 'b', V::B(b)) if self.bytes => PctArg::Bytes(b.to_vec()),
                ('s' | 'b', _) if self.bytes => {
                    return Err(PctError::Type(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        tname
                    )))
                }
                ('s', V::S(s)) => PctArg::Str(String::from(s)),
                ('r' | 'a', V::S(s)) => PctArg::Str(py_repr(s)),
                ('r' | 'a', V::B(b)) => {
                    PctArg::Str(format!("b'{}'", core::str::from_utf8(b).unwrap()))
                }
                ('s' | 'r' | 'a', V::I(i)) => PctArg::Str(format!("{}", i)),
                ('s' | 'r' | 'a', V::F(x)) => PctArg::Str(crate::floatfmt::float_repr(x)),
                ('s' | 'r' | 'a', V::Map) => PctArg::Str(String::from("{...}")),
                ('*', V::I(i)) => PctArg::Int(IntValue::Small(i)),
                ('*', _) => return Err(PctError::Type(String::from("* wants int"))),
                ('c', V::S(s)) => PctArg::Str(String::from(s)),
                ('c', V::B(b)) => PctArg::Bytes(b.to_vec()),
                ('c', V::I(i)) => PctArg::Int(IntValue::Small(i)),
                ('c', _) => {
                    return Err(PctError::Type(String::from("%c requires int or char")))
                }
                (_, V::I(i)) => PctArg::Int(IntValue::Small(i)),
                ('d' | 'i' | 'u', V::F(x)) => PctArg::Float(x),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', V::F(x)) => PctArg::Float(x),
                ('o' | 'x' | 'X', V::F(_)) => {
                    return Err(PctError::Type(format!(
                        "%{} format: an integer is required, not float",
                        conv
                    )))
                }
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', _) => {
                    return Err(PctError::Type(format!(
                        "%{} format: a real number is required, not {}",
                        conv, tname
                    )))
                }
                (_, _) => {
                    return Err(PctError::Type(format!(
                        "must be real number, not {}",
                        tname
                    )))
                }
            })
        }
    }

    fn show(r: Result<String, PctError>) -> String {
        match r {
            Ok(s) => s,
            Err(PctError::Type(m)) => format!("TypeError: {}", m),
            Err(PctError::Value(m)) => format!("ValueError: {}", m),
            Err(PctError::Overflow(m)) => format!("OverflowError: {}", m),
            Err(PctError::Key(k)) => format!("KeyError: '{}'", k),
            Err(PctError::Raised) => String::from("Raised"),
        }
    }

    fn t(fmt: &str, items: Vec<V>) -> String {
        show(percent_format(fmt, &mut Src::tuple(items)))
    }

    fn m(fmt: &str, map: Vec<(&'static str, V)>) -> String {
        show(percent_format(fmt, &mut Src::mapping(map)))
    }

    #[test]
    fn positional() {
        use V::*;
        let inf = f64::INFINITY;
        // Expected values from CPython 3.11.
        let cases: Vec<(&str, Vec<V>, &str)> = vec![
            (
                "%s %s",
                vec![I(1)],
                "TypeError: not enough arguments for format string",
            ),
            (
                "%s",
                vec![I(1), I(2)],
                "TypeError: not all arguments converted during string formatting",
            ),
            (
                "%y",
                vec![I(1)],
                "ValueError: unsupported format character 'y' (0x79) at index 1",
            ),
            (
                "abc%y",
                vec![I(1)],
                "ValueError: unsupported format character 'y' (0x79) at index 4",
            ),
            (
                "%5%",
                vec![I(1)],
                "ValueError: unsupported format character '%' (0x25) at index 2",
            ),
            (
                "%\u{e9}",
                vec![I(1)],
                "ValueError: unsupported format character '?' (0xe9) at index 1",
            ),
            (
                "\u{e9}%\n",
                vec![I(1)],
                "ValueError: unsupported format character '?' (0xa) at index 2",
            ),
            ("abc%", vec![], "ValueError: incomplete format"),
            ("%s%", vec![I(1)], "ValueError: incomplete format"),
            ("% ", vec![], "ValueError: incomplete format"),
            ("%*", vec![I(5)], "ValueError: incomplete format"),
            ("%.*", vec![I(5)], "ValueError: incomplete format"),
            ("%(a)s", vec![I(1)], "TypeError: format requires a mapping"),
            ("%*d", vec![I(5), I(3)], "    3"),
            ("%-*d", vec![I(5), I(3)], "3    "),
            ("%*d", vec![I(-5), I(3)], "3    "),
            ("%.*f", vec![I(2), F(1.23456)], "1.23"),
            ("%*.*f", vec![I(8), I(2), F(1.23456)], "    1.23"),
            ("%*d", vec![S("x"), I(3)], "TypeError: * wants int"),
            ("%05d", vec![I(-3)], "-0003"),
            ("%-05d", vec![I(-3)], "-3   "),
            ("%+d", vec![I(3)], "+3"),
            ("% d", vec![I(3)], " 3"),
            ("%+ d", vec![I(3)], "+3"),
            ("%.5d", vec![I(-3)], "-00003"),
            ("%#x", vec![I(255)], "0xff"),
            ("%#X", vec![I(255)], "0XFF"),
            ("%#o", vec![I(8)], "0o10"),
            ("%x", vec![I(-31)], "-1f"),
            ("%#08x", vec![I(255)], "0x0000ff"),
            ("%08.3d", vec![I(-5)], "-0000005"),
            ("%c", vec![I(65)], "A"),
            ("%c", vec![S("x")], "x"),
            ("%c", vec![S("xy")], "TypeError: %c requires int or char"),
            (
                "%c",
                vec![I(0x110000)],
                "OverflowError: %c arg not in range(0x110000)",
            ),
            ("%c", vec![F(3.5)], "TypeError: %c requires int or char"),
            ("%5c", vec![I(65)], "    A"),
            ("%*c", vec![I(3), S("x")], "  x"),
            ("%-3c|", vec![S("x")], "x  |"),
            ("%#c", vec![I(65)], "A"),
            ("%+c", vec![I(65)], "A"),
            ("%f", vec![F(inf)], "inf"),
            ("%05f", vec![F(inf)], "00inf"),
            ("%010.3f", vec![F(-inf)], "-000000inf"),
            ("%F", vec![F(f64::NAN)], "NAN"),
            ("%e", vec![F(1.5)], "1.500000e+00"),
            ("%E", vec![F(1.5)], "1.500000E+00"),
            ("%G", vec![F(1e-10)], "1E-10"),
            ("%g", vec![F(1e-5)], "1e-05"),
            ("%g", vec![F(123456789.0)], "1.23457e+08"),
            ("%#g", vec![F(1.0)], "1.00000"),
            ("%#.3g", vec![F(1.0)], "1.00"),
            ("%.20g", vec![F(0.1)], "0.10000000000000000555"),
            ("%#.0f", vec![F(1.0)], "1."),
            ("%.0e", vec![F(2.5)], "2e+00"),
            ("%.f", vec![F(1.5)], "2"),
            ("%.d", vec![I(5)], "5"),
            ("%.0d", vec![I(0)], "0"),
            ("%+.3e", vec![F(12345.678)], "+1.235e+04"),
            ("%010.3e", vec![F(-1.5)], "-1.500e+00"),
            ("%-10.3e|", vec![F(-1.5)], "-1.500e+00|"),
            ("%-+#0 12.3f|", vec![F(1.23456)], "+1.235      |"),
            ("%f", vec![I(3)], "3.000000"),
            ("%.3s", vec![S("abcdef")], "abc"),
            ("%r", vec![S("a")], "'a'"),
            ("%10.2r", vec![S("abc")], "        'a"),
            ("%5.1s|", vec![S("abc")], "    a|"),
            ("%05s", vec![S("ab")], "   ab"),
            ("%-05s|", vec![S("ab")], "ab   |"),
            ("%+s", vec![S("ab")], "ab"),
            ("%i %u", vec![I(1), I(2)], "1 2"),
            ("%ld %hd %Lf", vec![I(5), I(5), I(5)], "5 5 5.000000"),
            ("%%", vec![], "%"),
            (
                "%%",
                vec![I(1)],
                "TypeError: not all arguments converted during string formatting",
            ),
            ("%%%s", vec![I(1)], "%1"),
            (
                "%s",
                vec![],
                "TypeError: not enough arguments for format string",
            ),
            ("", vec![], ""),
            (
                "",
                vec![I(1)],
                "TypeError: not all arguments converted during string formatting",
            ),
            (
                "%x",
                vec![F(3.5)],
                "TypeError: %x format: an integer is required, not float",
            ),
            ("%d", vec![F(3.7)], "3"),
            ("%d", vec![F(-3.7)], "-3"),
            (
                "%d",
                vec![S("3")],
                "TypeError: %d format: a real number is required, not str",
            ),
            (
                "%f",
                vec![S("3")],
                "TypeError: must be real number, not str",
            ),
            ("%0-5d|", vec![I(1)], "1    |"),
            ("%#5x", vec![I(0)], "  0x0"),
            ("%#5o", vec![I(0)], "  0o0"),
            ("%#.3o", vec![I(8)], "0o010"),
            ("%.3x", vec![I(-5)], "-005"),
            ("%.2s%%%d", vec![S("abc"), I(5)], "ab%5"),
            ("%5d%%", vec![I(3)], "    3%"),
            ("%.*d", vec![I(-3), I(5)], "5"),
            ("%.*s", vec![I(-1), S("abc")], ""),
            ("%*s", vec![I(-3), S("ab")], "ab "),
            (
                "%.*s",
                vec![I(1 << 40), S("ab")],
                "OverflowError: Python int too large to convert to C int",
            ),
            (
                "%s|%5s|%-5s|",
                vec![S("\u{e9}"), S("\u{4e2d}"), S("\u{1F600}")],
                "\u{e9}|    \u{4e2d}|\u{1F600}    |",
            ),
            (
                "%b",
                vec![I(1)],
                "ValueError: unsupported format character 'b' (0x62) at index 1",
            ),
            (
                "%d",
                vec![F(f64::NAN)],
                "ValueError: cannot convert float NaN to integer",
            ),
            (
                "%d",
                vec![F(inf)],
                "OverflowError: cannot convert float infinity to integer",
            ),
            ("%99999999999d", vec![I(1)], "ValueError: width too big"),
        ];
        for (fmt, items, want) in cases {
            assert_eq!(t(fmt, items), want, "{:?}", fmt);
        }
    }

    #[test]
    fn mapping() {
        use V::*;
        assert_eq!(m("%(a)s %(b)d", vec![("a", S("x")), ("b", I(3))]), "x 3");
        assert_eq!(m("%s", vec![("a", I(1))]), "{...}");
        assert_eq!(m("%(a)s", vec![("a", I(1)), ("b", I(2))]), "1");
        assert_eq!(m("%((a))s", vec![("(a)", I(1))]), "1");
        assert_eq!(m("%(a)%", vec![]), "KeyError: 'a'");
        assert_eq!(
            m("%(a)", vec![("a", I(1))]),
            "ValueError: incomplete format"
        );
        assert_eq!(
            m("%(a", vec![("a", I(1))]),
            "ValueError: incomplete format key"
        );
        assert_eq!(m("abc%(", vec![]), "ValueError: incomplete format key");
        assert_eq!(
            m("%(a)*d", vec![("a", I(1))]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            m("%(a)s %s", vec![("a", I(1))]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(m("%s %(a)s", vec![("a", I(1))]), "{...} 1");
        assert_eq!(m("", vec![]), "");
        assert_eq!(m("%(a)-4d|", vec![("a", I(7))]), "7   |");
    }

    #[test]
    fn bytes_mode() {
        use V::*;
        let mut src = Src::tuple(vec![B(b"ab"), I(65), B(b"z"), B(b"q"), B(b"x"), I(255)]);
        src.bytes = true;
        let r = percent_format_bytes(b"%s %c %c %5b %r %x", &mut src);
        assert_eq!(r, Ok(b"ab A z     q b'x' ff".to_vec()));
        let mut src = Src::tuple(vec![I(256)]);
        src.bytes = true;
        assert_eq!(
            percent_format_bytes(b"%c", &mut src),
            Err(PctError::Overflow(String::from("%c arg not in range(256)")))
        );
        let mut src = Src::tuple(vec![S("a")]);
        src.bytes = true;
        assert_eq!(
            percent_format_bytes(b"%c", &mut src),
            Err(PctError::Type(String::from(
                "%c requires an integer in range(256) or a single byte"
            )))
        );
        let mut src = Src::tuple(vec![S("a")]);
        src.bytes = true;
        assert_eq!(
            percent_format_bytes(b"%s", &mut src),
            Err(PctError::Type(String::from(
                "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'"
            )))
        );
        let mut src = Src::tuple(vec![I(1)]);
        src.bytes = true;
        assert_eq!(
            percent_format_bytes(b"%y", &mut src),
            Err(PctError::Value(String::from(
                "unsupported format character 'y' (0x79) at index 1"
            )))
        );
        let mut src = Src::tuple(vec![B(b"\xff\x00")]);
        src.bytes = true;
        assert_eq!(
            percent_format_bytes(b"\xfe%s", &mut src),
            Ok(b"\xfe\xff\x00".to_vec())
        );
    }
}
