//! `zlib` and `deflate`: DEFLATE compression and decompression (raw, zlib and gzip
//! containers) over `miniz_oxide`. The byte-level work is native; the Python-facing
//! parts (`zlib.error`, `deflate.DeflateIO`) are frozen Python (`frozen/zlib.py`,
//! `frozen/deflate.py`) over the hidden natives `_inflate` and `_deflate` and, for
//! `DeflateIO`'s incremental reading, the `_Inflater` class: its `step(data)` takes more
//! compressed input and returns what it decompresses to, keeping the decompressor's
//! state and a 32 KiB window (a bytearray, so the heap budget sees it) in between.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_COMPUTE_ADLER32, TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_PARSE_ZLIB_HEADER,
    TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{def, method, native_class, set, static_method};

/// The container around a DEFLATE stream (the numbering of MicroPython's `deflate`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Auto = 0,
    Raw = 1,
    Zlib = 2,
    Gzip = 3,
}

impl Format {
    fn from_i64(n: i64) -> Option<Format> {
        Some(match n {
            0 => Format::Auto,
            1 => Format::Raw,
            2 => Format::Zlib,
            3 => Format::Gzip,
            _ => return None,
        })
    }
}

/// Why decompression failed, with zlib's error number and wording.
type DataError = (i32, &'static str);

/// CRC-32 (the gzip/zip polynomial), continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    super::crc32(crc, data)
}

/// Adler-32, continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// Inflate a raw or zlib-wrapped stream; returns the output and the input consumed.
fn inflate_stream(
    input: &[u8],
    zlib: bool,
    limit: usize,
) -> Result<(Vec<u8>, usize), Option<DataError>> {
    if zlib {
        if input.len() < 2 {
            return Err(Some((-5, "incomplete or truncated stream")));
        }
        let (cmf, flg) = (input[0] as u32, input[1] as u32);
        if cmf & 0x0f != 8 || (cmf * 256 + flg) % 31 != 0 || cmf >> 4 > 7 {
            return Err(Some((-3, "incorrect header check")));
        }
        if flg & 0x20 != 0 {
            return Err(Some((-3, "need dictionary")));
        }
    }
    let mut flags = TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    if zlib {
        flags |= TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_COMPUTE_ADLER32;
    }
    let mut out = vec![0u8; input.len().saturating_mul(3).clamp(64, limit.max(64))];
    let mut dec = Box::<DecompressorOxide>::default();
    let (mut in_pos, mut out_pos) = (0usize, 0usize);
    loop {
        let rest = input.get(in_pos..).unwrap_or(&[]);
        let (status, used, written) = decompress(&mut dec, rest, &mut out, out_pos, flags);
        in_pos += used;
        out_pos += written;
        match status {
            TINFLStatus::Done => {
                out.truncate(out_pos);
                return Ok((out, in_pos));
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    return Err(None);
                }
                let n = out.len().saturating_mul(2).min(limit);
                out.resize(n, 0);
            }
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => {
                return Err(Some((-5, "incomplete or truncated stream")))
            }
            TINFLStatus::Adler32Mismatch => return Err(Some((-3, "incorrect data check"))),
            _ => return Err(Some((-3, "invalid stored block lengths"))),
        }
    }
}

/// Skip a gzip header; returns its length.
fn gzip_header(d: &[u8]) -> Result<usize, DataError> {
    const TRUNC: DataError = (-5, "incomplete or truncated stream");
    if d.len() < 10 {
        return Err(TRUNC);
    }
    if d[0] != 0x1f || d[1] != 0x8b {
        return Err((-3, "incorrect header check"));
    }
    if d[2] != 8 {
        return Err((-3, "unknown compression method"));
    }
    let flags = d[3];
    let mut p = 10usize;
    if flags & 4 != 0 {
        let n = *d.get(p).ok_or(TRUNC)? as usize | (*d.get(p + 1).ok_or(TRUNC)? as usize) << 8;
        p += 2 + n;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            while *d.get(p).ok_or(TRUNC)? != 0 {
                p += 1;
            }
            p += 1;
        }
    }
    if flags & 2 != 0 {
        p += 2;
    }
    if p > d.len() {
        return Err(TRUNC);
    }
    Ok(p)
}

