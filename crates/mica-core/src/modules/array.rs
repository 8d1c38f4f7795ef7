//! `array`: typed arrays of numbers (all of CPython's typecodes but `u`), in frozen
//! Python (`frozen/array.py`) over natives that check items against the typecode
//! (`_check`) and convert to and from machine bytes (`_pack`, `_unpack`).
//! `bytes(a)`/`bytearray(a)` work through `array.__bytes__`.

use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def};

/// (typecode, item size, minimum, maximum, overflow message stem) for integer codes.
const INT_CODES: &[(u8, usize, i128, i128, &str)] = &[
    (b'b', 1, i8::MIN as i128, i8::MAX as i128, "signed char"),
    (b'B', 1, 0, u8::MAX as i128, "unsigned byte integer"),
    (
        b'h',
        2,
        i16::MIN as i128,
        i16::MAX as i128,
        "signed short integer",
    ),
    (b'H', 2, 0, u16::MAX as i128, "unsigned short"),
    (
        b'i',
        4,
        i32::MIN as i128,
        i32::MAX as i128,
        "signed integer",
    ),
    (b'I', 4, 0, u32::MAX as i128, "unsigned int"),
    (b'l', 8, i64::MIN as i128, i64::MAX as i128, "signed long"),
    (b'L', 8, 0, u64::MAX as i128, "unsigned long"),
    (
        b'q',
        8,
        i64::MIN as i128,
        i64::MAX as i128,
        "signed long long",
    ),
    (b'Q', 8, 0, u64::MAX as i128, "unsigned long long"),
];

enum Code {
    Int(usize, i128, i128, &'static str),
    Float(usize),
}

fn code_of(vm: &mut Vm, v: Value) -> PyResult<(u8, Code)> {
    let s = vm.str_ref(v).unwrap_or("");
    let c = if s.len() == 1 { s.as_bytes()[0] } else { 0 };
    if let Some(&(_, size, lo, hi, name)) = INT_CODES.iter().find(|t| t.0 == c) {
        return Ok((c, Code::Int(size, lo, hi, name)));
    }
    match c {
        b'f' => Ok((c, Code::Float(4))),
        b'd' => Ok((c, Code::Float(8))),
        _ => Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    }
}

fn int_in_range(vm: &mut Vm, v: Value, lo: i128, hi: i128, name: &str) -> PyResult<i128> {
    let n: i128 = match v {
        Value::Int(i) => i as i128,
        Value::Bool(b) => b as i128,
        _ => match vm.to_bigint(v) {
            Some(b) => b
                .to_i128()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                }),
            None => {
                if matches!(v, Value::Float(_)) {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(alloc::format!(
                        "'{tn}' object cannot be interpreted as an integer"
                    )));
                }
                vm.to_index(v)? as i128
            }
        },
    };
    if n > hi {
        return Err(vm.overflow_error(alloc::format!("{name} is greater than maximum")));
    }
    if n < lo {
        return Err(vm.overflow_error(alloc::format!("{name} is less than minimum")));
    }
    Ok(n)
}

fn int_value(vm: &mut Vm, n: i128) -> PyResult<Value> {
    match i64::try_from(n) {
        Ok(i) => Ok(Value::Int(i)),
        Err(_) => vm.new_bigint(BigInt::from(n)),
    }
}

/// Check one item against the code; floats are rounded through `f32` for `f`.
fn check(vm: &mut Vm, code: &Code, v: Value) -> PyResult<Value> {
    match *code {
        Code::Int(_, lo, hi, name) => {
            let n = int_in_range(vm, v, lo, hi, name)?;
            int_value(vm, n)
        }
        Code::Float(size) => {
            let f = vm.to_float(v)?;
            Ok(Value::Float(if size == 4 { f as f32 as f64 } else { f }))
        }
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_itemsize", |vm, a, _| {
        let t = arg(vm, a, 0, "array")?;
        let (_, code) = code_of(vm, t)?;
        let n = match code {
            Code::Int(s, ..) | Code::Float(s) => s,
        };
        Ok(Value::Int(n as i64))
    })?;
    def(vm, d, "_check", |vm, a, _| {
        let t = arg(vm, a, 0, "array")?;
        let (_, code) = code_of(vm, t)?;
        let v = arg(vm, a, 1, "array")?;
        check(vm, &code, v)
    })?;
    // `_pack(tc, list)`: the machine bytes of already-checked items.
    def(vm, d, "_pack", |vm, a, _| {
        let t = arg(vm, a, 0, "array")?;
        let (_, code) = code_of(vm, t)?;
        let l = arg(vm, a, 1, "array")?;
        let items = vm.seq_to_vec(l)?;
        let mut out = Vec::new();
        for v in items {
            match code {
                Code::Int(size, lo, hi, name) => {
                    let n = int_in_range(vm, v, lo, hi, name)?;
                    out.extend_from_slice(&n.to_le_bytes()[..size]);
                }
                Code::Float(4) => {
                    let f = vm.to_float(v)?;
                    out.extend_from_slice(&(f as f32).to_le_bytes());
                }
                Code::Float(_) => {
                    let f = vm.to_float(v)?;
                    out.extend_from_slice(&f.to_le_bytes());
                }
            }
        }
        vm.new_bytes(out)
    })?;
    // `_unpack(tc, data)`: the items of machine bytes (length a multiple of the size).
    def(vm, d, "_unpack", |vm, a, _| {
        let t = arg(vm, a, 0, "array")?;
        let (_, code) = code_of(vm, t)?;
        let b = arg(vm, a, 1, "array")?;
        let data = vm.bytes_like(b)?;
        let size = match code {
            Code::Int(s, ..) | Code::Float(s) => s,
        };
        if data.len() % size != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        let mut items = Vec::with_capacity(data.len() / size);
        for chunk in data.chunks(size) {
            let v = match code {
                Code::Int(_, lo, ..) => {
                    let mut w = [0u8; 16];
                    w[..size].copy_from_slice(chunk);
                    let negative = lo < 0 && chunk[size - 1] & 0x80 != 0;
                    if negative {
                        w[size..].fill(0xff);
                    }
                    int_value(vm, i128::from_le_bytes(w))?
                }
                Code::Float(4) => {
                    let w = [chunk[0], chunk[1], chunk[2], chunk[3]];
                    Value::Float(f32::from_le_bytes(w) as f64)
                }
                Code::Float(_) => {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(chunk);
                    Value::Float(f64::from_le_bytes(w))
                }
            };
            items.push(v);
        }
        vm.new_list(items)
    })?;
    super::exec_frozen(vm, d, super::frozen_code::ARRAY)
}
