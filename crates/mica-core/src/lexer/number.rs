//! Scanning numeric literals: decimal, hex, octal and binary integers (with `_`
//! separators), floats with exponents, and imaginary literals. Integers that do not
//! fit an `i64` become decimal digit strings.

use alloc::format;
use alloc::string::String;

/// The value of a numeric literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    Int(i64),
    BigInt(String),
    Float(f64),
    Imag(f64),
}

/// Scan the literal at the start of `s` (which begins with a digit, or `.` and a digit).
/// Returns the value and the number of bytes consumed.
pub fn scan_number(s: &[u8]) -> Result<(Number, usize), String> {
    if s.len() >= 2 && s[0] == b'0' {
        let radix = match s[1] {
            b'x' | b'X' => Some(16),
            b'o' | b'O' => Some(8),
            b'b' | b'B' => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            return scan_radix_int(s, radix);
        }
    }
    scan_decimal(s)
}

fn radix_name(radix: u32) -> &'static str {
    match radix {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    }
}

fn is_digit(b: u8, radix: u32) -> bool {
    (b as char).is_digit(radix)
}

/// Scan digits with single `_` separators starting at `i`; returns the end index.
/// `lead_underscore` allows one `_` before the first digit (after a radix prefix).
fn scan_digits(s: &[u8], mut i: usize, radix: u32, lead_underscore: bool) -> Result<usize, ()> {
    if lead_underscore && s.get(i) == Some(&b'_') {
        i += 1;
    }
    if !s.get(i).is_some_and(|&b| is_digit(b, radix)) {
        return Err(());
    }
    loop {
        while s.get(i).is_some_and(|&b| is_digit(b, radix)) {
            i += 1;
        }
        if s.get(i) != Some(&b'_') {
            return Ok(i);
        }
        if !s.get(i + 1).is_some_and(|&b| is_digit(b, radix)) {
            return Err(());
        }
        i += 1;
    }
}

fn digits_only(s: &[u8]) -> String {
    s.iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect()
}

fn scan_radix_int(s: &[u8], radix: u32) -> Result<(Number, usize), String> {
    let name = radix_name(radix);
    let end = match scan_digits(s, 2, radix, true) {
        Ok(end) => end,
        Err(()) => {
            // Say which digit is wrong when there is one.
            let bad = s[2..].iter().find(|&&b| b != b'_');
            return Err(match bad {
                Some(&b) if b.is_ascii_digit() => {
                    format!("invalid digit '{}' in {} literal", b as char, name)
                }
                _ => format!("invalid {name} literal"),
            });
        }
    };
    if let Some(&b) = s.get(end) {
        if b.is_ascii_digit() {
            return Err(format!("invalid digit '{}' in {} literal", b as char, name));
        }
        check_end(&s[end..], &format!("invalid {name} literal"))?;
    }
    let digits = digits_only(&s[2..end]);
    Ok((int_value(&digits, radix), end))
}

fn int_value(digits: &str, radix: u32) -> Number {
    let mut value: i64 = 0;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as i64;
        match value
            .checked_mul(radix as i64)
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => value = v,
            None => return Number::BigInt(big_decimal(digits, radix)),
        }
    }
    Number::Int(value)
}

/// The text of an integer literal too big for `i64`, as `parse_int(_, 0)` reads it:
/// decimal digits without leading zeros, or the digits of another radix after their
/// prefix (no conversion to decimal, which is quadratic in the length).
fn big_decimal(digits: &str, radix: u32) -> String {
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => {
            let t = digits.trim_start_matches('0');
            return String::from(if t.is_empty() { "0" } else { t });
        }
    };
    let mut out = String::with_capacity(prefix.len() + digits.len());
    out.push_str(prefix);
    out.push_str(digits);
    out
}