fn le32(d: &[u8], p: usize) -> Option<u32> {
    let b = d.get(p..p + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Decompress one stream in `format`; returns the output and the input consumed.
fn inflate_all(
    input: &[u8],
    format: Format,
    limit: usize,
) -> Result<(Vec<u8>, usize), Option<DataError>> {
    let format = match format {
        Format::Auto if input.starts_with(&[0x1f, 0x8b]) => Format::Gzip,
        Format::Auto => Format::Zlib,
        f => f,
    };
    match format {
        Format::Raw => inflate_stream(input, false, limit),
        Format::Gzip => {
            let h = gzip_header(input).map_err(Some)?;
            let (out, used) = inflate_stream(&input[h..], false, limit)?;
            let end = h + used;
            let (Some(crc), Some(size)) = (le32(input, end), le32(input, end + 4)) else {
                return Err(Some((-5, "incomplete or truncated stream")));
            };
            if crc != crc32(&out, 0) {
                return Err(Some((-3, "incorrect data check")));
            }
            if size != out.len() as u32 {
                return Err(Some((-3, "incorrect length check")));
            }
            Ok((out, end + 8))
        }
        _ => inflate_stream(input, true, limit),
    }
}

/// Native stack the compressor needs beyond the guard's margin: `miniz_oxide` builds
/// its state (a 64 KiB code buffer among it) on the stack before moving it to the
/// heap (about 72 KiB in all on x86-64 and Cortex-M3), so compressing on a smaller
/// stack raises `RecursionError` instead of overflowing.
const DEFLATE_STACK: usize = 80 * 1024;

/// The same for the decompressor, whose 10.5 KiB state is built on the stack on some
/// targets (Cortex-M3: an 11 KiB frame; x86-64 builds it in place).
const INFLATE_STACK: usize = 8 * 1024;

/// Compress `data` into `format` (Auto means raw, as MicroPython's `DeflateIO` does).
fn deflate_all(data: &[u8], format: Format, level: u8) -> Vec<u8> {
    match format {
        Format::Zlib => miniz_oxide::deflate::compress_to_vec_zlib(data, level),
        Format::Gzip => {
            let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
            out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(data, level));
            out.extend_from_slice(&crc32(data, 0).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out
        }
        _ => miniz_oxide::deflate::compress_to_vec(data, level),
    }
}

fn int_arg(vm: &mut Vm, a: &[Value], i: usize, default: i64) -> PyResult<i64> {
    match a.get(i) {
        Some(&v) if !v.is_none() => vm.to_index(v),
        _ => Ok(default),
    }
}

/// `_inflate(data, format)`: `(bytes, consumed)`, or `(None, "Error -n ...")` when the
/// data is bad (the Python layer raises the module's own exception).
fn native_inflate(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let data_v = super::arg(vm, a, 0, "_inflate")?;
    let data = vm.bytes_like(data_v)?;
    let f = int_arg(vm, a, 1, 0)?;
    let Some(format) = Format::from_i64(f) else {
        return Err(vm.value_error("invalid format"));
    };
    // Refuse output that could never fit the program's heap (a "zip bomb").
    let limit = vm.heap.budget().max(64);
    vm.check_stack_room(INFLATE_STACK)?;
    match inflate_all(&data, format, limit) {
        Ok((out, used)) => {
            let b = vm.new_bytes(out)?;
            vm.new_tuple(vec![b, Value::Int(used as i64)])
        }
        Err(None) => Err(vm.memory_error()),
        Err(Some((code, msg))) => {
            let s = vm.new_str(alloc::format!(
                "Error {code} while decompressing data: {msg}"
            ))?;
            vm.new_tuple(vec![Value::None, s])
        }
    }
}

/// `_deflate(data, format, level)`: the compressed bytes.
fn native_deflate(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let data_v = super::arg(vm, a, 0, "_deflate")?;
    let data = vm.bytes_like(data_v)?;
    let f = int_arg(vm, a, 1, 0)?;
    let Some(format) = Format::from_i64(f) else {
        return Err(vm.value_error("invalid format"));
    };
    let level = int_arg(vm, a, 2, -1)?;
    let level = match level {
        -1 => 6,
        0..=9 => level as u8,
        _ => return Err(vm.value_error("Bad compression level")),
    };
    if !vm.heap.can_charge(data.len() / 2) {
        return Err(vm.memory_error());
    }
    vm.check_stack_room(DEFLATE_STACK)?;
    let out = deflate_all(&data, format, level);
    vm.new_bytes(out)
}

fn checksum(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    start: u32,
    f: fn(&[u8], u32) -> u32,
) -> PyResult<Value> {
    let data_v = super::arg(vm, a, 0, name)?;
    let data = vm.bytes_like(data_v)?;
    let init = match a.get(1) {
        Some(&v) => {
            let n = vm.to_index(v)?;
            (n & 0xffff_ffff) as u32
        }
        None => start,
    };
    Ok(Value::Int(f(&data, init) as i64))
}

fn add_natives(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "_inflate", native_inflate)?;
    def(vm, d, "_deflate", native_deflate)
}

/// The LZ77 window of a streaming decompression: DEFLATE refers back at most 32 KiB.
const WINDOW: usize = 32 * 1024;

/// Where a streaming decompression is in its container.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

/// A streaming decompression (`deflate._Inflater`); its window is the host object's
/// `refs[0]`, a bytearray of `WINDOW` bytes.
struct Inflater {
    dec: Box<DecompressorOxide>,
    format: Format,
    phase: Phase,
    /// Input given but not used yet.
    carry: Vec<u8>,
    /// Where the next output goes in the window.
    pos: usize,
    /// Of the output so far, for the gzip trailer.
    crc: u32,
    size: u32,
    /// Bad data was found after some output, which went out first.
    failed: bool,
}

/// Most output one `step` returns (more waits for the next call).
const STEP_OUT: usize = 16 * 1024;

impl Inflater {
    /// Take `data` and decompress what can be: `Ok((output, finished))`, `Err(())` for
    /// bad data.
    fn step(&mut self, window: &mut [u8], data: &[u8]) -> Result<(Vec<u8>, bool), ()> {
        let mut out = Vec::new();
        match self.advance(window, data, &mut out) {
            Err(()) if !out.is_empty() => {
                self.failed = true;
                Ok((out, false))
            }
            r => r.map(|done| (out, done)),
        }
    }

    fn advance(&mut self, window: &mut [u8], data: &[u8], out: &mut Vec<u8>) -> Result<bool, ()> {
        if self.failed {
            return Err(());
        }
        self.carry.extend_from_slice(data);
        loop {
            match self.phase {
                Phase::Header => {
                    if self.format == Format::Auto {
                        if self.carry.len() < 2 {
                            return Ok(false);
                        }
                        self.format = if self.carry.starts_with(&[0x1f, 0x8b]) {
                            Format::Gzip
                        } else {
                            Format::Zlib
                        };
                    }
                    if self.format == Format::Gzip {
                        match gzip_header(&self.carry) {
                            Ok(h) => drop(self.carry.drain(..h)),
                            Err((-5, _)) => return Ok(false),
                            Err(_) => return Err(()),
                        }
                    }
                    self.phase = Phase::Body;
                }
                Phase::Body => {
                    let mut flags = TINFL_FLAG_HAS_MORE_INPUT;
                    if self.format == Format::Zlib {
                        flags |= TINFL_FLAG_PARSE_ZLIB_HEADER | TINFL_FLAG_COMPUTE_ADLER32;
                    }
                    let (status, used, written) =
                        decompress(&mut self.dec, &self.carry, window, self.pos, flags);
                    self.carry.drain(..used);
                    let new = &window[self.pos..self.pos + written];
                    if self.format == Format::Gzip {
                        self.crc = crc32(new, self.crc);
                        self.size = self.size.wrapping_add(written as u32);
                    }
                    out.extend_from_slice(new);
                    self.pos = (self.pos + written) % window.len();
                    match status {
                        TINFLStatus::Done if self.format == Format::Gzip => {
                            self.phase = Phase::Trailer
                        }
                        TINFLStatus::Done => self.phase = Phase::Done,
                        TINFLStatus::HasMoreOutput if out.len() < STEP_OUT => {}
                        TINFLStatus::HasMoreOutput | TINFLStatus::NeedsMoreInput => {
                            return Ok(false)
                        }
                        _ => return Err(()),
                    }
                }
                Phase::Trailer => {
                    let (Some(crc), Some(size)) = (le32(&self.carry, 0), le32(&self.carry, 4))
                    else {
                        return Ok(false);
                    };
                    if crc != self.crc || size != self.size {
                        return Err(());
                    }
                    self.carry.clear();
                    self.phase = Phase::Done;
                }
                Phase::Done => {
                    // Input after the end of the stream is ignored.
                    self.carry = Vec::new();
                    return Ok(true);
                }
            }
        }
    }
}

/// `_Inflater(format)`.
fn inflater_new(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let Some(&Value::Obj(class)) = a.first() else {
        return Err(vm.type_error("_Inflater() needs its class"));
    };
    let f = int_arg(vm, a, 1, 0)?;
    let Some(format) = Format::from_i64(f) else {
        return Err(vm.value_error("invalid format"));
    };
    vm.check_stack_room(INFLATE_STACK)?;
    let window = vm.alloc(Obj::ByteArray(vec![0; WINDOW]))?;
    vm.temp_roots.push(Value::Obj(window));
    let st = Inflater {
        dec: Box::default(),
        format,
        phase: Phase::Header,
        carry: Vec::new(),
        pos: 0,
        crc: 0,
        size: 0,
        failed: false,
    };
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(st),
        refs: vec![Value::Obj(window)],
    })));
    vm.temp_roots.pop();
    Ok(Value::Obj(r?))
}

