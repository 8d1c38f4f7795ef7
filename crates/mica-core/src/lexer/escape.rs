//! Decoding the body of a string or bytes literal: backslash escapes and the
//! bytes-only-ASCII rule. Errors come back as plain messages; the caller adds the line.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Decode a `str` literal body (the text between the quotes).
pub fn decode_str(raw: &str, is_raw: bool) -> Result<String, String> {
    if is_raw || !raw.contains('\\') {
        return Ok(String::from(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            'u' | 'U' | 'x' => {
                let count = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let value = take_hex(&mut chars, count).ok_or_else(|| {
                    format!("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\{e}XX escape")
                })?;
                out.push(code_point(value)?);
            }
            'N' => {
                return Err(String::from(
                    "(unicode error) \\N{...} escapes are not supported",
                ))
            }
            '0'..='7' => {
                let value = take_octal(e, &mut chars);
                out.push(code_point(value)?);
            }
            _ => match simple_escape(e) {
                Some(b) => out.push(b as char),
                None => {
                    out.push('\\');
                    out.push(e);
                }
            },
        }
    }
    Ok(out)
}

/// Decode a `bytes` literal body; every source character must be ASCII.
pub fn decode_bytes(raw: &str, is_raw: bool) -> Result<Vec<u8>, String> {
    if !raw.is_ascii() {
        return Err(String::from(
            "bytes can only contain ASCII literal characters",
        ));
    }
    if is_raw {
        return Ok(Vec::from(raw.as_bytes()));
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push(b'\\');
            break;
        };
        match e {
            '\n' => {}
            'x' => {
                let value = take_hex(&mut chars, 2)
                    .ok_or_else(|| String::from("(value error) invalid \\x escape"))?;
                out.push(value as u8);
            }
            '0'..='7' => out.push((take_octal(e, &mut chars) & 0xFF) as u8),
            _ => match simple_escape(e) {
                Some(b) => out.push(b),
                None => {
                    out.push(b'\\');
                    out.push(e as u8);
                }
            },
        }
    }
    Ok(out)
}

fn simple_escape(e: char) -> Option<u8> {
    Some(match e {
        '\\' => b'\\',
        '\'' => b'\'',
        '"' => b'"',
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0C,
        'n' => b'\n',
        'r' => b'\r',
        't' => b'\t',
        'v' => 0x0B,
        _ => return None,
    })
}

type Chars<'a> = core::iter::Peekable<core::str::CharIndices<'a>>;

fn take_hex(chars: &mut Chars<'_>, count: usize) -> Option<u32> {
    let mut value: u32 = 0;
    for _ in 0..count {
        let (_, c) = chars.next()?;
        value = value.checked_mul(16)?.checked_add(c.to_digit(16)?)?;
    }
    Some(value)
}

fn take_octal(first: char, chars: &mut Chars<'_>) -> u32 {
    let mut value = first.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|&(_, c)| c.to_digit(8)) {
            Some(d) => {
                value = value * 8 + d;
                chars.next();
            }
            None => break,
        }
    }
    value
}

fn code_point(value: u32) -> Result<char, String> {
    if (0xD800..0xE000).contains(&value) {
        return Err(String::from(
            "(unicode error) surrogate code points are not supported",
        ));
    }
    char::from_u32(value).ok_or_else(|| {
        String::from(
            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_escapes() {
        let s = decode_str(r"a\n\t\\\'\x41\u00e9\U0001F600\101\0\q", false).unwrap();
        assert_eq!(s, "a\n\t\\'A\u{e9}\u{1F600}A\0\\q");
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(decode_str(r"a\n", true).unwrap(), r"a\n");
        assert!(decode_str(r"\x4", false).is_err());
        assert!(decode_str(r"\N{DASH}", false).is_err());
        assert!(decode_str(r"\ud800", false).is_err());
        assert!(decode_str(r"\U00110000", false).is_err());
    }

    #[test]
    fn bytes_escapes() {
        assert_eq!(
            decode_bytes(r"\x00\xff\n\777\u", false).unwrap(),
            b"\x00\xff\n\xff\\u"
        );
        assert!(decode_bytes("é", false).is_err());
        assert_eq!(decode_bytes(r"\n", true).unwrap(), b"\\n");
    }
}
