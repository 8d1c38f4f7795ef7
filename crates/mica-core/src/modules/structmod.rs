//! `struct`: packing values into bytes by a format string (`<>!=@` byte orders, native
//! alignment, all CPython format codes). The natives `_calcsize`/`_pack`/`_unpack`
//! raise ValueError; the frozen Python layer (`frozen/struct.py`) turns that into
//! `struct.error` and adds `Struct`, `pack_into`, `unpack_from`, `iter_unpack`.

use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def};

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_calcsize", |vm, a, _| {
        let f = fmt_arg(vm, a)?;
        let (order, items) = parse(vm, &f)?;
        Ok(Value::Int(aligned(order, &items).1 as i64))
    })?;
    def(vm, d, "_pack", pack)?;
    def(vm, d, "_unpack", unpack)?;
    super::exec_frozen(vm, d, super::frozen_code::STRUCT)
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    count: usize,
    code: char,
}

fn fmt_arg(vm: &mut Vm, a: &[Value]) -> PyResult<String> {
    let f = arg(vm, a, 0, "struct")?;
    if let Some(s) = vm.str_ref(f) {
        return Ok(String::from(s));
    }
    if vm.is_bytes_like(f) {
        let b = vm.bytes_like(f)?;
        return Ok(b.into_iter().map(|c| c as char).collect());
    }
    let tn = vm.type_name(f);
    Err(vm.type_error(alloc::format!(
        "Struct() argument 1 must be a str or bytes object, not {tn}"
    )))
}

fn parse(vm: &mut Vm, f: &str) -> PyResult<(Order, Vec<Item>)> {
    let mut chars = f.chars().peekable();
    let order = match chars.peek() {
        Some('@') => Order::Native,
        Some('=') | Some('<') => Order::Little,
        Some('>') | Some('!') => Order::Big,
        _ => Order::Native,
    };
    let explicit = matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!'));
    let standard = explicit && f.as_bytes()[0] != b'@';
    if explicit {
        chars.next();
    }
    let mut items = Vec::new();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n: usize = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .saturating_mul(10)
                            .saturating_add(d.to_digit(10).unwrap_or(0) as usize);
                    }
                    Some(d) => {
                        c = d;
                        break;
                    }
                    None => {
                        return Err(vm.value_error("repeat count given without format specifier"))
                    }
                }
            }
            count = Some(n);
        }
        let ok = match c {
            'x' | 'c' | 'b' | 'B' | '?' | 'h' | 'H' | 'i' | 'I' | 'l' | 'L' | 'q' | 'Q' | 'e'
            | 'f' | 'd' | 's' | 'p' => true,
            'n' | 'N' | 'P' => !standard,
            _ => false,
        };
        if !ok {
            return Err(vm.value_error("bad char in struct format"));
        }
        items.push(Item {
            count: count.unwrap_or(1),
            code: c,
        });
    }
    let order = if standard && order == Order::Native {
        Order::Little
    } else {
        order
    };
    // Standard sizes for `=`, `<`, `>`, `!`; native sizes and alignment for `@`.
    let items = items
        .into_iter()
        .map(|it| Item {
            count: it.count,
            code: if standard { std_code(it.code) } else { it.code },
        })
        .collect();
    Ok((order, items))
}

/// In standard mode `l`/`L` are 4 bytes: mark them with upper-plane codes.
fn std_code(c: char) -> char {
    match c {
        'l' => 'i',
        'L' => 'I',
        c => c,
    }
}

fn size_of(code: char) -> usize {
    match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

/// Offsets of each item (after native alignment) and the total size.
fn layout(items: &[Item]) -> (Vec<usize>, usize) {
    let mut off = 0usize;
    let mut offs = Vec::with_capacity(items.len());
    for it in items {
        offs.push(off);
        let sz = size_of(it.code);
        off = off.saturating_add(sz.saturating_mul(it.count));
    }
    (offs, off)
}

fn aligned(order: Order, items: &[Item]) -> (Vec<usize>, usize) {
    if order != Order::Native {
        return layout(items);
    }
    let mut off = 0usize;
    let mut offs = Vec::with_capacity(items.len());
    for it in items {
        let sz = size_of(it.code);
        if !matches!(it.code, 's' | 'p' | 'x' | 'c') && it.count > 0 {
            off = off.div_ceil(sz) * sz;
        }
        offs.push(off);
        off = off.saturating_add(sz.saturating_mul(it.count));
    }
    (offs, off)
}

fn put_int(out: &mut [u8], v: u64, size: usize, order: Order) {
    for k in 0..size {
        let byte = (v >> (8 * k)) as u8;
        let idx = if order == Order::Big { size - 1 - k } else { k };
        out[idx] = byte;
    }
}

fn get_int(buf: &[u8], size: usize, order: Order) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let idx = if order == Order::Big { size - 1 - k } else { k };
        v |= (buf[idx] as u64) << (8 * k);
    }
    v
}