/// `_Inflater.step(data)`: `(output, finished)`, or `None` when the data is bad.
fn inflater_step(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let v = super::arg(vm, a, 1, "step")?;
    let data = vm.bytes_like(v)?;
    let Some(r) = a[0].as_obj() else {
        return Err(vm.type_error("_Inflater object required"));
    };
    // Work on the state and the window taken out of their objects, then put them back.
    let (mut st, window) = match vm.heap.get_mut(r) {
        Obj::Host(h) if h.data.is::<Inflater>() => (
            core::mem::replace(&mut h.data, Box::new(())),
            h.refs.first().and_then(|w| w.as_obj()),
        ),
        _ => return Err(vm.type_error("_Inflater object required")),
    };
    let mut win = match window.map(|w| vm.heap.get_mut(w)) {
        Some(Obj::ByteArray(b)) => core::mem::take(b),
        _ => Vec::new(),
    };
    let result = match st.downcast_mut::<Inflater>() {
        Some(inf) if win.len() == WINDOW => Some(inf.step(&mut win, &data)),
        _ => None,
    };
    if let Obj::Host(h) = vm.heap.get_mut(r) {
        h.data = st;
    }
    if let Some(Obj::ByteArray(b)) = window.map(|w| vm.heap.get_mut(w)) {
        *b = win;
    }
    match result {
        None => Err(vm.type_error("_Inflater object required")),
        Some(Err(())) => Ok(Value::None),
        Some(Ok((out, done))) => {
            let b = vm.new_bytes(out)?;
            vm.new_tuple(vec![b, Value::Bool(done)])
        }
    }
}

