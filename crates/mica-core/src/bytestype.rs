//! The `bytes`, `bytearray` and `memoryview` constructors and methods.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::object::{MemoryViewObj, Obj};
use crate::value::Value;
use crate::vm::Vm;

fn bytes_from(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<u8>> {
    match a.get(1).copied() {
        None => Ok(Vec::new()),
        Some(v) => {
            if let Some(s) = vm.str_ref(v) {
                if a.len() < 3 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                return Ok(String::from(s).into_bytes());
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
            // `__bytes__` (also how `array.array` exposes its buffer).
            let bq = vm.interner.intern("__bytes__");
            if matches!(v, Value::Obj(_)) {
                if let Some(m) = vm.lookup_special(v, bq) {
                    let r = vm.call(m, &[v])?;
                    if !matches!(r, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Bytes(_))) {
                        let tn = vm.type_name(r);
                        return Err(vm.type_error(alloc::format!(
                            "__bytes__ returned non-bytes (type {tn})"
                        )));
                    }
                    return vm.bytes_like(r);
                }
            }
            let items = vm.iterate_to_vec(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let n = vm.to_index(it)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
    }
}

pub fn register(vm: &mut Vm) -> PyResult<()> {
    let b = vm.types.bytes;
    vm.add_static_method(b, "__new__", |vm, a, _| {
        let d = bytes_from(vm, a)?;
        vm.new_bytes(d)
    });
    let ba = vm.types.bytearray;
    vm.add_static_method(ba, "__new__", |vm, a, _| {
        let d = bytes_from(vm, a)?;
        Ok(Value::Obj(vm.alloc(Obj::ByteArray(d))?))
    });
    for ty in [b, ba] {
        vm.add_method(ty, "decode", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            match String::from_utf8(d) { Ok(s) => vm.new_str(s), Err(e) => Err(vm.error(ExcKind::UnicodeDecodeError, alloc::format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", e.as_bytes()[e.utf8_error().valid_up_to()], e.utf8_error().valid_up_to()))) }
        });
        vm.add_method(ty, "hex", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s: String = d.iter().map(|x| alloc::format!("{x:02x}")).collect();
            vm.new_str(s)
        });
        vm.add_method(ty, "find", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s = sub(vm, a[1])?;
            Ok(Value::Int(find(&d, &s).map(|i| i as i64).unwrap_or(-1)))
        });
        vm.add_method(ty, "index", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s = sub(vm, a[1])?;
            match find(&d, &s) {
                Some(i) => Ok(Value::Int(i as i64)),
                None => Err(vm.value_error("subsection not found")),
            }
        });
        vm.add_method(ty, "count", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s = sub(vm, a[1])?;
            let mut n = 0;
            let mut i = 0;
            if s.is_empty() {
                return Ok(Value::Int(d.len() as i64 + 1));
            }
            while i + s.len() <= d.len() {
                if d[i..i + s.len()] == s[..] {
                    n += 1;
                    i += s.len();
                } else {
                    i += 1;
                }
            }
            Ok(Value::Int(n))
        });
        vm.add_method(ty, "startswith", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s = sub(vm, a[1])?;
            Ok(Value::Bool(d.starts_with(&s)))
        });
        vm.add_method(ty, "endswith", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s = sub(vm, a[1])?;
            Ok(Value::Bool(d.ends_with(&s)))
        });
        vm.add_method(ty, "join", |vm, a, _| {
            let sep = vm.bytes_like(a[0])?;
            let items = vm.iterate_to_vec(a[1])?;
            let mut out = Vec::new();
            for (i, it) in items.into_iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend(vm.bytes_like(it)?);
            }
            let is_array = matches!(
                vm.heap.get(a[0].as_obj().unwrap_or(vm.builtins)),
                Obj::ByteArray(_)
            );
            if is_array {
                Ok(Value::Obj(vm.alloc(Obj::ByteArray(out))?))
            } else {
                vm.new_bytes(out)
            }
        });
        vm.add_method(ty, "replace", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let old = sub(vm, a[1])?;
            let new = sub(vm, a[2])?;
            let mut out = Vec::new();
            let mut i = 0;
            while i < d.len() {
                if !old.is_empty() && d[i..].starts_with(&old) {
                    out.extend_from_slice(&new);
                    i += old.len();
                } else {
                    out.push(d[i]);
                    i += 1;
                }
            }
            vm.new_bytes(out)
        });
        vm.add_method(ty, "split", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let parts: Vec<Vec<u8>> = match a.get(1) {
                Some(&s) if !s.is_none() => {
                    let s = sub(vm, s)?;
                    if s.is_empty() {
                        return Err(vm.value_error("empty separator"));
                    }
                    let mut v = Vec::new();
                    let mut cur = 0;
                    let mut i = 0;
                    while i + s.len() <= d.len() {
                        if d[i..i + s.len()] == s[..] {
                            v.push(d[cur..i].to_vec());
                            i += s.len();
                            cur = i;
                        } else {
                            i += 1;
                        }
                    }
                    v.push(d[cur..].to_vec());
                    v
                }
                _ => d
                    .split(|c| c.is_ascii_whitespace())
                    .filter(|p| !p.is_empty())
                    .map(|p| p.to_vec())
                    .collect(),
            };
            let mut vals = Vec::new();
            for p in parts {
                let v = vm.new_bytes(p)?;
                vm.temp_roots.push(v);
                vals.push(v);
            }
            let n = vm.temp_roots.len() - vals.len();
            vm.temp_roots.truncate(n);
            vm.new_list(vals)
        });
        vm.add_method(ty, "strip", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            let s: Vec<u8> = d
                .iter()
                .copied()
                .skip_while(|c| c.is_ascii_whitespace())
                .collect();
            let mut s = s;
            while s.last().map(|c| c.is_ascii_whitespace()).unwrap_or(false) {
                s.pop();
            }
            vm.new_bytes(s)
        });
        vm.add_method(ty, "upper", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            vm.new_bytes(d.to_ascii_uppercase())
        });
        vm.add_method(ty, "lower", |vm, a, _| {
            let d = vm.bytes_like(a[0])?;
            vm.new_bytes(d.to_ascii_lowercase())
        });
    }
    vm.add_class_method(b, "fromhex", |vm, a, _| {
        let s = vm.expect_str(
            a.get(1).copied().unwrap_or(Value::None),
            "fromhex() argument",
        )?;
        let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() % 2 != 0 {
            return Err(vm.value_error("non-hexadecimal number found in fromhex() arg"));
        }
        let mut out = Vec::new();
        for pair in digits.chunks(2) {
            match (pair[0].to_digit(16), pair[1].to_digit(16)) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
            }
        }
        vm.new_bytes(out)
    });
    vm.add_method(ba, "append", |vm, a, _| {
        let n = vm.to_index(a[1])?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        if let Some(Obj::ByteArray(v)) = a[0].as_obj().map(|r| vm.heap.get_mut(r)) {
            v.push(n as u8);
        }
        Ok(Value::None)
    });
    vm.add_method(ba, "extend", |vm, a, _| {
        let d = bytes_from(vm, &[a[0], a[1]])?;
        if let Some(Obj::ByteArray(v)) = a[0].as_obj().map(|r| vm.heap.get_mut(r)) {
            v.extend(d);
        }
        Ok(Value::None)
    });
    vm.add_method(ba, "pop", |vm, a, _| {
        let r = a[0].as_obj().unwrap_or(vm.builtins);
        match vm.heap.get_mut(r) {
            Obj::ByteArray(v) => match v.pop() {
                Some(x) => Ok(Value::Int(x as i64)),
                None => Err(vm.index_error("pop from empty bytearray")),
            },
            _ => Ok(Value::None),
        }
    });
    let mv = vm.types.memoryview;
    vm.add_static_method(mv, "__new__", |vm, a, _| {
        let obj = a.get(1).copied().unwrap_or(Value::None);
        if !vm.is_bytes_like(obj) {
            let tn = vm.type_name(obj);
            return Err(vm.type_error(alloc::format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )));
        }
        let len = vm.bytes_like(obj)?.len();
        let readonly = matches!(obj, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_)));
        Ok(Value::Obj(vm.alloc(Obj::MemoryView(
            alloc::boxed::Box::new(MemoryViewObj {
                obj,
                start: 0,
                len,
                readonly,
            }),
        ))?))
    });
    vm.add_method(mv, "tobytes", |vm, a, _| {
        let d = vm.bytes_like(a[0])?;
        vm.new_bytes(d)
    });
    vm.add_method(mv, "tolist", |vm, a, _| {
        let d = vm.bytes_like(a[0])?;
        let v = d.into_iter().map(|x| Value::Int(x as i64)).collect();
        vm.new_list(v)
    });
    Ok(())
}

fn sub(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Int(n) = v {
        return Ok(alloc::vec![n as u8]);
    }
    vm.bytes_like(v)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}