fn scan_decimal(s: &[u8]) -> Result<(Number, usize), String> {
    const INVALID: &str = "invalid decimal literal";
    let mut i = 0;
    let mut is_float = false;
    if s[0] != b'.' {
        i = scan_digits(s, 0, 10, false).map_err(|_| String::from(INVALID))?;
    }
    if s.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        if s.get(i).is_some_and(|b| b.is_ascii_digit()) {
            i = scan_digits(s, i, 10, false).map_err(|_| String::from(INVALID))?;
        }
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(|b| b.is_ascii_digit()) {
            i = scan_digits(s, j, 10, false).map_err(|_| String::from(INVALID))?;
            is_float = true;
        } else if !s[i..].starts_with(b"else") {
            // `1else` is the number 1 glued to `else` (see `check_end`).
            return Err(String::from(INVALID));
        }
    }
    let text = digits_only(&s[..i]);
    if matches!(s.get(i), Some(b'j' | b'J')) {
        i += 1;
        check_end(&s[i..], "invalid imaginary literal")?;
        return Ok((Number::Imag(parse_float(&text)?), i));
    }
    check_end(&s[i..], INVALID)?;
    if is_float {
        return Ok((Number::Float(parse_float(&text)?), i));
    }
    let trimmed = text.trim_start_matches('0');
    if trimmed.is_empty() {
        return Ok((Number::Int(0), i));
    }
    if trimmed.len() != text.len() {
        return Err(String::from(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ));
    }
    Ok((int_value(trimmed, 10), i))
}

fn parse_float(text: &str) -> Result<f64, String> {
    text.parse::<f64>()
        .map_err(|_| String::from("invalid decimal literal"))
}

/// Keywords that CPython still accepts glued to the end of a number (`1if x else 2`).
const GLUED_KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

fn check_end(rest: &[u8], msg: &str) -> Result<(), String> {
    if !continues_identifier(rest) {
        return Ok(());
    }
    if GLUED_KEYWORDS
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()))
    {
        return Ok(());
    }
    Err(String::from(msg))
}

/// Does `rest` start with a character that could continue an identifier?
fn continues_identifier(rest: &[u8]) -> bool {
    match rest.first() {
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => utf8_prefix(rest)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_alphanumeric()),
        None => false,
    }
}

fn utf8_prefix(rest: &[u8]) -> Option<&str> {
    (1..=rest.len().min(4))
        .rev()
        .find_map(|n| core::str::from_utf8(&rest[..n]).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Number {
        scan_number(s.as_bytes()).unwrap().0
    }

    #[test]
    fn integers() {
        assert_eq!(num("0"), Number::Int(0));
        assert_eq!(num("000"), Number::Int(0));
        assert_eq!(num("1_000"), Number::Int(1000));
        assert_eq!(num("0xff"), Number::Int(255));
        assert_eq!(num("0x_ff"), Number::Int(255));
        assert_eq!(num("0o17"), Number::Int(15));
        assert_eq!(num("0b101"), Number::Int(5));
        assert_eq!(
            num("99999999999999999999"),
            Number::BigInt("99999999999999999999".into())
        );
        assert_eq!(
            num("0xffffffffffffffffff"),
            Number::BigInt("0xffffffffffffffffff".into())
        );
        assert_eq!(num("9223372036854775807"), Number::Int(i64::MAX));
    }

    #[test]
    fn floats() {
        assert_eq!(num("1.5"), Number::Float(1.5));
        assert_eq!(num("1."), Number::Float(1.0));
        assert_eq!(num(".5"), Number::Float(0.5));
        assert_eq!(num("1e3"), Number::Float(1000.0));
        assert_eq!(num("1.e3"), Number::Float(1000.0));
        assert_eq!(num("1_0.2_5e-1_0"), Number::Float(10.25e-10));
        assert_eq!(num("2j"), Number::Imag(2.0));
        assert_eq!(num("1.5J"), Number::Imag(1.5));
        assert_eq!(num("1e999"), Number::Float(f64::INFINITY));
    }

    #[test]
    fn consumed_lengths() {
        assert_eq!(scan_number(b"12+3").unwrap().1, 2);
        assert_eq!(scan_number(b"1if x").unwrap().1, 1);
        assert_eq!(scan_number(b"1..real").unwrap().1, 2);
    }

    #[test]
    fn errors() {
        for bad in [
            "1abc", "0777", "1__0", "1_", "0x", "0o8", "0b2", "1e", "1e+", "0xg", "1.__x", "1jx",
        ] {
            assert!(scan_number(bad.as_bytes()).is_err(), "{bad}");
        }
        assert_eq!(
            scan_number(b"0o78").unwrap_err(),
            "invalid digit '8' in octal literal"
        );
    }
}
