//! Integer parsing and radix formatting with Python semantics.
//!
//! [`parse_int`] implements the string syntax of `int(str, base)`: surrounding whitespace,
//! a sign, single underscores between digits (and directly after a base prefix such as
//! `0x_ff`), base 0 auto-detection (rejecting leading zeros like `012`), prefixes
//! `0x`/`0o`/`0b` when they match the base, and non-ASCII Unicode decimal digits.
//!
//! [`int_to_str_radix`] renders `bin()`/`oct()`/`hex()` style strings (`-0x1f`).
//!
//! Note: CPython 3.11 additionally limits decimal conversions to 4300 digits
//! (`sys.set_int_max_str_digits`); that policy is left to the caller
//! (see [`INT_MAX_STR_DIGITS`]).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// CPython 3.11's default limit on the number of digits in a non-power-of-two base
/// conversion. Not enforced here; offered for callers that want the same policy.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// An integer value: small when it fits in an `i64`, big otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntValue {
    /// Fits in an `i64`.
    Small(i64),
    /// Arbitrary precision (not necessarily normalized; see [`IntValue::normalize`]).
    Big(BigInt),
}

impl IntValue {
    /// Builds a normalized value from a `BigInt` (`Small` when it fits).
    pub fn from_bigint(b: BigInt) -> IntValue {
        match b.to_i64() {
            Some(v) => IntValue::Small(v),
            None => IntValue::Big(b),
        }
    }

    /// Returns the same value in normalized form.
    pub fn normalize(self) -> IntValue {
        match self {
            IntValue::Big(b) => IntValue::from_bigint(b),
            s => s,
        }
    }

    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(*v),
            IntValue::Big(b) => b.clone(),
        }
    }

    /// The value as an `i64` if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(b) => b.to_i64(),
        }
    }

    /// True when the value is below zero.
    pub fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(v) => *v < 0,
            IntValue::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// True when the value is zero.
    pub fn is_zero(&self) -> bool {
        match self {
            IntValue::Small(v) => *v == 0,
            IntValue::Big(b) => b.is_zero(),
        }
    }

    /// Digits of the absolute value in `radix` (2..=36, lowercase); other radices use 10.
    pub fn magnitude_digits(&self, radix: u32) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        match self {
            IntValue::Small(v) => {
                let m = v.unsigned_abs();
                match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    10 => format!("{}", m),
                    16 => format!("{:x}", m),
                    _ => {
                        let mut digs = Vec::new();
                        let mut m = m;
                        loop {
                            let d = (m % radix as u64) as u32;
                            digs.push(char::from_digit(d, radix).unwrap_or('?'));
                            m /= radix as u64;
                            if m == 0 {
                                break;
                            }
                        }
                        digs.iter().rev().collect()
                    }
                }
            }
            IntValue::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }
}

/// Unicode decimal digits (general category Nd) come in runs of ten; these are the
/// code points of each run's zero (Unicode 14, as in CPython 3.11).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a Unicode decimal digit (`str.isdecimal()` characters), e.g.
/// `'7' -> 7`, `'\u{667}' -> 7`.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return if c.is_ascii_digit() {
            Some(cp - 0x30)
        } else {
            None
        };
    }
    let idx = match DECIMAL_ZEROS.binary_search(&cp) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let off = cp - DECIMAL_ZEROS[idx];
    if off < 10 {
        Some(off)
    } else {
        None
    }
}

/// Python's notion of whitespace for `str.strip()`/`int()`/`float()`
/// (`str.isspace()` characters).
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii_alphanumeric() {
        c.to_digit(36)
    } else {
        decimal_digit_value(c)
    }
}

/// An upper bound of the bytes an integer written with `digits` digits in `base`
/// takes (at most 6 bits a digit for base 36), for charging the heap before a long
/// text is converted.
pub fn int_bytes_bound(digits: usize, base: u32) -> usize {
    let bits = match base {
        0..=2 => 1,
        3..=4 => 2,
        5..=8 => 3,
        9..=16 => 4,
        17..=32 => 5,
        _ => 6,
    };
    digits.saturating_mul(bits) / 8 + 8
}

