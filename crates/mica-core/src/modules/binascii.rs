//! `binascii`: hex and base64 conversions and CRC-32. The natives return a `str`
//! message instead of raising on bad input; the frozen Python layer
//! (`frozen/binascii.py`) turns that into `binascii.Error` (a `ValueError`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, kwarg};

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "hexlify", hexlify)?;
    def(vm, d, "_unhexlify", |vm, a, _| {
        let data = ascii_arg(vm, a, "unhexlify")?;
        if data.len() % 2 != 0 {
            return vm.new_str_from("Odd-length string");
        }
        let mut out = Vec::with_capacity(data.len() / 2);
        for pair in data.chunks(2) {
            match (hex_val(pair[0]), hex_val(pair[1])) {
                (Some(h), Some(l)) => out.push(h << 4 | l),
                _ => return vm.new_str_from("Non-hexadecimal digit found"),
            }
        }
        vm.new_bytes(out)
    })?;
    def(vm, d, "_a2b_base64", |vm, a, kw| {
        let data = ascii_arg(vm, a, "a2b_base64")?;
        let strict = match kwarg(vm, kw, "strict_mode").or(a.get(1).copied()) {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        match decode_base64(&data, strict) {
            Ok(b) => vm.new_bytes(b),
            Err(m) => vm.new_str(m),
        }
    })?;
    def(vm, d, "b2a_base64", |vm, a, kw| {
        let v = arg(vm, a, 0, "b2a_base64")?;
        let data = vm.bytes_like(v)?;
        let newline = match kwarg(vm, kw, "newline") {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        let mut out = encode_base64(&data);
        if newline {
            out.push(b'\n');
        }
        vm.new_bytes(out)
    })?;
    def(vm, d, "crc32", |vm, a, kw| {
        super::max_args(vm, a, kw, 2, "crc32")?;
        let v = arg(vm, a, 0, "crc32")?;
        let data = vm.bytes_like(v)?;
        let init = match a.get(1) {
            Some(&v) => {
                let b = match vm.to_bigint(v) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(alloc::format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        )));
                    }
                };
                let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
                u32::try_from(m).unwrap_or(0)
            }
            None => 0,
        };
        Ok(Value::Int(super::crc32(init, &data) as i64))
    })?;
    super::exec_frozen(vm, d, super::frozen_code::BINASCII)
}

/// The data argument as bytes: bytes-like objects, or ASCII-only `str`.
fn ascii_arg(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    let v = arg(vm, a, 0, fname)?;
    if let Some(s) = vm.str_ref(v) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(String::from(s).into_bytes());
    }
    if vm.is_bytes_like(v) {
        return vm.bytes_like(v);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(alloc::format!(
        "argument should be bytes, buffer or ASCII string, not '{tn}'"
    )))
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn hexlify(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let v = arg(vm, a, 0, "hexlify")?;
    let data = vm.bytes_like(v)?;
    let sep = match a.get(1).copied().or_else(|| kwarg(vm, kw, "sep")) {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let b = if let Some(st) = vm.str_ref(s) {
                String::from(st).into_bytes()
            } else {
                vm.bytes_like(s)?
            };
            if b.len() != 1 || !b[0].is_ascii() {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match a.get(2).copied().or_else(|| kwarg(vm, kw, "bytes_per_sep")) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                // Positive counts groups from the right, negative from the left.
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    vm.new_bytes(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn encode_base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn b64_val(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc = 0u32;
    let mut quad = 0usize;
    let mut pads = 0usize;
    let mut ndata = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 != data.len() {
                        return Err(String::from("Excess data after padding"));
                    }
                    quad = 0;
                    pads = 0;
                    if !strict {
                        // Data after complete padding is ignored, as CPython does.
                        return Ok(out);
                    }
                }
            } else if strict {
                return Err(String::from(if i == 0 {
                    "Leading padding not allowed"
                } else {
                    "Discontinuous padding not allowed"
                }));
            }
            continue;
        }
        let Some(v) = b64_val(c) else {
            if strict {
                return Err(String::from("Only base64 data is allowed"));
            }
            continue;
        };
        if pads > 0 && strict {
            return Err(String::from("Discontinuous padding not allowed"));
        }
        pads = 0;
        ndata += 1;
        acc = acc << 6 | v;
        quad += 1;
        match quad {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                quad = 0;
                acc = 0;
            }
            _ => {}
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(alloc::format!(
            "Invalid base64-encoded string: number of data characters ({ndata}) cannot be 1 more than a multiple of 4"
        )),
        _ => Err(String::from("Incorrect padding")),
    }
}
