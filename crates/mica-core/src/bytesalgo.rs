//! Pure byte-string algorithms with the semantics of Python's `bytes` methods (ASCII-only
//! case and character classes, `\n`/`\r` line breaks), independent of the VM.

use alloc::vec::Vec;

/// `bytes.isspace` whitespace: space, `\t`, `\n`, `\r`, `\x0b`, `\x0c`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// First position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Last position of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of `needle` (an empty needle matches `len + 1` times).
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// `replace(old, new, count)`; a negative count replaces everything.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], max: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    if old.is_empty() {
        for (i, &b) in hay.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
            if i + 1 == hay.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if hay.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        match find(&hay[i..], old) {
            Some(p) => {
                out.extend_from_slice(&hay[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// `split(sep, maxsplit)` with an explicit, non-empty separator.
pub fn split_sep<'a>(s: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while max < 0 || (out.len() as i64) < max {
        match find(&s[i..], sep) {
            Some(p) => {
                out.push(&s[i..i + p]);
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&s[i..]);
    out
}

/// `rsplit(sep, maxsplit)` with an explicit, non-empty separator.
pub fn rsplit_sep<'a>(s: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = s.len();
    while max < 0 || (out.len() as i64) < max {
        match rfind(&s[..end], sep) {
            Some(p) => {
                out.push(&s[p + sep.len()..end]);
                end = p;
            }
            None => break,
        }
    }
    out.push(&s[..end]);
    out.reverse();
    out
}

/// `split(None, maxsplit)`: runs of whitespace separate, ends are trimmed.
pub fn split_ws(s: &[u8], max: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i == s.len() {
            break;
        }
        if max >= 0 && out.len() as i64 == max {
            out.push(&s[i..]);
            break;
        }
        let start = i;
        while i < s.len() && !is_space(s[i]) {
            i += 1;
        }
        out.push(&s[start..i]);
    }
    out
}

/// `rsplit(None, maxsplit)`.
pub fn rsplit_ws(s: &[u8], max: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut end = s.len();
    loop {
        while end > 0 && is_space(s[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if max >= 0 && out.len() as i64 == max {
            out.push(&s[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_space(s[end - 1]) {
            end -= 1;
        }
        out.push(&s[end..stop]);
    }
    out.reverse();
    out
}

/// `splitlines(keepends)`: lines end at `\n`, `\r` or `\r\n`.
pub fn splitlines(s: &[u8], keep: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let brk = match s[i] {
            b'\r' if s.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if brk == 0 {
            i += 1;
            continue;
        }
        out.push(&s[start..if keep { i + brk } else { i }]);
        i += brk;
        start = i;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `title()`: upper-case letters that follow an uncased byte, lower-case the others.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub fn capitalize(s: &[u8]) -> Vec<u8> {
    s.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

pub fn istitle(s: &[u8]) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

pub fn isupper(s: &[u8]) -> bool {
    s.iter().any(|b| b.is_ascii_uppercase()) && !s.iter().any(|b| b.is_ascii_lowercase())
}

pub fn islower(s: &[u8]) -> bool {
    s.iter().any(|b| b.is_ascii_lowercase()) && !s.iter().any(|b| b.is_ascii_uppercase())
}

/// Padding `(left, right)` to reach `width` when centring `len` bytes (CPython's rule:
/// the extra byte goes left when both the margin and the width are odd).
pub fn center_pad(len: usize, width: usize) -> (usize, usize) {
    let marg = width.saturating_sub(len);
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// `zfill(width)`: pad with `0` after any leading sign.
pub fn zfill(s: &[u8], width: usize) -> Vec<u8> {
    if s.len() >= width {
        return s.to_vec();
    }
    let fill = width - s.len();
    let mut out = Vec::with_capacity(width);
    let signed = matches!(s.first(), Some(b'+') | Some(b'-'));
    if signed {
        out.push(s[0]);
    }
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(if signed { &s[1..] } else { s });
    out
}

/// `expandtabs(tabsize)`.
pub fn expandtabs(s: &[u8], tab: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0usize;
    for &b in s {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    out
}

/// `hex(sep, bytes_per_sep)`: groups are counted from the right for a positive
/// `per`, from the left for a negative one.
pub fn hex(d: &[u8], sep: Option<char>, per: i64) -> alloc::string::String {
    let mut out = alloc::string::String::with_capacity(d.len() * 3);
    let n = d.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if let Some(c) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(c);
                }
            }
        }
        out.push_str(&alloc::format!("{b:02x}"));
    }
    out
}

/// `fromhex(s)`: pairs of hex digits, whitespace allowed between pairs. On error,
/// the position of the offending character.
pub fn fromhex(s: &str) -> Result<Vec<u8>, usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == 0x0b {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or(i)?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| (c as char).to_digit(16))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitting() {
        assert_eq!(split_ws(b"  a b  c ", 1), [&b"a"[..], b"b  c "]);
        assert_eq!(rsplit_ws(b"a b c", 1), [&b"a b"[..], b"c"]);
        assert_eq!(rsplit_sep(b"a,b,c", b",", 1), [&b"a,b"[..], b"c"]);
        assert_eq!(splitlines(b"a\nb\r\nc", false), [&b"a"[..], b"b", b"c"]);
    }

    #[test]
    fn replacing() {
        assert_eq!(replace(b"ab", b"", b"-", -1), b"-a-b-");
        assert_eq!(replace(b"aaa", b"a", b"b", 2), b"bba");
        assert_eq!(count(b"aaaa", b"aa"), 2);
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hex(b"\x01\x02\x03", Some('-'), 2), "01-0203");
        assert_eq!(hex(b"\x01\x02\x03", Some('-'), -2), "0102-03");
        assert_eq!(fromhex("ff 00"), Ok(alloc::vec![255, 0]));
    }
}
