//! The `bytes` and `bytearray` constructors and the methods they share (searching,
//! splitting, case, padding, hex, translation, decoding). The byte algorithms live in
//! `bytesalgo`; bytearray's mutators in `bytearraytype`; memoryview in `memoryview`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::bytesalgo as ba;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::Obj;
use crate::object::{native_table, NativeDef};
use crate::objstr::kwarg;
use crate::qstr::QStr;
use crate::textcodec::{self, CodecError};
use crate::value::Value;
use crate::vm::Vm;

type Kw<'a> = &'a [(QStr, Value)];

/// The Python exception for a codec failure.
pub fn codec_error(vm: &mut Vm, e: CodecError) -> PyErr {
    match e {
        CodecError::Lookup(m) => vm.error(ExcKind::LookupError, m),
        CodecError::Encode(m) => vm.error(ExcKind::UnicodeEncodeError, m),
        CodecError::Decode(m) => vm.error(ExcKind::UnicodeDecodeError, m),
    }
}

/// Positional argument `i` or keyword `name`.
fn arg(vm: &Vm, a: &[Value], kw: Kw, i: usize, name: &str) -> Option<Value> {
    a.get(i)
        .copied()
        .or_else(|| vm.interner.lookup(name).and_then(|q| kwarg(kw, q)))
}

/// A str argument (an encoding or error handler name).
fn name_arg(vm: &mut Vm, v: Option<Value>, default: &str, what: &str) -> PyResult<String> {
    match v {
        None => Ok(String::from(default)),
        Some(v) => match vm.str_ref(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(alloc::format!("{what} must be str, not {tn}")))
            }
        },
    }
}

/// Encoding and errors arguments at positions `i`, `i + 1`.
pub fn codec_args(vm: &mut Vm, a: &[Value], kw: Kw, i: usize) -> PyResult<(String, String)> {
    let e = arg(vm, a, kw, i, "encoding");
    let r = arg(vm, a, kw, i + 1, "errors");
    let enc = name_arg(vm, e, "utf-8", "decode() argument 'encoding'")?;
    let err = name_arg(vm, r, "strict", "decode() argument 'errors'")?;
    Ok((enc, err))
}

fn bytes_from(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    let src = arg(vm, a, kw, 1, "source");
    let enc_given = arg(vm, a, kw, 2, "encoding").is_some();
    let has_enc = enc_given || arg(vm, a, kw, 3, "errors").is_some();
    let no_string = if enc_given {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    };
    match src {
        None => {
            if has_enc {
                return Err(vm.type_error(no_string));
            }
            Ok(Vec::new())
        }
        Some(v) => {
            if let Some(s) = vm.str_ref(v) {
                let s = String::from(s);
                if !has_enc {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                let (enc, err) = codec_args(vm, a, kw, 2)?;
                return textcodec::encode(&s, &enc, &err).map_err(|e| codec_error(vm, e));
            }
            if has_enc {
                return Err(vm.type_error(no_string));
            }
            if let Value::Int(n) = v {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                if n as usize > vm.heap.free_bytes() {
                    return Err(vm.memory_error());
                }
                return Ok(alloc::vec![0u8; n as usize]);
            }
            if vm.is_bytes_like(v) {
                return vm.bytes_like(v);
            }
            if vm.is_int(v) {
                return Err(vm.memory_error());
            }
            let bytes_q = vm.interner.intern_static("__bytes__");
            if let Some(m) = vm.lookup_special(v, bytes_q) {
                let r = vm.call(m, &[v])?;
                if !matches!(r, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Bytes(_))) {
                    let tn = vm.type_name(r);
                    return Err(
                        vm.type_error(alloc::format!("__bytes__ returned non-bytes (type {tn})"))
                    );
                }
                return vm.bytes_like(r);
            }
            if !vm.is_iterable(v) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!("cannot convert '{tn}' object to bytes")));
            }
            let items = vm.iterate_to_vec(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(byte_value(vm, it)?);
            }
            Ok(out)
        }
    }
}

