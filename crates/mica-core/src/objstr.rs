//! The `str` type: indexing and slicing, `%`-formatting, `format()` specs, and the
//! string methods.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::formatspec;
use crate::intparse::IntValue;
use crate::object::Obj;
use crate::ops::Num;
use crate::qstr::{q, QStr};
use crate::value::Value;
use crate::vm::Vm;

/// Whether a str value is ASCII, and its length in characters.
fn str_shape(vm: &Vm, s: Value) -> (bool, usize) {
    if let Value::Obj(r) = s {
        if let Obj::Str(so) = vm.heap.get(r) {
            return (so.char_len == so.s.len(), so.char_len);
        }
    }
    let text = vm.str_ref(s).unwrap_or("");
    if text.is_ascii() {
        (true, text.len())
    } else {
        (false, text.chars().count())
    }
}

/// `s[i]` for an ASCII str value and an in-range int index, without the general
/// protocol (the result is one of the VM's interned one-character strings); `None` for
/// anything else.
#[inline]
pub fn str_index_fast(vm: &Vm, s: Value, i: i64) -> Option<Value> {
    let bytes = match s {
        Value::Str(q) => {
            let t = vm.interner.get(q);
            if !t.is_ascii() {
                return None;
            }
            t.as_bytes()
        }
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(so) if so.char_len == so.s.len() => so.s.as_bytes(),
            _ => return None,
        },
        _ => return None,
    };
    let n = bytes.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return None;
    }
    Some(Value::Str(crate::qstr::ascii_char(bytes[j as usize])))
}

/// The text of an exact `str` value (interned or on the heap); `None` for anything else
/// (instances of `str` subclasses included, as they may override comparisons).
#[inline]
pub fn exact_str_text(vm: &Vm, v: Value) -> Option<&str> {
    match v {
        Value::Str(q) => Some(vm.interner.get(q)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(so) => Some(&so.s),
            _ => None,
        },
        _ => None,
    }
}

/// Comparison `k` (`<`, `<=`, `==`, `!=`, `>`, `>=`) of two exact str values, by code
/// point (UTF-8 byte order is code point order); `None` when either is not one.
#[inline]
pub fn str_compare_fast(vm: &Vm, a: Value, b: Value, k: u32) -> Option<bool> {
    let x = exact_str_text(vm, a)?;
    let y = exact_str_text(vm, b)?;
    Some(crate::ops::compare_holds(x, y, k))
}

/// `s[key]` for a str value.
pub fn str_getitem(vm: &mut Vm, s: Value, key: Value) -> PyResult<Value> {
    if let Value::Int(i) = key {
        // Fast path: index without copying the string.
        if let Some(c) = vm.str_char_at(s, i) {
            return vm.char_value(c);
        }
    }
    let (ascii, len) = str_shape(vm, s);
    if let Some(sl) = vm.is_slice(key) {
        let (start, _, step, count) = vm.slice_bounds(sl, len)?;
        let text = vm.str_ref(s).unwrap_or("");
        let out: String = if count == 0 {
            String::new()
        } else if ascii && step == 1 {
            let start = start as usize;
            if count == 1 {
                return vm.char_value(text.as_bytes()[start] as char);
            }
            String::from(&text[start..start + count])
        } else if ascii {
            let bytes = text.as_bytes();
            (0..count)
                .map(|i| bytes[(start + i as i64 * step) as usize] as char)
                .collect()
        } else {
            let chars: Vec<char> = text.chars().collect();
            (0..count)
                .map(|i| chars[(start + i as i64 * step) as usize])
                .collect()
        };
        return vm.new_str(out);
    }
    let text = String::from(vm.str_ref(s).unwrap_or(""));
    let i = vm.seq_index(key, len, "string")?;
    let c = crate::runtime::char_at(&text, i, ascii).unwrap_or(' ');
    vm.char_value(c)
}