fn f16_bits(x: f64) -> Option<u16> {
    let f = x as f32;
    let b = f.to_bits();
    let sign = ((b >> 16) & 0x8000) as u16;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a >= 65520.0 {
        return None;
    }
    // Scale to units of the smallest subnormal (2**-24) or normal ulp, round half even.
    let (e, m) = if a < 6.103515625e-05 {
        (0u16, libm::rint(a * 16777216.0) as u16)
    } else {
        let exp = libm::floor(crate::fmath::log2(a)) as i32;
        let exp = if libm::ldexp(1.0, exp) > a {
            exp - 1
        } else {
            exp
        };
        let mant = libm::rint((a / libm::ldexp(1.0, exp) - 1.0) * 1024.0) as u32;
        let (exp, mant) = if mant == 1024 {
            (exp + 1, 0)
        } else {
            (exp, mant)
        };
        ((exp + 15) as u16, mant as u16)
    };
    if e >= 31 {
        return None;
    }
    Some(sign | (e << 10) | m)
}

fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => libm::ldexp(m, -24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => libm::ldexp(1.0 + m / 1024.0, e - 15),
    }
}

fn int_range(code: char, size: usize) -> (BigInt, BigInt) {
    let bits = 8 * size as u32;
    if code.is_ascii_lowercase() {
        let half = BigInt::from(1u8) << (bits - 1);
        (-half.clone(), half - 1)
    } else {
        (BigInt::from(0), (BigInt::from(1u8) << bits) - 1)
    }
}