/// An integer in `range(0, 256)`.
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    if !vm.is_int(v) && vm.lookup_special(v, crate::qstr::q::__index__).is_none() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(alloc::format!(
            "'{tn}' object cannot be interpreted as an integer"
        )));
    }
    match vm.to_index(v) {
        Ok(n) if (0..256).contains(&n) => Ok(n as u8),
        Ok(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// True if `v` is a bytearray (or an instance of a subclass of it).
pub fn is_bytearray(vm: &Vm, v: Value) -> bool {
    match vm.base_value(v) {
        Value::Obj(r) => matches!(vm.heap.get(r), Obj::ByteArray(_)),
        _ => false,
    }
}

/// The bytes of `self` and whether results should be bytearrays.
fn this(vm: &mut Vm, a: &[Value]) -> PyResult<(Vec<u8>, bool)> {
    let v = match a.first() {
        Some(&v) => v,
        None => return Err(vm.type_error("descriptor needs an argument")),
    };
    let d = vm.bytes_like(v)?;
    Ok((d, is_bytearray(vm, v)))
}

fn make(vm: &mut Vm, d: Vec<u8>, array: bool) -> PyResult<Value> {
    if !vm.heap.can_charge(d.len()) {
        return Err(vm.memory_error());
    }
    if array {
        Ok(Value::Obj(vm.alloc(Obj::ByteArray(d))?))
    } else {
        vm.new_bytes(d)
    }
}

/// A list of new bytes (or bytearray) objects. The list is made (and charged) first,
/// at its final size, and roots the pieces as they are added.
fn make_list(vm: &mut Vm, parts: Vec<&[u8]>, array: bool) -> PyResult<Value> {
    let l = vm.new_list(Vec::with_capacity(parts.len()))?;
    vm.temp_roots.push(l);
    let r = (|| {
        for p in parts {
            let v = make(vm, p.to_vec(), array)?;
            if let Value::Obj(r) = l {
                if let Obj::List(items) = vm.heap.get_mut(r) {
                    items.push(v);
                }
            }
        }
        Ok(l)
    })();
    vm.temp_roots.pop();
    r
}

/// How many pieces a split of `d` makes at most (`sep` `None`: whitespace), counted
/// without building them, so the list's room is checked first.
fn split_count(d: &[u8], sep: Option<&[u8]>, max: i64) -> usize {
    let n = match sep {
        Some([]) => 1,
        Some(s) => {
            let (mut n, mut at) = (1, 0);
            while let Some(i) = ba::find(&d[at..], s) {
                n += 1;
                at += i + s.len();
            }
            n
        }
        None => d
            .split(|b| b.is_ascii_whitespace() || *b == 0x0b)
            .filter(|w| !w.is_empty())
            .count(),
    };
    if max >= 0 {
        n.min(max as usize + 1)
    } else {
        n
    }
}

/// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
fn buf_arg(vm: &mut Vm, v: Option<Value>, method: &str) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => vm.bytes_like(v),
        None => Err(vm.type_error(alloc::format!(
            "{method}() takes at least 1 argument (0 given)"
        ))),
    }
}

/// A search argument: a bytes-like object or an integer byte value.
fn sub_arg(vm: &mut Vm, v: Option<Value>, method: &str) -> PyResult<Vec<u8>> {
    match v {
        Some(v)
            if vm.is_bytes_like(v)
                || !vm.base_value(v).is(v) && vm.is_bytes_like(vm.base_value(v)) =>
        {
            vm.bytes_like(v)
        }
        Some(v) if vm.is_int(v) => Ok(alloc::vec![byte_value(vm, v)?]),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(alloc::format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
        None => Err(vm.type_error(alloc::format!(
            "{method}() takes at least 1 argument (0 given)"
        ))),
    }
}

/// The `start`/`end` arguments at `a[i]`, `a[i + 1]` as a byte range, or `None` if
/// `start` lies past the end (nothing can match there).
fn range_arg(vm: &mut Vm, a: &[Value], i: usize, len: usize) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let get = |vm: &mut Vm, v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            Some(&v) if !v.is_none() => {
                if let Some(crate::ops::Num::Big(b)) = vm.to_num(v) {
                    return Ok(Some(if num_traits::Signed::is_negative(&b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }));
                }
                Ok(Some(vm.to_index(v)?))
            }
            _ => Ok(None),
        }
    };
    let start = get(vm, a.get(i))?;
    let end = get(vm, a.get(i + 1))?;
    if let Some(s) = start {
        if s > n {
            return Ok(None);
        }
    }
    let s = norm(start.unwrap_or(0)) as usize;
    let e = norm(end.unwrap_or(n)) as usize;
    if s > e {
        return Ok(None);
    }
    Ok(Some((s, e)))
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool, method: &str) -> PyResult<i64> {
    let (d, _) = this(vm, a)?;
    let sub = sub_arg(vm, a.get(1).copied(), method)?;
    let Some((s, e)) = range_arg(vm, a, 2, d.len())? else {
        return Ok(-1);
    };
    let hay = &d[s..e];
    let r = if rev {
        ba::rfind(hay, &sub)
    } else {
        ba::find(hay, &sub)
    };
    Ok(r.map(|p| (p + s) as i64).unwrap_or(-1))
}

