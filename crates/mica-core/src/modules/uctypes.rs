//! `uctypes`: C structures over Python buffers, memory-safe (no raw addresses). The
//! descriptor handling is frozen Python (`frozen/uctypes.py`); the natives read and
//! write one scalar field: `_get(buf, offset, type, layout)` and
//! `_put(buf, offset, type, layout, value)`, where `type` carries MicroPython's type
//! code in bits 27-31 (and a bitfield's position and length in bits 17-26) and layout
//! 1 is big-endian (0, little, and 2, native, are little-endian on Mica's targets).

use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, with_buf_mut};

/// A scalar type: (bytes, signed, float, bitfield (position, length)).
type Scalar = (usize, bool, bool, Option<(u32, u32)>);

fn scalar(vm: &mut Vm, t: Value) -> PyResult<Scalar> {
    let t = vm.to_index(t)? as u32;
    let code = t >> 27;
    let size = 1usize << ((code & 7) >> 1);
    Ok(match code {
        0..=7 => (size, code & 1 != 0, false, None),
        24..=29 => {
            let (pos, len) = ((t >> 17) & 31, (t >> 22) & 31);
            if len == 0 || pos + len > 8 * size as u32 {
                return Err(vm.value_error("uctypes bitfield does not fit its type"));
            }
            (size, code & 1 != 0, false, Some((pos, len)))
        }
        30 => (4, false, true, None),
        31 => (8, false, true, None),
        _ => return Err(vm.type_error("syntax error in uctypes descriptor")),
    })
}

/// The byte range `off..off + size` of `buf`'s bytes, checked.
fn range(vm: &mut Vm, off: Value, size: usize, len: usize) -> PyResult<core::ops::Range<usize>> {
    let off = vm.to_index(off)?;
    match usize::try_from(off) {
        Ok(o) if o.checked_add(size).is_some_and(|e| e <= len) => Ok(o..o + size),
        _ => Err(vm.index_error("uctypes field outside the buffer")),
    }
}

fn read_raw(b: &[u8], big: bool) -> u64 {
    let mut v = 0u64;
    for (i, &x) in b.iter().enumerate() {
        let sh = if big { b.len() - 1 - i } else { i };
        v |= (x as u64) << (8 * sh);
    }
    v
}

fn write_raw(b: &mut [u8], v: u64, big: bool) {
    let n = b.len();
    for (i, x) in b.iter_mut().enumerate() {
        let sh = if big { n - 1 - i } else { i };
        *x = (v >> (8 * sh)) as u8;
    }
}

fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// The buffer's bytes for reading (read-only buffers too).
fn bytes_of(vm: &mut Vm, buf: Value) -> PyResult<Vec<u8>> {
    let b = vm.base_value(buf);
    if vm.is_bytes_like(b) {
        return vm.bytes_like(b);
    }
    with_buf_mut(vm, buf, |b| b.to_vec())
}

fn get(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let (buf, off, t, lt) = (a[0], a[1], a[2], a[3]);
    let (size, signed, float, bits) = scalar(vm, t)?;
    let big = vm.to_index(lt)? == 1;
    let data = bytes_of(vm, buf)?;
    let r = range(vm, off, size, data.len())?;
    let raw = read_raw(&data[r], big);
    if float {
        return Ok(Value::Float(if size == 4 {
            f32::from_bits(raw as u32) as f64
        } else {
            f64::from_bits(raw)
        }));
    }
    // Bitfields read back unsigned, signed types too (as MicroPython's do).
    let (v, width, signed) = match bits {
        Some((pos, len)) => ((raw >> pos) & mask(len), len, false),
        None => (raw, 8 * size as u32, signed),
    };
    if signed && width < 64 && v >> (width - 1) & 1 != 0 {
        return Ok(Value::Int(v as i64 - (1i64 << width)));
    }
    if signed {
        return Ok(Value::Int(v as i64));
    }
    vm.new_bigint(BigInt::from(v))
}

fn put(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let (buf, off, t, lt) = (a[0], a[1], a[2], a[3]);
    let value = arg(vm, a, 4, "_put")?;
    let (size, _, float, bits) = scalar(vm, t)?;
    let big = vm.to_index(lt)? == 1;
    let v: u64 = if float {
        let f = vm.to_float(value)?;
        if size == 4 {
            (f as f32).to_bits() as u64
        } else {
            f.to_bits()
        }
    } else {
        match vm.to_bigint(value) {
            Some(b) => (b & BigInt::from(u64::MAX)).to_u64().unwrap_or(0),
            None => {
                let tn = vm.type_name(value);
                return Err(vm.type_error(alloc::format!("can't convert {tn} to int")));
            }
        }
    };
    let len = with_buf_mut(vm, buf, |b| b.len())?;
    let r = range(vm, off, size, len)?;
    with_buf_mut(vm, buf, |b| {
        let d = &mut b[r];
        let v = match bits {
            Some((pos, len)) => {
                let m = mask(len) << pos;
                (read_raw(d, big) & !m) | ((v << pos) & m)
            }
            None => v,
        };
        write_raw(d, v, big);
    })?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_get", |vm, a, kw| {
        if a.len() != 4 {
            return Err(vm.type_error("_get() takes 4 arguments"));
        }
        get(vm, a, kw)
    })?;
    def(vm, d, "_put", |vm, a, kw| {
        if a.len() != 5 {
            return Err(vm.type_error("_put() takes 5 arguments"));
        }
        put(vm, a, kw)
    })?;
    super::exec_frozen(vm, d, super::frozen_code::UCTYPES)
}