/// Parses `s` like Python's `int(s, base)`. `base` is 0 or 2..=36 (anything else is an
/// error; the caller should raise "int() base must be >= 2 and <= 36, or 0" itself).
/// On `Err` the caller raises
/// `ValueError: invalid literal for int() with base {base}: {repr(s)}`.
#[allow(clippy::result_unit_err)]
pub fn parse_int(s: &str, base: u32) -> Result<IntValue, ()> {
    if base == 1 || base > 36 {
        return Err(());
    }
    let s = s.trim_matches(is_python_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    // Walk the text without copying it into wide characters: a literal may be
    // megabytes long, and only `clean` (one byte a digit) is built.
    let mut base = base;
    let mut rest = body;
    let mut after_prefix = false;
    let b = body.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        let pb = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if pb != 0 && (base == 0 || base == pb) {
            base = pb;
            rest = &body[2..];
            after_prefix = true;
        }
    }
    let base0_decimal = base == 0;
    if base == 0 {
        base = 10;
    }
    if after_prefix && rest.starts_with('_') {
        rest = &rest[1..];
    }
    let mut clean: Vec<u8> = Vec::with_capacity(rest.len());
    let mut prev_digit = false;
    for c in rest.chars() {
        if c == '_' {
            if !prev_digit {
                return Err(());
            }
            prev_digit = false;
        } else {
            let d = digit_value(c).ok_or(())?;
            if d >= base {
                return Err(());
            }
            clean.push(if d < 10 {
                b'0' + d as u8
            } else {
                b'a' + (d - 10) as u8
            });
            prev_digit = true;
        }
    }
    if clean.is_empty() || !prev_digit {
        return Err(());
    }
    if base0_decimal && clean[0] == b'0' && clean.iter().any(|&b| b != b'0') {
        return Err(());
    }
    // `clean` is ASCII by construction.
    let text = core::str::from_utf8(&clean).map_err(|_| ())?;
    if let Ok(m) = u64::from_str_radix(text, base) {
        if neg {
            if m <= i64::MAX as u64 + 1 {
                return Ok(IntValue::Small((m as i64).wrapping_neg()));
            }
        } else if m <= i64::MAX as u64 {
            return Ok(IntValue::Small(m as i64));
        }
    }
    let mag = BigInt::parse_bytes(&clean, base).ok_or(())?;
    Ok(IntValue::from_bigint(if neg { -mag } else { mag }))
}

/// Renders an integer in `radix` (2..=36; anything else means 10), lowercase digits, with
/// the `0b`/`0o`/`0x` prefix for radix 2/8/16 when `prefix` is set: `-0x1f`, `0b101`.
pub fn int_to_str_radix(i: &IntValue, radix: u32, prefix: bool) -> String {
    let digits = i.magnitude_digits(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if i.is_negative() {
        out.push('-');
    }
    if prefix {
        match radix {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> IntValue {
        IntValue::from_bigint(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn parse_ok() {
        let cases: &[(&str, u32, i64)] = &[
            ("0", 10, 0),
            ("  -42\n", 10, -42),
            ("+7", 0, 7),
            ("1_000", 10, 1000),
            ("0x_ff", 0, 255),
            ("0x_ff", 16, 255),
            ("0XFF", 0, 255),
            ("ff", 16, 255),
            ("0o17", 0, 15),
            ("0b101", 0, 5),
            ("0b101", 2, 5),
            ("0b1", 16, 0xb1),
            ("000", 0, 0),
            ("0_0", 0, 0),
            ("012", 10, 12),
            ("z", 36, 35),
            ("Zz", 36, 1295),
            ("\u{661}\u{662}", 10, 12),
            ("\u{FF11}\u{FF10}", 0, 10),
            ("-9223372036854775808", 10, i64::MIN),
            ("9223372036854775807", 10, i64::MAX),
            ("0b_1_0", 0, 2),
            ("-0o7_7", 8, -63),
            ("\u{BE7}", 2, 1),
        ];
        for &(s, b, want) in cases {
            assert_eq!(parse_int(s, b), Ok(IntValue::Small(want)), "{:?} {}", s, b);
        }
        assert_eq!(
            parse_int("9223372036854775808", 10),
            Ok(big("9223372036854775808"))
        );
        assert_eq!(
            parse_int("-9223372036854775809", 0),
            Ok(big("-9223372036854775809"))
        );
        assert_eq!(
            parse_int("0x1_0000_0000_0000_0000", 0),
            Ok(big("18446744073709551616"))
        );
    }

    #[test]
    fn parse_err() {
        let cases: &[(&str, u32)] = &[
            ("", 10),
            ("  ", 10),
            ("-", 10),
            ("012", 0),
            ("0_7", 0),
            ("1__0", 10),
            ("_1", 10),
            ("1_", 10),
            ("0x", 16),
            ("0x", 0),
            ("0x_", 0),
            ("0x__1", 0),
            ("0b2", 0),
            ("0o8", 8),
            ("0x1f", 10),
            ("0b1", 8),
            ("12a", 10),
            ("1 2", 10),
            ("--1", 10),
            ("1.0", 10),
            ("10", 1),
            ("10", 37),
            ("_0x1", 0),
            ("0_x1", 16),
        ];
        for &(s, b) in cases {
            assert_eq!(parse_int(s, b), Err(()), "{:?} {}", s, b);
        }
    }

    #[test]
    fn radix() {
        assert_eq!(int_to_str_radix(&IntValue::Small(-31), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&IntValue::Small(5), 2, true), "0b101");
        assert_eq!(int_to_str_radix(&IntValue::Small(0), 8, true), "0o0");
        assert_eq!(int_to_str_radix(&IntValue::Small(35), 36, false), "z");
        assert_eq!(
            int_to_str_radix(&IntValue::Small(i64::MIN), 16, true),
            "-0x8000000000000000"
        );
        assert_eq!(
            int_to_str_radix(&big("-340282366920938463463374607431768211456"), 16, true),
            "-0x100000000000000000000000000000000"
        );
        assert_eq!(int_to_str_radix(&IntValue::Small(-1295), 36, false), "-zz");
    }

    #[test]
    fn digits() {
        assert_eq!(decimal_digit_value('7'), Some(7));
        assert_eq!(decimal_digit_value('\u{1D7FF}'), Some(9));
        assert_eq!(decimal_digit_value('\u{B2}'), None);
        assert_eq!(decimal_digit_value('a'), None);
    }
}