/// `format(v, spec)` for the built-in types and `__format__` of user classes.
pub fn format_with_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    let is_user =
        matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_) | Obj::Host(_)));
    if is_user {
        if let Some(m) = vm.lookup_special(v, q::__format__) {
            let sv = vm.new_str_from(spec)?;
            return vm.call(m, &[v, sv]);
        }
        if spec.is_empty() {
            return vm.str_of(v);
        }
        let b = vm.base_value(v);
        if b.is(v) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(alloc::format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        }
        return format_with_spec(vm, b, spec);
    }
    if spec.is_empty() {
        // `format(x, "")` is `str(x)` for every built-in type.
        return match v {
            Value::Str(_) => Ok(v),
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_)) => Ok(v),
            _ => vm.str_of(v),
        };
    }
    let type_name = vm.type_name(v);
    let parsed = match formatspec::parse_format_spec_named(spec, &type_name) {
        Ok(p) => p,
        Err(e) => return Err(format_error(vm, e)),
    };
    // The width and the precision are the program's: the text is only built if the
    // heap could hold it.
    let fill = parsed.fill.map_or(1, |c| c.len_utf8());
    let size = parsed
        .width
        .unwrap_or(0)
        .saturating_mul(fill)
        .max(parsed.precision.unwrap_or(0));
    vm.room_for(size)?;
    let out = match v {
        Value::Bool(_) if spec.is_empty() => return vm.str_of(v),
        _ => match vm.to_num(v) {
            Some(Num::Int(i)) => {
                formatspec::format_int_named(&IntValue::Small(i), &parsed, &type_name)
            }
            Some(Num::Big(b)) => {
                formatspec::format_int_named(&IntValue::Big(b), &parsed, &type_name)
            }
            Some(Num::Float(f)) => formatspec::format_float_named(f, &parsed, &type_name),
            Some(Num::Complex(re, im)) => {
                if spec.is_empty() {
                    return vm.str_of(v);
                }
                formatspec::format_complex(re, im, &parsed)
            }
            None => {
                if let Some(s) = vm.str_ref(v) {
                    let s = String::from(s);
                    formatspec::format_str_named(&s, &parsed, &type_name)
                } else if spec.is_empty() {
                    return vm.str_of(v);
                } else {
                    // `object.__format__` takes only an empty spec.
                    return Err(vm.type_error(alloc::format!(
                        "unsupported format string passed to {type_name}.__format__"
                    )));
                }
            }
        },
    };
    match out {
        Ok(s) => vm.new_str(s),
        Err(e) => Err(format_error(vm, e)),
    }
}

fn format_error(vm: &mut Vm, e: formatspec::FormatError) -> crate::error::PyErr {
    match e {
        formatspec::FormatError::Value(m) => vm.value_error(m),
        formatspec::FormatError::Overflow(m) => vm.overflow_error(m),
    }
}

/// `fmt % args` for the common simple case: only `%d`, `%i`, `%s` and `%%` directives
/// (no flags, width, precision or keys) applied to machine ints and interned strs, one
/// argument per directive. `None` when anything else is involved (the general path
/// then decides, including every error).
fn percent_format_simple(vm: &Vm, fmt: &str, args: Value) -> Option<String> {
    let one = [args];
    let items: &[Value] = match args {
        Value::Int(_) | Value::Str(_) => &one,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => t,
            _ => return None,
        },
        _ => return None,
    };
    let mut out = String::with_capacity(fmt.len() + 8);
    let mut next = 0;
    let mut rest = fmt;
    while let Some(p) = rest.find('%') {
        out.push_str(&rest[..p]);
        let conv = *rest.as_bytes().get(p + 1)?;
        if !matches!(conv, b'%' | b'd' | b'i' | b's') {
            return None;
        }
        // `%` and the (ASCII) conversion letter: two bytes.
        rest = &rest[p + 2..];
        if conv == b'%' {
            out.push('%');
            continue;
        }
        let arg = *items.get(next)?;
        next += 1;
        match (conv, arg) {
            (b'd' | b'i' | b's', Value::Int(n)) => {
                use core::fmt::Write;
                let _ = write!(out, "{n}");
            }
            (b's', Value::Str(q)) => out.push_str(vm.interner.get(q)),
            _ => return None,
        }
    }
    out.push_str(rest);
    (next == items.len()).then_some(out)
}