fn index_impl(vm: &mut Vm, a: &[Value], rev: bool, method: &str) -> PyResult<Value> {
    let i = find_impl(vm, a, rev, method)?;
    if i < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(i))
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    let chars = match a.get(1) {
        Some(&v) if !v.is_none() => Some(vm.bytes_like(v)?),
        _ => None,
    };
    let strip = |b: &u8| match &chars {
        Some(c) => c.contains(b),
        None => ba::is_space(*b),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&d[e - 1]) {
            e -= 1;
        }
    }
    make(vm, d[s..e].to_vec(), arr)
}

fn affix_impl(vm: &mut Vm, a: &[Value], start: bool) -> PyResult<Value> {
    let (d, _) = this(vm, a)?;
    let m = if start { "startswith" } else { "endswith" };
    let cands: Vec<Value> = match a.get(1) {
        Some(&v) if vm.is_bytes_like(v) => alloc::vec![v],
        Some(&v) if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) => {
            vm.iterate_to_vec(v)?
        }
        Some(&v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(alloc::format!(
                "{m} first arg must be bytes or a tuple of bytes, not {tn}"
            )));
        }
        None => {
            return Err(vm.type_error(alloc::format!("{m}() takes at least 1 argument (0 given)")))
        }
    };
    let Some((s, e)) = range_arg(vm, a, 2, d.len())? else {
        return Ok(Value::Bool(false));
    };
    let hay = &d[s..e];
    for c in cands {
        if !vm.is_bytes_like(c) {
            let tn = vm.type_name(c);
            return Err(vm.type_error(alloc::format!(
                "a bytes-like object is required, not '{tn}'"
            )));
        }
        let p = vm.bytes_like(c)?;
        if (start && hay.starts_with(&p)) || (!start && hay.ends_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    let sep = match arg(vm, a, kw, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.bytes_like(v)?),
    };
    let max = match arg(vm, a, kw, 2, "maxsplit") {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let n = split_count(&d, sep.as_deref(), max);
    vm.room_for(n.saturating_mul(core::mem::size_of::<Value>()))?;
    let parts = match &sep {
        Some(s) if s.is_empty() => return Err(vm.value_error("empty separator")),
        Some(s) if rev => ba::rsplit_sep(&d, s, max),
        Some(s) => ba::split_sep(&d, s, max),
        None if rev => ba::rsplit_ws(&d, max),
        None => ba::split_ws(&d, max),
    };
    make_list(vm, parts, arr)
}

fn partition_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    let sep = buf_arg(vm, a.get(1).copied(), "partition")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        ba::rfind(&d, &sep)
    } else {
        ba::find(&d, &sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&d[..i], &sep, &d[i + sep.len()..]],
        None if rev => [b"", b"", &d],
        None => [&d, b"", b""],
    };
    let list = make_list(vm, parts.to_vec(), arr)?;
    let items = match list {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(l) => l.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    vm.new_tuple(items)
}