fn pack(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let f = fmt_arg(vm, a)?;
    let (order, items) = parse(vm, &f)?;
    let (offs, total) = aligned(order, &items);
    let vals = &a[1..];
    let mut vi = 0;
    let needed: usize = items
        .iter()
        .map(|it| match it.code {
            'x' => 0,
            's' | 'p' => 1,
            _ => it.count,
        })
        .fold(0usize, |a, b| a.saturating_add(b));
    if vals.len() != needed {
        return Err(vm.value_error(alloc::format!(
            "pack expected {needed} items for packing (got {})",
            vals.len()
        )));
    }
    // The packed bytes are built only if the heap can hold them.
    vm.room_for(total)?;
    let mut out = alloc::vec![0u8; total];
    for (it, &off) in items.iter().zip(&offs) {
        let sz = size_of(it.code);
        match it.code {
            'x' => {}
            's' | 'p' => {
                let v = vals[vi];
                vi += 1;
                if !vm.is_bytes_like(v) {
                    return Err(vm.value_error(alloc::format!(
                        "argument for '{}' must be a bytes object",
                        it.code
                    )));
                }
                let b = vm.bytes_like(v)?;
                if it.code == 's' {
                    let n = b.len().min(it.count);
                    out[off..off + n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1).min(255);
                    out[off] = n as u8;
                    out[off + 1..off + 1 + n].copy_from_slice(&b[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = vals[vi];
                    vi += 1;
                    let o = off + k * sz;
                    let slot = &mut out[o..o + sz];
                    match code {
                        'c' => {
                            let b = if vm.is_bytes_like(v) {
                                vm.bytes_like(v)?
                            } else {
                                Vec::new()
                            };
                            if b.len() != 1 {
                                return Err(vm.value_error(
                                    "char format requires a bytes object of length 1",
                                ));
                            }
                            slot[0] = b[0];
                        }
                        '?' => slot[0] = vm.truthy(v)? as u8,
                        'e' | 'f' | 'd' => {
                            let x = match vm.to_num(v) {
                                Some(_) => vm.to_float(v)?,
                                None => {
                                    return Err(vm.value_error("required argument is not a float"))
                                }
                            };
                            let bits = match code {
                                'd' => x.to_bits(),
                                'f' => {
                                    let y = x as f32;
                                    if y.is_infinite() && x.is_finite() {
                                        return Err(vm.overflow_error(
                                            "float too large to pack with f format",
                                        ));
                                    }
                                    y.to_bits() as u64
                                }
                                _ => match f16_bits(x) {
                                    Some(h) => h as u64,
                                    None => {
                                        return Err(vm.overflow_error(
                                            "float too large to pack with e format",
                                        ))
                                    }
                                },
                            };
                            put_int(slot, bits, sz, order);
                        }
                        _ => {
                            let n = match vm.to_bigint(v) {
                                Some(n) if !matches!(v, Value::Float(_)) => n,
                                _ => match vm.to_index(v) {
                                    Ok(i) => BigInt::from(i),
                                    Err(_) => {
                                        return Err(
                                            vm.value_error("required argument is not an integer")
                                        )
                                    }
                                },
                            };
                            let (lo, hi) = int_range(code, sz);
                            if n < lo || n > hi {
                                let named = match code {
                                    'b' => "byte",
                                    'B' => "ubyte",
                                    'h' => "short",
                                    'H' => "ushort",
                                    _ => "",
                                };
                                let msg = if !named.is_empty() {
                                    alloc::format!("{named} format requires {lo} <= number <= {hi}")
                                } else if code.is_ascii_lowercase() {
                                    alloc::format!(
                                        "'{code}' format requires {lo} <= number <= {hi}"
                                    )
                                } else {
                                    alloc::format!("'{code}' format requires 0 <= number <= {hi}")
                                };
                                return Err(vm.value_error(msg));
                            }
                            let bits = if n.sign() == num_bigint::Sign::Minus {
                                n.to_i64().unwrap_or(0) as u64
                            } else {
                                n.to_u64().unwrap_or(0)
                            };
                            put_int(slot, bits, sz, order);
                        }
                    }
                }
            }
        }
    }
    vm.new_bytes(out)
}

fn unpack(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let f = fmt_arg(vm, a)?;
    let (order, items) = parse(vm, &f)?;
    let (offs, total) = aligned(order, &items);
    let bv = arg(vm, a, 1, "unpack")?;
    let buf = vm.bytes_like(bv)?;
    let offset = match a.get(2) {
        Some(&v) => vm.to_index(v)?,
        None => 0,
    };
    let exact = a.get(2).is_none();
    let offset = if offset < 0 {
        offset + buf.len() as i64
    } else {
        offset
    };
    if offset < 0 || offset as usize > buf.len() {
        return Err(vm.value_error(alloc::format!(
            "offset {offset} out of range for {}-byte buffer",
            buf.len()
        )));
    }
    let buf = &buf[offset as usize..];
    if exact && buf.len() != total {
        return Err(vm.value_error(alloc::format!("unpack requires a buffer of {total} bytes")));
    }
    if buf.len() < total {
        return Err(vm.value_error(alloc::format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {total} bytes at offset {offset} (actual buffer size is {})",
            total + offset as usize,
            buf.len() + offset as usize
        )));
    }
    let mut out = Vec::new();
    let mark = vm.temp_roots.len();
    let r = (|| -> PyResult<()> {
        for (it, &off) in items.iter().zip(&offs) {
            let sz = size_of(it.code);
            match it.code {
                'x' => {}
                's' => {
                    let v = vm.new_bytes(buf[off..off + it.count].to_vec())?;
                    vm.temp_roots.push(v);
                    out.push(v);
                }
                'p' => {
                    let n = if it.count == 0 {
                        0
                    } else {
                        (buf[off] as usize).min(it.count - 1)
                    };
                    let v = vm.new_bytes(buf[off + 1..off + 1 + n].to_vec())?;
                    vm.temp_roots.push(v);
                    out.push(v);
                }
                code => {
                    for k in 0..it.count {
                        let o = off + k * sz;
                        let raw = get_int(&buf[o..o + sz], sz, order);
                        let v = match code {
                            'c' => {
                                let v = vm.new_bytes(alloc::vec![raw as u8])?;
                                vm.temp_roots.push(v);
                                v
                            }
                            '?' => Value::Bool(raw != 0),
                            'd' => Value::Float(f64::from_bits(raw)),
                            'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                            'e' => Value::Float(f16_value(raw as u16)),
                            c if c.is_ascii_lowercase() => {
                                let shift = 64 - 8 * sz as u32;
                                Value::Int(((raw << shift) as i64) >> shift)
                            }
                            _ => {
                                if raw > i64::MAX as u64 {
                                    let v = vm.new_bigint(BigInt::from(raw))?;
                                    vm.temp_roots.push(v);
                                    v
                                } else {
                                    Value::Int(raw as i64)
                                }
                            }
                        };
                        out.push(v);
                    }
                }
            }
        }
        Ok(())
    })();
    let t = r.and_then(|_| vm.new_tuple(out));
    vm.temp_roots.truncate(mark);
    t
}