/// `fmt % args` for str.
pub fn percent_format_str(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Value> {
    if let Some(s) = percent_format_simple(vm, fmt, args) {
        return vm.new_str(s);
    }
    let is_tuple = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    let is_mapping = !is_tuple
        && !vm.is_str(args)
        && (vm.dict_ref(args).is_some()
            || vm.lookup_special(args, q::__getitem__).is_some()
                && !matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range(_))));
    let items: Vec<Value> = if is_tuple {
        vm.iterate_to_vec(args)?
    } else {
        alloc::vec![args]
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // Mapping key.
        let mut mapped: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let k = vm.new_str(key)?;
            mapped = Some(vm.get_item(args, k)?);
            // Like CPython, a keyed conversion consumes the positional argument.
            next = items.len();
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm, &items, &mut next)?;
            let w = vm.to_index(w)?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = Some(w.parse().unwrap_or(usize::MAX));
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm, &items, &mut next)?;
                prec = Some(vm.to_index(p)?.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(if p.is_empty() {
                    0
                } else {
                    p.parse().unwrap_or(usize::MAX)
                });
            }
        }
        if width.is_some_and(|w| w > i32::MAX as usize) {
            return Err(vm.value_error("width too big"));
        }
        if prec.is_some_and(|p| p > i32::MAX as usize) {
            return Err(vm.value_error("precision too big"));
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        // The padded text must fit in the heap: fail before building it natively.
        let free = vm.heap.free_bytes();
        let prec_len = if matches!(conv, 's' | 'r' | 'a') {
            None
        } else {
            prec
        };
        if width.is_some_and(|w| w > free) || prec_len.is_some_and(|p| p > free) {
            return Err(vm.memory_error());
        }
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match mapped {
            Some(v) => v,
            None => take_arg(vm, &items, &mut next)?,
        };
        // Plain `%d` of a machine int and `%s` of an interned str need no spec.
        if flags.is_empty() && width.is_none() && prec.is_none() {
            match (conv, arg) {
                ('d' | 'i' | 'u', Value::Int(n)) => {
                    use core::fmt::Write;
                    let _ = write!(out, "{n}");
                    continue;
                }
                ('s', Value::Str(q)) => {
                    out.push_str(vm.interner.get(q));
                    continue;
                }
                _ => {}
            }
        }
        let mut spec = String::new();
        let left = flags.contains('-');
        let body = match conv {
            's' | 'r' | 'a' => {
                let sv = match conv {
                    's' => vm.str_of(arg)?,
                    'r' => vm.repr_of(arg)?,
                    _ => vm.ascii_of(arg)?,
                };
                let mut s = String::from(vm.str_ref(sv).unwrap_or(""));
                if let Some(p) = prec {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                if flags.contains('+') {
                    spec.push('+');
                } else if flags.contains(' ') {
                    spec.push(' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                let num = match conv {
                    'c' => None,
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match vm.to_num(arg) {
                        Some(Num::Float(_)) if matches!(conv, 'x' | 'X' | 'o') => {
                            return Err(vm.type_error(alloc::format!(
                                "%{conv} format: an integer is required, not float"
                            )));
                        }
                        Some(Num::Float(f)) if f.is_nan() => {
                            return Err(vm.value_error("cannot convert float NaN to integer"));
                        }
                        Some(Num::Float(f)) => {
                            let b = crate::floatfmt::float_to_bigint(libm::trunc(f));
                            match b {
                                Some(b) => Some(vm.new_bigint(b)?),
                                None => {
                                    return Err(vm.overflow_error(
                                        "cannot convert float infinity to integer",
                                    ))
                                }
                            }
                        }
                        Some(Num::Int(_)) | Some(Num::Big(_)) => Some(arg),
                        _ => {
                            let tn = vm.type_name(arg);
                            let what = if conv == 'x' || conv == 'X' || conv == 'o' {
                                alloc::format!("%{conv} format: an integer is required, not {tn}")
                            } else {
                                alloc::format!(
                                    "%{conv} format: a real number is required, not {tn}"
                                )
                            };
                            return Err(vm.type_error(what));
                        }
                    },
                    _ => match vm.to_num(arg) {
                        Some(Num::Complex(..)) | None => {
                            let tn = vm.type_name(arg);
                            return Err(
                                vm.type_error(alloc::format!("must be real number, not {tn}"))
                            );
                        }
                        _ => Some(Value::Float(vm.to_float(arg)?)),
                    },
                };
                match conv {
                    'c' => {
                        let ch = if let Some(s) = vm.str_ref(arg) {
                            if s.chars().count() != 1 {
                                return Err(vm.type_error("%c requires int or char"));
                            }
                            String::from(s)
                        } else {
                            let n = vm.to_index(arg)?;
                            match char::from_u32(n as u32) {
                                Some(c) if n >= 0 => String::from(c),
                                _ => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                            }
                        };
                        ch
                    }
                    _ => {
                        if let Some(p) = prec {
                            if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                                spec.push_str(&alloc::format!(".{p}"));
                            }
                        } else if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                            spec.push_str(".6");
                        }
                        let t = match conv {
                            'i' | 'u' => 'd',
                            c => c,
                        };
                        spec.push(t);
                        let num = num.unwrap_or(Value::Int(0));
                        let s = format_with_spec(vm, num, &spec)?;
                        let mut s = String::from(vm.str_ref(s).unwrap_or(""));
                        if let (Some(p), 'd' | 'i' | 'u' | 'x' | 'X' | 'o') = (prec, conv) {
                            // Precision on ints is a minimum digit count.
                            // Digits start after the sign and any `0x`/`0o` prefix.
                            let mut pos = s.find(|c: char| c.is_ascii_hexdigit()).unwrap_or(0);
                            if flags.contains('#')
                                && matches!(conv, 'x' | 'X' | 'o')
                                && s.len() > pos + 1
                            {
                                pos += 2;
                            }
                            let digits = s.len() - pos;
                            if digits < p {
                                let pad = "0".repeat(p - digits);
                                s.insert_str(pos, &pad);
                            }
                        }
                        s
                    }
                }
            }
            other => {
                // CPython shows only printable ASCII; anything else as '?'.
                let shown = if (' '..='~').contains(&other) {
                    other
                } else {
                    '?'
                };
                return Err(vm.value_error(alloc::format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    other as u32,
                    i - 1
                )));
            }
        };
        let w = width.unwrap_or(0);
        let n = body.chars().count();
        if n >= w {
            out.push_str(&body);
        } else if left {
            out.push_str(&body);
            out.extend(core::iter::repeat_n(' ', w - n));
        } else if flags.contains('0') && !matches!(conv, 's' | 'r' | 'a' | 'c') {
            let (sign, rest) = match body.chars().next() {
                Some(c) if c == '-' || c == '+' || c == ' ' => (Some(c), &body[1..]),
                _ => (None, &body[..]),
            };
            if let Some(s) = sign {
                out.push(s);
            }
            let (pfx, rest2) =
                if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") {
                    (&rest[..2], &rest[2..])
                } else {
                    ("", rest)
                };
            out.push_str(pfx);
            out.extend(core::iter::repeat_n('0', w - n));
            out.push_str(rest2);
        } else {
            out.extend(core::iter::repeat_n(' ', w - n));
            out.push_str(&body);
        }
    }
    if !is_mapping && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    vm.new_str(out)
}

fn take_arg(vm: &mut Vm, items: &[Value], next: &mut usize) -> PyResult<Value> {
    match items.get(*next) {
        Some(&v) => {
            *next += 1;
            Ok(v)
        }
        None => Err(vm.type_error("not enough arguments for format string")),
    }
}

/// The text of `args[0]` for a str method, or a TypeError.
pub fn self_str(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<String> {
    match args.first().and_then(|&v| vm.str_ref(v)) {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error(alloc::format!(
            "descriptor '{method}' requires a 'str' object"
        ))),
    }
}

/// A keyword argument by name.
pub fn kwarg(kw: &[(QStr, Value)], name: QStr) -> Option<Value> {
    kw.iter().find(|(k, _)| *k == name).map(|&(_, v)| v)
}

#[allow(dead_code)]
fn _kind(_: ExcKind) {}