fn pad_impl(vm: &mut Vm, a: &[Value], how: u8, method: &str) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
    let fill = match a.get(2) {
        Some(&v) => {
            let f = if vm.is_bytes_like(v) {
                vm.bytes_like(v)?
            } else {
                Vec::new()
            };
            if f.len() != 1 {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!(
                    "{method}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
            f[0]
        }
        None => b' ',
    };
    let w = w.max(0) as usize;
    if w <= d.len() {
        return make(vm, d, arr);
    }
    if w > vm.heap.free_bytes() {
        return Err(vm.memory_error());
    }
    let (l, r) = match how {
        b'c' => ba::center_pad(d.len(), w),
        b'l' => (0, w - d.len()),
        _ => (w - d.len(), 0),
    };
    let mut out = alloc::vec![fill; l];
    out.extend_from_slice(&d);
    out.resize(out.len() + r, fill);
    make(vm, out, arr)
}

fn hex_impl(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, _) = this(vm, a)?;
    let sep = match arg(vm, a, kw, 1, "sep") {
        None => None,
        Some(v) => {
            let s: Vec<char> = if let Some(s) = vm.str_ref(v) {
                s.chars().collect()
            } else if vm.is_bytes_like(v) {
                vm.bytes_like(v)?.into_iter().map(char::from).collect()
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s[0])
        }
    };
    let per = match arg(vm, a, kw, 2, "bytes_per_sep") {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    vm.new_str(ba::hex(&d, sep, per))
}

fn fromhex_impl(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let v = a.get(1).copied().unwrap_or(Value::None);
    let s = match vm.str_ref(v) {
        Some(s) => String::from(s),
        None => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(alloc::format!("fromhex() argument must be str, not {tn}")));
        }
    };
    let d = ba::fromhex(&s).map_err(|p| {
        vm.value_error(alloc::format!(
            "non-hexadecimal number found in fromhex() arg at position {p}"
        ))
    })?;
    let array = matches!(a[0], Value::Obj(c) if c == vm.types.bytearray);
    let r = make(vm, d, array)?;
    if matches!(a[0], Value::Obj(c) if c == vm.types.bytes || c == vm.types.bytearray) {
        return Ok(r);
    }
    vm.temp_roots.push(r);
    let out = vm.call(a[0], &[r]);
    vm.temp_roots.pop();
    out
}

fn maketrans_impl(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let (x, y) = match (a.first(), a.get(1)) {
        (Some(&x), Some(&y)) => (vm.bytes_like(x)?, vm.bytes_like(y)?),
        _ => return Err(vm.type_error("maketrans expected 2 arguments")),
    };
    if x.len() != y.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in x.into_iter().zip(y) {
        table[f as usize] = t;
    }
    vm.new_bytes(table)
}

