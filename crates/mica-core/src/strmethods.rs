//! Pure string helpers with Python semantics that Rust's standard library does not
//! provide directly.
//!
//! * Character predicates matching CPython 3.11 (`str.isalpha`, `isdigit`, `isnumeric`,
//!   `isdecimal`, `isspace`, `isprintable`, ...), backed by tables generated from
//!   CPython's Unicode 14 database ([`tables`]); upper/lower-case predicates and mappings
//!   use Rust's (newer) Unicode data.
//! * Splitting: [`split_whitespace_max`], [`rsplit_whitespace_max`], [`split_sep_max`],
//!   [`rsplit_sep_max`], [`splitlines`] (Python's line boundaries).
//! * Case: [`title`], [`capitalize`], [`swapcase`].
//! * Layout: [`expandtabs`], [`center`], [`ljust`], [`rjust`], [`zfill`].
//! * Representations: [`repr_str`], [`ascii_str`], [`repr_bytes`].
//!
//! Functions that could allocate huge results take a width and return `None` above
//! [`MAX_WIDTH`] instead.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub mod tables;

/// Largest width/tab size accepted by the padding helpers.
pub const MAX_WIDTH: usize = 10_000_000;

fn in_table(table: &[u32], c: char) -> bool {
    let cp = c as u32;
    // Pairs (start, end); find the last start <= cp.
    let n = table.len() / 2;
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[2 * mid] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && cp <= table[2 * (lo - 1) + 1]
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    !in_table(&tables::NON_PRINTABLE, c)
}

/// `c.isalpha()` (general categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(&tables::ALPHA, c)
}

/// `c.isdecimal()` (general category Nd).
pub fn is_decimal(c: char) -> bool {
    crate::intparse::decimal_digit_value(c).is_some()
}

/// `c.isdigit()` (numeric type Decimal or Digit, e.g. `'²'`).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&tables::DIGIT, c)
}

/// `c.isnumeric()` (any numeric type, e.g. `'½'`, `'一'`).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&tables::NUMERIC, c)
}