fn add_inflater(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let class = native_class(vm, "_Inflater")?;
    set(vm, d, "_Inflater", Value::Obj(class))?;
    static_method(vm, class, "__new__", inflater_new)?;
    method(vm, class, "step", inflater_step)
}

pub fn init_zlib(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_natives(vm, d)?;
    def(vm, d, "crc32", |vm, a, _| {
        checksum(vm, a, "crc32", 0, crc32)
    })?;
    def(vm, d, "adler32", |vm, a, _| {
        checksum(vm, a, "adler32", 1, adler32)
    })?;
    super::exec_frozen(vm, d, super::frozen_code::ZLIB)
}

pub fn init_deflate(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_natives(vm, d)?;
    add_inflater(vm, d)?;
    super::exec_frozen(vm, d, super::frozen_code::DEFLATE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert_eq!(crc32(b"hello", 0), 0x3610_a686);
        assert_eq!(adler32(b"hello", 1), 0x062c_0215);
    }

    #[test]
    fn round_trips() {
        let data: Vec<u8> = (0..2000u32).map(|i| (i % 7 * 31) as u8).collect();
        for f in [Format::Raw, Format::Zlib, Format::Gzip] {
            let c = deflate_all(&data, f, 6);
            let (d, used) = inflate_all(&c, f, 1 << 20).unwrap();
            assert_eq!(d, data);
            assert_eq!(used, c.len());
            let (d, _) = inflate_all(&c, Format::Auto, 1 << 20).unwrap_or_default();
            if f != Format::Raw {
                assert_eq!(d, data);
            }
        }
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(inflate_all(b"\x78\x9c\x01\x02", Format::Zlib, 1 << 20).is_err());
        assert!(inflate_all(b"", Format::Gzip, 1 << 20).is_err());
        assert!(inflate_all(
            b"\x1f\x8b\x08\x04\0\0\0\0\0\0\xff\xff",
            Format::Gzip,
            1 << 20
        )
        .is_err());
        let big = deflate_all(&[0u8; 100_000], Format::Raw, 6);
        assert_eq!(inflate_all(&big, Format::Raw, 1000), Err(None));
    }
}
