//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1,
//! with the `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`
//! error handlers. Errors carry CPython's messages.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name (case, `_`/`-`/space insensitive).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name
            .chars()
            .map(|c| match c {
                '_' | ' ' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us-ascii" | "646" => Some(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Why a codec call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `LookupError(msg)`: unknown encoding or error handler.
    Lookup(String),
    /// `UnicodeEncodeError(msg)`.
    Encode(String),
    /// `UnicodeDecodeError(msg)`.
    Decode(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(errors: &str) -> Result<Handler, CodecError> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(CodecError::Lookup(format!(
                "unknown error handler name '{errors}'"
            )))
        }
    })
}

fn codec(encoding: &str) -> Result<Codec, CodecError> {
    Codec::lookup(encoding)
        .ok_or_else(|| CodecError::Lookup(format!("unknown encoding: {encoding}")))
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x1_0000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = codec(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let limit = codec.limit();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match handler(errors)? {
            Handler::Strict => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escape_char(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(CodecError::Encode(format!(
                    "'{}' codec can't encode {what}: ordinal not in range({limit})",
                    codec.name()
                )));
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + end - i, b'?'),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> CodecError {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    CodecError::Decode(format!(
        "'{}' codec can't decode {what}: {reason}",
        codec.name()
    ))
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec = codec(encoding)?;
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&x| char::from(x))),
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(char::from(x));
                    continue;
                }
                match handler(errors)? {
                    Handler::Strict | Handler::XmlCharRefReplace => {
                        return Err(decode_error(
                            codec,
                            b,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    Handler::Ignore => {}
                    Handler::Replace => out.push('\u{fffd}'),
                    Handler::BackslashReplace => out.push_str(&format!("\\x{x:02x}")),
                }
            }
        }
        Codec::Utf8 => {
            let mut i = 0;
            while i < b.len() {
                match core::str::from_utf8(&b[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(core::str::from_utf8(&b[i..i + good]).unwrap_or(""));
                        let start = i + good;
                        let (bad, reason) = match e.error_len() {
                            None => (b.len() - start, "unexpected end of data"),
                            Some(n) => {
                                let first = b[start];
                                if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                    (n, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        match handler(errors)? {
                            Handler::Strict | Handler::XmlCharRefReplace => {
                                return Err(decode_error(codec, b, start, start + bad, reason))
                            }
                            Handler::Ignore => {}
                            Handler::Replace => out.push('\u{fffd}'),
                            Handler::BackslashReplace => {
                                for x in &b[start..start + bad] {
                                    out.push_str(&format!("\\x{x:02x}"));
                                }
                            }
                        }
                        i = start + bad;
                    }
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        assert_eq!(encode("é", "latin-1", "strict"), Ok(alloc::vec![0xe9]));
        assert_eq!(encode("aé", "ascii", "replace"), Ok(b"a?".to_vec()));
        assert_eq!(decode(b"a\xffb", "utf-8", "ignore"), Ok(String::from("ab")));
        assert_eq!(
            decode(b"\xff", "utf-8", "strict"),
            Err(CodecError::Decode(String::from(
                "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
            )))
        );
        assert_eq!(
            decode(b"a\xe2\x82", "utf8", "strict"),
            Err(CodecError::Decode(String::from(
                "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
            )))
        );
    }
}