/// `c.isspace()`.
pub fn is_space(c: char) -> bool {
    crate::intparse::is_python_space(c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

fn is_titlecase_char(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// True for cased characters (upper, lower or title case).
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase_char(c)
}

/// Approximation of Unicode's Case_Ignorable property (used by the final-sigma rule).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}'
    ) || ('\u{300}'..='\u{36F}').contains(&c)
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isalpha()`.
pub fn str_isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}
/// `s.isdecimal()`.
pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}
/// `s.isdigit()`.
pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}
/// `s.isnumeric()`.
pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}
/// `s.isspace()`.
pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}
/// `s.isalnum()`.
pub fn str_isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}
/// `s.isascii()` (true for the empty string).
pub fn str_isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `s.isprintable()` (true for the empty string).
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isupper()`: at least one cased character and no lower/title-case ones.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase_char(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.islower()`: at least one cased character and no upper/title-case ones.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_char(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.istitle()`.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_char(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Python's `s.split(None, maxsplit)`; a negative `maxsplit` means no limit.
pub fn split_whitespace_max(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    let mut splits = 0i64;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Python's `s.rsplit(None, maxsplit)`; a negative `maxsplit` means no limit.
pub fn rsplit_whitespace_max(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    let mut splits = 0i64;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(is_space);
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// Python's `s.split(sep, maxsplit)` for a non-empty `sep` (`None` if `sep` is empty:
/// "empty separator").
pub fn split_sep_max<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Option<Vec<&'a str>> {
    if sep.is_empty() {
        return None;
    }
    Some(if maxsplit < 0 {
        s.split(sep).collect()
    } else {
        let n = usize::try_from(maxsplit)
            .unwrap_or(usize::MAX)
            .saturating_add(1);
        s.splitn(n, sep).collect()
    })
}

/// Python's `s.rsplit(sep, maxsplit)` for a non-empty `sep`.
pub fn rsplit_sep_max<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Option<Vec<&'a str>> {
    if sep.is_empty() {
        return None;
    }
    let mut v: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        let n = usize::try_from(maxsplit)
            .unwrap_or(usize::MAX)
            .saturating_add(1);
        s.rsplitn(n, sep).collect()
    };
    v.reverse();
    Some(v)
}

/// True for Python's line-boundary characters (`str.splitlines`).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// How many pieces a split makes at most, counted without building them (so the
/// caller can check the heap has room for the list first): `sep` splits (`None`:
/// whitespace), up to `maxsplit` (negative: all).
pub fn split_count(s: &str, sep: Option<&str>, maxsplit: i64) -> usize {
    let n = match sep {
        Some("") => 1,
        Some(p) => s.matches(p).count() + 1,
        None => s.split_whitespace().count(),
    };
    if maxsplit >= 0 {
        n.min(maxsplit as usize + 1)
    } else {
        n
    }
}

/// An upper bound on the pieces of `s.splitlines()`.
pub fn splitlines_count(s: &str) -> usize {
    s.chars().filter(|&c| is_line_break(c)).count() + 1
}

/// Python's `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Python's `s.expandtabs(tabsize)`; `None` if `tabsize` exceeds [`MAX_WIDTH`] or the
/// result would be too long.
pub fn expandtabs(s: &str, tabsize: i64) -> Option<String> {
    let ts = usize::try_from(tabsize.max(0)).ok()?;
    if ts > MAX_WIDTH {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    if out.len().checked_add(n)? > MAX_WIDTH.saturating_mul(10) {
                        return None;
                    }
                    out.extend(core::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Some(out)
}

fn push_title(out: &mut String, c: char) {
    match tables::TITLE.binary_search_by(|(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(tables::TITLE[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// Lower-cases `chars[i]` into `out`, applying the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3A3}' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        let after = chars[i + 1..]
            .iter()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        out.push(if before && !after {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Python's `s.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// Python's `s.capitalize()` (first character title-cased, the rest lower-cased).
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// Python's `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(core::iter::repeat_n(fill, right));
    out
}

fn margin(s: &str, width: i64) -> Option<usize> {
    let w = usize::try_from(width.max(0)).ok()?;
    if w > MAX_WIDTH {
        return None;
    }
    Some(w.saturating_sub(s.chars().count()))
}

/// Python's `s.center(width, fill)`; `None` if `width` exceeds [`MAX_WIDTH`].
pub fn center(s: &str, width: i64, fill: char) -> Option<String> {
    let m = margin(s, width)?;
    // CPython puts the odd extra column on the left when the width is odd.
    let w = width.max(0) as usize;
    let left = m / 2 + (m & w & 1);
    Some(pad(s, left, m - left, fill))
}

/// Python's `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Option<String> {
    let m = margin(s, width)?;
    Some(pad(s, 0, m, fill))
}

/// Python's `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Option<String> {
    let m = margin(s, width)?;
    Some(pad(s, m, 0, fill))
}

/// Python's `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> Option<String> {
    let m = margin(s, width)?;
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = String::with_capacity(s.len() + m);
    out.push_str(sign);
    out.extend(core::iter::repeat_n('0', m));
    out.push_str(rest);
    Some(out)
}

fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, c: char) {
    let cp = c as u32;
    if cp < 0x100 {
        out.push_str(&format!("\\x{:02x}", cp));
    } else if cp < 0x10000 {
        out.push_str(&format!("\\u{:04x}", cp));
    } else {
        out.push_str(&format!("\\U{:08x}", cp));
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let q = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == q => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
            _ => push_escaped(&mut out, c),
        }
    }
    out.push(q);
    out
}

/// Exactly Python's `repr(s)` for a str.
pub fn repr_str(s: &str) -> String {
    repr_impl(s, false)
}

/// Exactly Python's `ascii(s)` for a str (`repr` with all non-ASCII escaped).
pub fn ascii_str(s: &str) -> String {
    repr_impl(s, true)
}

/// Exactly Python's `repr(b)` for bytes (`b'...'`).
pub fn repr_bytes(b: &[u8]) -> String {
    let q = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(q);
    for &x in b {
        let c = char::from(x);
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == q => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => out.push_str(&format!("\\x{:02x}", x)),
        }
    }
    out.push(q);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn reprs() {
        // Expected values from CPython 3.11.
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "'abc'", "'abc'"),
            ("it's", "\"it's\"", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
            ("both ' \"", "'both \\' \"'", "'both \\' \"'"),
            ("a\nb\tc\rd\\", "'a\\nb\\tc\\rd\\\\'", "'a\\nb\\tc\\rd\\\\'"),
            (
                "\u{0}\u{1f}\u{7f}",
                "'\\x00\\x1f\\x7f'",
                "'\\x00\\x1f\\x7f'",
            ),
            ("caf\u{e9}", "'caf\u{e9}'", "'caf\\xe9'"),
            ("\u{a0}\u{ad}", "'\\xa0\\xad'", "'\\xa0\\xad'"),
            ("\u{4e2d}\u{6587}", "'\u{4e2d}\u{6587}'", "'\\u4e2d\\u6587'"),
            ("\u{1F600}", "'\u{1F600}'", "'\\U0001f600'"),
            (
                "\u{200b}\u{2028}\u{e000}",
                "'\\u200b\\u2028\\ue000'",
                "'\\u200b\\u2028\\ue000'",
            ),
            (
                "\u{10ffff}\u{e0001}",
                "'\\U0010ffff\\U000e0001'",
                "'\\U0010ffff\\U000e0001'",
            ),
            ("\u{378}", "'\\u0378'", "'\\u0378'"),
            ("", "''", "''"),
        ];
        for &(s, r, a) in cases {
            assert_eq!(repr_str(s), r, "repr {:?}", s);
            assert_eq!(ascii_str(s), a, "ascii {:?}", s);
        }
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        assert_eq!(repr_bytes(b"'\""), "b'\\'\"'");
        assert_eq!(
            repr_bytes(b"\x00\n\t\r\\\x7f\x80\xff "),
            "b'\\x00\\n\\t\\r\\\\\\x7f\\x80\\xff '"
        );
        assert_eq!(repr_bytes(b""), "b''");
    }

    #[test]
    fn predicates() {
        assert!(str_isalpha("abc\u{e9}\u{4e2d}"));
        assert!(!str_isalpha("\u{915}\u{93f}"));
        assert!(!str_isalpha(""));
        assert!(str_isdigit("12\u{b2}"));
        assert!(!str_isdecimal("12\u{b2}"));
        assert!(str_isdecimal("\u{661}\u{662}"));
        assert!(str_isnumeric("\u{bd}\u{4e00}"));
        assert!(!str_isdigit("\u{bd}"));
        assert!(str_isspace(" \t\n\u{1c}\u{85}\u{a0}\u{3000}"));
        assert!(!str_isspace("\u{200b}"));
        assert!(str_isalnum("a1\u{bd}"));
        assert!(!str_isalnum("a-1"));
        assert!(str_isprintable(""));
        assert!(str_isprintable("abc \u{e9}"));
        assert!(!str_isprintable("a\n"));
        assert!(str_isupper("ABC1"));
        assert!(!str_isupper("AbC"));
        assert!(!str_isupper("123"));
        assert!(str_islower("abc\u{df}"));
        assert!(str_istitle("Hello World"));
        assert!(str_istitle("\u{1c5}ungla"));
        assert!(!str_istitle("HEllo"));
        assert!(!str_istitle("hello"));
        assert!(!str_istitle(""));
    }

    #[test]
    fn splitting() {
        assert_eq!(split_whitespace_max("  a b  c  ", -1), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace_max("  a b  c  ", 1), vec!["a", "b  c  "]);
        assert_eq!(split_whitespace_max("  a b  c  ", 0), vec!["a b  c  "]);
        assert_eq!(split_whitespace_max("   ", -1), Vec::<&str>::new());
        assert_eq!(
            split_whitespace_max("a\u{3000}b\u{1c}c", -1),
            vec!["a", "b", "c"]
        );
        assert_eq!(rsplit_whitespace_max("  a b  c  ", 1), vec!["  a b", "c"]);
        assert_eq!(rsplit_whitespace_max("  a b  c  ", 0), vec!["  a b  c"]);
        assert_eq!(rsplit_whitespace_max("a\u{3000}b", -1), vec!["a", "b"]);
        assert_eq!(split_sep_max("a,b,,c", ",", 2), Some(vec!["a", "b", ",c"]));
        assert_eq!(rsplit_sep_max("a,b,,c", ",", 2), Some(vec!["a,b", "", "c"]));
        assert_eq!(split_sep_max("a", "", -1), None);
        assert_eq!(
            splitlines("a\nb\r\nc\rd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\n", false),
            vec!["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        );
        assert_eq!(splitlines("a\r\n\nb", true), vec!["a\r\n", "\n", "b"]);
        assert_eq!(splitlines("", true), Vec::<&str>::new());
        assert_eq!(splitlines("\r\r\n", false), vec!["", ""]);
    }

    #[test]
    fn case() {
        assert_eq!(title("hello wORLD it's"), "Hello World It'S");
        assert_eq!(title("\u{df}x \u{1c6}a"), "Ssx \u{1c5}a");
        assert_eq!(title("\u{fb01}sh"), "Fish");
        assert_eq!(capitalize("hELLO \u{3a3}"), "Hello \u{3c3}");
        assert_eq!(capitalize("\u{df}A"), "Ssa");
        assert_eq!(capitalize("A\u{3a3}"), "A\u{3c2}");
        assert_eq!(capitalize(""), "");
        assert_eq!(swapcase("Hello \u{df}"), "hELLO SS");
        assert_eq!(swapcase("A\u{3a3}"), "a\u{3c2}");
        assert_eq!(swapcase("\u{3a3}A"), "\u{3c3}a");
    }

    #[test]
    fn layout() {
        assert_eq!(expandtabs("a\tbc\td", 4).unwrap(), "a   bc  d");
        assert_eq!(expandtabs("ab\n\tx", 8).unwrap(), "ab\n        x");
        assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
        assert_eq!(expandtabs("a\tb", -3).unwrap(), "ab");
        assert_eq!(expandtabs("a\tb", i64::MAX), None);
        assert_eq!(center("abc", 6, ' ').unwrap(), " abc  ");
        assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
        assert_eq!(center("abc", 2, ' ').unwrap(), "abc");
        assert_eq!(center("\u{e9}", 4, '-').unwrap(), "-\u{e9}--");
        assert_eq!(center("a", 4, ' ').unwrap(), " a  ");
        assert_eq!(ljust("ab", 4, '.').unwrap(), "ab..");
        assert_eq!(rjust("ab", 4, '.').unwrap(), "..ab");
        assert_eq!(rjust("ab", -4, '.').unwrap(), "ab");
        assert_eq!(zfill("-42", 5).unwrap(), "-0042");
        assert_eq!(zfill("+x", 4).unwrap(), "+00x");
        assert_eq!(zfill("42", 1).unwrap(), "42");
        assert_eq!(zfill("", 3).unwrap(), "000");
        assert_eq!(ljust("a", i64::MAX, ' '), None);
    }
}