fn translate_impl(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    let table = match arg(vm, a, kw, 1, "table") {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = vm.bytes_like(v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match arg(vm, a, kw, 2, "delete") {
        Some(v) => vm.bytes_like(v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map(|t| t[b as usize]).unwrap_or(b))
        .collect();
    make(vm, out, arr)
}

fn join_impl(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let (sep, arr) = this(vm, a)?;
    let items = vm.iterate_to_vec(a.get(1).copied().unwrap_or(Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if !vm.is_bytes_like(it) && !vm.is_bytes_like(vm.base_value(it)) {
            let tn = vm.type_name(it);
            return Err(vm.type_error(alloc::format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        }
        out.extend(vm.bytes_like(it)?);
        if !vm.heap.can_charge(out.len()) {
            return Err(vm.memory_error());
        }
    }
    make(vm, out, arr)
}

fn map_impl(vm: &mut Vm, a: &[Value], f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (d, arr) = this(vm, a)?;
    make(vm, f(&d), arr)
}

fn pred_impl(vm: &mut Vm, a: &[Value], f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (d, _) = this(vm, a)?;
    Ok(Value::Bool(f(&d)))
}

fn all_of(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn register_predicates(vm: &mut Vm, ty: crate::value::ObjRef) {
    static BYTESTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("isalpha", |vm, a, _| {
            pred_impl(vm, a, |d| all_of(d, u8::is_ascii_alphabetic))
        }),
        NativeDef::method("isdigit", |vm, a, _| {
            pred_impl(vm, a, |d| all_of(d, u8::is_ascii_digit))
        }),
        NativeDef::method("isalnum", |vm, a, _| {
            pred_impl(vm, a, |d| all_of(d, u8::is_ascii_alphanumeric))
        }),
        NativeDef::method("isspace", |vm, a, _| {
            pred_impl(vm, a, |d| all_of(d, |b| ba::is_space(*b)))
        }),
        NativeDef::method("isascii", |vm, a, _| pred_impl(vm, a, |d| d.is_ascii())),
        NativeDef::method("isupper", |vm, a, _| pred_impl(vm, a, ba::isupper)),
        NativeDef::method("islower", |vm, a, _| pred_impl(vm, a, ba::islower)),
        NativeDef::method("istitle", |vm, a, _| pred_impl(vm, a, ba::istitle)),
    ]);
    vm.add_native_table(ty, BYTESTYPE_NATIVES_1);
}

fn register_shared(vm: &mut Vm, ty: crate::value::ObjRef) {
    register_predicates(vm, ty);
    static BYTESTYPE_NATIVES_2: &[NativeDef] = &native_table([
        NativeDef::method("decode", |vm, a, kw| {
            let (d, _) = this(vm, a)?;
            let (enc, err) = codec_args(vm, a, kw, 1)?;
            let s = textcodec::decode(&d, &enc, &err).map_err(|e| codec_error(vm, e))?;
            vm.new_str(s)
        }),
        NativeDef::method("hex", hex_impl),
        NativeDef::class_method("fromhex", |vm, a, _| fromhex_impl(vm, a)),
        NativeDef::static_method("maketrans", |vm, a, _| maketrans_impl(vm, a)),
        NativeDef::method("translate", translate_impl),
        NativeDef::method("find", |vm, a, _| {
            Ok(Value::Int(find_impl(vm, a, false, "find")?))
        }),
        NativeDef::method("rfind", |vm, a, _| {
            Ok(Value::Int(find_impl(vm, a, true, "rfind")?))
        }),
        NativeDef::method("index", |vm, a, _| index_impl(vm, a, false, "index")),
        NativeDef::method("rindex", |vm, a, _| index_impl(vm, a, true, "rindex")),
        NativeDef::method("count", |vm, a, _| {
            let (d, _) = this(vm, a)?;
            let sub = sub_arg(vm, a.get(1).copied(), "count")?;
            let n = match range_arg(vm, a, 2, d.len())? {
                Some((s, e)) => ba::count(&d[s..e], &sub),
                None => 0,
            };
            Ok(Value::Int(n as i64))
        }),
        NativeDef::method("startswith", |vm, a, _| affix_impl(vm, a, true)),
        NativeDef::method("endswith", |vm, a, _| affix_impl(vm, a, false)),
        NativeDef::method("join", |vm, a, _| join_impl(vm, a)),
        NativeDef::method("replace", |vm, a, kw| {
            let (d, arr) = this(vm, a)?;
            let old = buf_arg(vm, a.get(1).copied(), "replace")?;
            let new = buf_arg(vm, a.get(2).copied(), "replace")?;
            let count = match arg(vm, a, kw, 3, "count") {
                Some(v) => vm.to_index(v)?,
                None => -1,
            };
            let n = ba::count(&d, &old) as u128;
            if (d.len() as u128) + n * new.len() as u128 > vm.heap.free_bytes() as u128 {
                return Err(vm.memory_error());
            }
            let out = ba::replace(&d, &old, &new, count);
            make(vm, out, arr)
        }),
        NativeDef::method("split", |vm, a, kw| split_impl(vm, a, kw, false)),
        NativeDef::method("rsplit", |vm, a, kw| split_impl(vm, a, kw, true)),
        NativeDef::method("splitlines", |vm, a, kw| {
            let (d, arr) = this(vm, a)?;
            let keep = match arg(vm, a, kw, 1, "keepends") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let n = d.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
            vm.room_for(n.saturating_mul(core::mem::size_of::<Value>()))?;
            make_list(vm, ba::splitlines(&d, keep), arr)
        }),
        NativeDef::method("partition", |vm, a, _| partition_impl(vm, a, false)),
        NativeDef::method("rpartition", |vm, a, _| partition_impl(vm, a, true)),
        NativeDef::method("strip", |vm, a, _| strip_impl(vm, a, true, true)),
        NativeDef::method("lstrip", |vm, a, _| strip_impl(vm, a, true, false)),
        NativeDef::method("rstrip", |vm, a, _| strip_impl(vm, a, false, true)),
        NativeDef::method("upper", |vm, a, _| {
            map_impl(vm, a, |d| d.to_ascii_uppercase())
        }),
        NativeDef::method("lower", |vm, a, _| {
            map_impl(vm, a, |d| d.to_ascii_lowercase())
        }),
        NativeDef::method("swapcase", |vm, a, _| map_impl(vm, a, ba::swapcase)),
        NativeDef::method("title", |vm, a, _| map_impl(vm, a, ba::title)),
        NativeDef::method("capitalize", |vm, a, _| map_impl(vm, a, ba::capitalize)),
        NativeDef::method("center", |vm, a, _| pad_impl(vm, a, b'c', "center")),
        NativeDef::method("ljust", |vm, a, _| pad_impl(vm, a, b'l', "ljust")),
        NativeDef::method("rjust", |vm, a, _| pad_impl(vm, a, b'r', "rjust")),
        NativeDef::method("zfill", |vm, a, _| {
            let (d, arr) = this(vm, a)?;
            let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
            if w > 0 && w as u64 > vm.heap.free_bytes() as u64 {
                return Err(vm.memory_error());
            }
            make(vm, ba::zfill(&d, w.max(0) as usize), arr)
        }),
        NativeDef::method("expandtabs", |vm, a, kw| {
            let (d, arr) = this(vm, a)?;
            let t = match arg(vm, a, kw, 1, "tabsize") {
                Some(v) => vm.to_index(v)?,
                None => 8,
            };
            let tabs = d.iter().filter(|&&b| b == b'\t').count() as u128;
            if tabs * t.max(0) as u128 > vm.heap.free_bytes() as u128 {
                return Err(vm.memory_error());
            }
            make(vm, ba::expandtabs(&d, t), arr)
        }),
        NativeDef::method("removeprefix", |vm, a, _| {
            let (d, arr) = this(vm, a)?;
            let p = buf_arg(vm, a.get(1).copied(), "removeprefix")?;
            let r = d.strip_prefix(&p[..]).unwrap_or(&d).to_vec();
            make(vm, r, arr)
        }),
        NativeDef::method("removesuffix", |vm, a, _| {
            let (d, arr) = this(vm, a)?;
            let p = buf_arg(vm, a.get(1).copied(), "removesuffix")?;
            let r = d.strip_suffix(&p[..]).unwrap_or(&d).to_vec();
            make(vm, r, arr)
        }),
        NativeDef::method("__len__", |vm, a, _| {
            let (d, _) = this(vm, a)?;
            Ok(Value::Int(d.len() as i64))
        }),
        NativeDef::method("__getitem__", |vm, a, _| {
            let b = vm.base_value(a[0]);
            crate::objbytes::bytes_getitem(vm, b, a[1])
        }),
        NativeDef::method("__contains__", |vm, a, _| {
            let b = vm.base_value(a[0]);
            Ok(Value::Bool(crate::objbytes::bytes_contains(vm, b, a[1])?))
        }),
        NativeDef::method("__mod__", |vm, a, _| {
            let b = vm.base_value(a[0]);
            crate::objbytes::bytes_percent(vm, b, a[1])
        }),
    ]);
    vm.add_native_table(ty, BYTESTYPE_NATIVES_2);
}

pub fn register(vm: &mut Vm) -> PyResult<()> {
    let b = vm.types.bytes;
    static BYTESTYPE_NATIVES_3: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            // `bytes([256])` says "bytes must be ..." where bytearray says "byte".
            let d = bytes_from(vm, a, kw).map_err(|e| {
                if vm.err_matches(e, crate::error::ExcKind::ValueError)
                    && vm.exception_str(e.0).ok().as_deref()
                        == Some("byte must be in range(0, 256)")
                {
                    vm.value_error("bytes must be in range(0, 256)")
                } else {
                    e
                }
            })?;
            let v = vm.new_bytes(d)?;
            crate::builtin_types::wrap_subclass(vm, a[0], v)
        })]);
    vm.add_native_table(b, BYTESTYPE_NATIVES_3);
    let bat = vm.types.bytearray;
    static BYTESTYPE_NATIVES_4: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            let d = bytes_from(vm, a, kw)?;
            let v = Value::Obj(vm.alloc(Obj::ByteArray(d))?);
            crate::builtin_types::wrap_subclass(vm, a[0], v)
        })]);
    vm.add_native_table(bat, BYTESTYPE_NATIVES_4);
    register_shared(vm, b);
    register_shared(vm, bat);
    crate::bytearraytype::register(vm, bat);
    crate::memoryview::register(vm);
    Ok(())
}
