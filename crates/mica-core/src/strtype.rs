//! The `str` type's methods (the text algorithms live in `strmethods`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{native_table, NativeDef};
use crate::objstr::{kwarg, self_str};
use crate::qstr::q;
use crate::strmethods as sm;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn s_arg(vm: &mut Vm, a: &[Value], i: usize, what: &str) -> PyResult<String> {
    match a.get(i) {
        Some(&v) => match vm.str_ref(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(match what {
                    "strip" => alloc::format!("{what} arg must be None or str"),
                    "replace" => alloc::format!("replace() argument {i} must be str, not {tn}"),
                    "removeprefix" | "removesuffix" | "maketrans" => {
                        alloc::format!("{what}() argument must be str, not {tn}")
                    }
                    _ => alloc::format!("must be str, not {tn}"),
                }))
            }
        },
        None => Err(vm.type_error(alloc::format!(
            "{what}() takes at least 1 argument (0 given)"
        ))),
    }
}

/// A list of new strings. The list is made (and charged) first, at its final size,
/// and roots the strings as they are added.
fn str_list(vm: &mut Vm, parts: Vec<&str>) -> PyResult<Value> {
    let l = vm.new_list(Vec::with_capacity(parts.len()))?;
    vm.temp_roots.push(l);
    let r = (|| {
        for p in parts {
            let v = vm.new_str_from(p)?;
            if let Value::Obj(r) = l {
                if let crate::object::Obj::List(items) = vm.heap.get_mut(r) {
                    items.push(v);
                }
            }
        }
        Ok(l)
    })();
    vm.temp_roots.pop();
    r
}

/// `MemoryError` unless a list of `n` pieces fits in the heap (checked before the
/// pieces are even located, so a split into millions of pieces is refused at once).
fn room_for_parts(vm: &mut Vm, n: usize) -> PyResult<()> {
    vm.room_for(n.saturating_mul(core::mem::size_of::<Value>()))
}

/// `MemoryError` unless a result of `width` units of `unit` bytes fits in the heap
/// (checked before it is built).
fn room_for_width(vm: &mut Vm, width: i64, unit: usize) -> PyResult<()> {
    vm.room_for((width.max(0) as usize).saturating_mul(unit))
}

fn pad_result(vm: &mut Vm, r: Option<String>) -> PyResult<Value> {
    match r {
        Some(s) => vm.new_str(s),
        None => Err(vm.memory_error()),
    }
}

fn fill_char(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<char> {
    match a.get(i) {
        Some(&v) => {
            let s = String::from(vm.str_ref(v).unwrap_or(""));
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => Ok(' '),
    }
}

fn maxsplit(vm: &mut Vm, a: &[Value], kw: &[(crate::qstr::QStr, Value)]) -> PyResult<i64> {
    match a.get(2).copied().or_else(|| kwarg(kw, q::maxsplit)) {
        Some(v) => vm.to_index(v),
        None => Ok(-1),
    }
}

fn sep_arg(
    vm: &mut Vm,
    a: &[Value],
    kw: &[(crate::qstr::QStr, Value)],
) -> PyResult<Option<String>> {
    match a.get(1).copied().or_else(|| kwarg(kw, q::sep)) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.str_ref(v) {
            Some("") => Err(vm.value_error("empty separator")),
            Some(s) => Ok(Some(String::from(s))),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(alloc::format!("must be str or None, not {tn}")))
            }
        },
    }
}

/// Char-index bounds (`start`, `end` args) converted to byte offsets.
fn bounds(vm: &mut Vm, s: &str, a: &[Value], i: usize) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = match a.get(i) {
        Some(&v) if !v.is_none() => {
            // An out-of-range start never matches, even for an empty needle.
            let x = vm.to_index(v)?;
            if x > n {
                return Ok((usize::MAX, 0));
            }
            norm(x)
        }
        _ => 0,
    };
    let end = match a.get(i + 1) {
        Some(&v) if !v.is_none() => norm(vm.to_index(v)?),
        _ => n,
    };
    let to_byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(s.len())
    };
    if start > end {
        return Ok((usize::MAX, 0));
    }
    Ok((to_byte(start), to_byte(end)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<i64> {
    let s = self_str(vm, a, "find")?;
    let sub = s_arg(vm, a, 1, "find")?;
    let (b0, b1) = bounds(vm, &s, a, 2)?;
    if b0 == usize::MAX || b0 > b1 {
        return Ok(-1);
    }
    let hay = &s[b0..b1];
    let r = if rev {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(match r {
        Some(i) => char_index(&s, b0 + i),
        None => -1,
    })
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, a, "strip")?;
    let chars: Option<Vec<char>> = match a.get(1) {
        Some(&v) if !v.is_none() => Some(s_arg(vm, a, 1, "strip")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => sm::is_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    let r = String::from(r);
    vm.new_str(r)
}

fn affix_impl(vm: &mut Vm, a: &[Value], start: bool) -> PyResult<Value> {
    let s = self_str(vm, a, "startswith")?;
    let (b0, b1) = bounds(vm, &s, a, 2)?;
    let hay = if b0 == usize::MAX {
        None
    } else {
        Some(&s[b0..b1])
    };
    let cands: Vec<Value> = match a.get(1) {
        Some(&v) if vm.str_ref(v).is_some() => alloc::vec![v],
        Some(&v) if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), crate::object::Obj::Tuple(_))) => {
            vm.iterate_to_vec(v)?
        }
        Some(&v) => {
            let tn = vm.type_name(v);
            let m = if start { "startswith" } else { "endswith" };
            return Err(vm.type_error(alloc::format!(
                "{m} first arg must be str or a tuple of str, not {tn}"
            )));
        }
        None => return Err(vm.type_error("startswith() takes at least 1 argument (0 given)")),
    };
    let hay = match hay {
        Some(h) => h,
        None => return Ok(Value::Bool(false)),
    };
    for c in cands {
        let p = match vm.str_ref(c) {
            Some(p) => p,
            None => return Err(vm.type_error("tuple for startswith must only contain str")),
        };
        if (start && hay.starts_with(p)) || (!start && hay.ends_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to str/None.
fn maketrans(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let args = &a[1..];
    let d = vm.new_dict()?;
    vm.temp_roots.push(d);
    let r = (|| {
        match args.len() {
            1 => {
                let src = args[0];
                if vm.dict_ref(src).is_none() {
                    return Err(vm.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ));
                }
                for (k, v) in vm.mapping_items(src)? {
                    let key = match vm.str_ref(k) {
                        Some(ks) => {
                            let mut it = ks.chars();
                            match (it.next(), it.next()) {
                                (Some(c), None) => Value::Int(c as i64),
                                _ => {
                                    return Err(vm.value_error(
                                        "string keys in translate table must be of length 1",
                                    ))
                                }
                            }
                        }
                        None if vm.is_int(k) => k,
                        None => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                    vm.dict_set_item(d, key, v)?;
                }
            }
            2 | 3 => {
                let x = s_arg(vm, args, 0, "maketrans")?;
                let y = s_arg(vm, args, 1, "maketrans")?;
                if x.chars().count() != y.chars().count() {
                    return Err(
                        vm.value_error("the first two maketrans arguments must have equal length")
                    );
                }
                for (cx, cy) in x.chars().zip(y.chars()) {
                    vm.dict_set_item(d, Value::Int(cx as i64), Value::Int(cy as i64))?;
                }
                if args.len() == 3 {
                    let z = s_arg(vm, args, 2, "maketrans")?;
                    for c in z.chars() {
                        vm.dict_set_item(d, Value::Int(c as i64), Value::None)?;
                    }
                }
            }
            n => {
                return Err(vm.type_error(alloc::format!(
                    "maketrans() takes at most 3 arguments ({n} given)"
                )))
            }
        }
        Ok(d)
    })();
    vm.temp_roots.pop();
    r
}

/// `s.translate(table)`: look each code point up in `table` (missing keys keep the char).
fn translate(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let s = self_str(vm, a, "translate")?;
    let table = match a.get(1) {
        Some(&t) => t,
        None => return Err(vm.type_error("translate() takes exactly one argument (0 given)")),
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let found = match vm.get_item(table, Value::Int(c as i64)) {
            Ok(v) => Some(v),
            Err(e) => {
                if vm.err_matches(e, crate::error::ExcKind::LookupError) {
                    None
                } else {
                    return Err(e);
                }
            }
        };
        match found {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v) => {
                if let Some(t) = vm.str_ref(v) {
                    out.push_str(t);
                } else if vm.is_int(v) {
                    let n = vm.to_index(v)?;
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    vm.new_str(out)
}

/// `str.__op__(other)` for the operators: NotImplemented unless `other` fits.
fn str_binop(vm: &mut Vm, a: &[Value], k: u32, reflected: bool) -> PyResult<Value> {
    if a.len() != 2 || vm.str_ref(a[0]).is_none() {
        return Err(vm.type_error("expected a str and 1 argument"));
    }
    let ok = match k {
        0 => vm.str_ref(a[1]).is_some(),
        2 => vm.is_int(a[1]),
        _ => true,
    };
    if !ok {
        return Ok(Value::NotImplemented);
    }
    // Operate on the plain str values, so that a subclass's own dunder calling
    // `str.__add__(self, o)` does not dispatch back to itself.
    let x = vm.base_value(a[0]);
    let y = if k == 6 { a[1] } else { vm.base_value(a[1]) };
    if reflected {
        vm.binary_op(y, x, k)
    } else {
        vm.binary_op(x, y, k)
    }
}

fn str_compare(vm: &mut Vm, a: &[Value], k: u32) -> PyResult<Value> {
    if a.len() != 2 || vm.str_ref(a[1]).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (vm.base_value(a[0]), vm.base_value(a[1]));
    vm.compare_op(x, y, k)
}

/// The str dunder methods (`str.__add__`, `"ab".__len__()`...).
fn register_dunders(vm: &mut Vm, ty: ObjRef) {
    static STRTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("__add__", |vm, a, _| str_binop(vm, a, 0, false)),
        NativeDef::method("__mul__", |vm, a, _| str_binop(vm, a, 2, false)),
        NativeDef::method("__rmul__", |vm, a, _| str_binop(vm, a, 2, true)),
        NativeDef::method("__mod__", |vm, a, _| str_binop(vm, a, 6, false)),
        NativeDef::method("__lt__", |vm, a, _| str_compare(vm, a, 0)),
        NativeDef::method("__le__", |vm, a, _| str_compare(vm, a, 1)),
        NativeDef::method("__eq__", |vm, a, _| str_compare(vm, a, 2)),
        NativeDef::method("__ne__", |vm, a, _| str_compare(vm, a, 3)),
        NativeDef::method("__gt__", |vm, a, _| str_compare(vm, a, 4)),
        NativeDef::method("__ge__", |vm, a, _| str_compare(vm, a, 5)),
        NativeDef::method("__len__", |vm, a, _| {
            Ok(Value::Int(vm.len_of(a[0])? as i64))
        }),
        NativeDef::method("__contains__", |vm, a, _| {
            Ok(Value::Bool(vm.contains(a[0], a[1])?))
        }),
        NativeDef::method("__getitem__", |vm, a, _| vm.get_item(a[0], a[1])),
        NativeDef::method("__iter__", |vm, a, _| vm.get_iter(a[0])),
        NativeDef::method("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(a[0])?))),
    ]);
    vm.add_native_table(ty, STRTYPE_NATIVES_1);
}

pub fn register(vm: &mut Vm, ty: ObjRef) {
    register_dunders(vm, ty);
    static STRTYPE_NATIVES_2: &[NativeDef] = &native_table([
        NativeDef::static_method("maketrans", |vm, a, _| {
            let mut full = alloc::vec![Value::None];
            full.extend_from_slice(a);
            maketrans(vm, &full)
        }),
        NativeDef::method("translate", |vm, a, _| translate(vm, a)),
        NativeDef::method("join", |vm, a, _| {
            let sep = self_str(vm, a, "join")?;
            let arg = a.get(1).copied().unwrap_or(Value::None);
            if !vm.is_iterable(arg) {
                return Err(vm.type_error("can only join an iterable"));
            }
            let items = vm.iterate_to_vec(arg)?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match vm.str_ref(*it) {
                    Some(s) => out.push_str(s),
                    None => {
                        let tn = vm.type_name(*it);
                        return Err(vm.type_error(alloc::format!(
                            "sequence item {i}: expected str instance, {tn} found"
                        )));
                    }
                }
            }
            vm.new_str(out)
        }),
        NativeDef::method("split", |vm, a, kw| {
            let s = self_str(vm, a, "split")?;
            let sep = sep_arg(vm, a, kw)?;
            let m = maxsplit(vm, a, kw)?;
            room_for_parts(vm, sm::split_count(&s, sep.as_deref(), m))?;
            let parts = match &sep {
                Some(p) => sm::split_sep_max(&s, p, m).unwrap_or_default(),
                None => sm::split_whitespace_max(&s, m),
            };
            str_list(vm, parts)
        }),
        NativeDef::method("rsplit", |vm, a, kw| {
            let s = self_str(vm, a, "rsplit")?;
            let sep = sep_arg(vm, a, kw)?;
            let m = maxsplit(vm, a, kw)?;
            room_for_parts(vm, sm::split_count(&s, sep.as_deref(), m))?;
            let parts = match &sep {
                Some(p) => sm::rsplit_sep_max(&s, p, m).unwrap_or_default(),
                None => sm::rsplit_whitespace_max(&s, m),
            };
            str_list(vm, parts)
        }),
        NativeDef::method("splitlines", |vm, a, kw| {
            let s = self_str(vm, a, "splitlines")?;
            let keep = match a
                .get(1)
                .copied()
                .or_else(|| kwarg(kw, vm.interner.lookup("keepends").unwrap_or(q::EMPTY)))
            {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            room_for_parts(vm, sm::splitlines_count(&s))?;
            let parts = sm::splitlines(&s, keep);
            str_list(vm, parts)
        }),
        NativeDef::method("strip", |vm, a, _| strip_impl(vm, a, true, true)),
        NativeDef::method("lstrip", |vm, a, _| strip_impl(vm, a, true, false)),
        NativeDef::method("rstrip", |vm, a, _| strip_impl(vm, a, false, true)),
        NativeDef::method("startswith", |vm, a, _| affix_impl(vm, a, true)),
        NativeDef::method("endswith", |vm, a, _| affix_impl(vm, a, false)),
        NativeDef::method("find", |vm, a, _| Ok(Value::Int(find_impl(vm, a, false)?))),
        NativeDef::method("rfind", |vm, a, _| Ok(Value::Int(find_impl(vm, a, true)?))),
        NativeDef::method("index", |vm, a, _| {
            let i = find_impl(vm, a, false)?;
            if i < 0 {
                return Err(vm.value_error("substring not found"));
            }
            Ok(Value::Int(i))
        }),
        NativeDef::method("rindex", |vm, a, _| {
            let i = find_impl(vm, a, true)?;
            if i < 0 {
                return Err(vm.value_error("substring not found"));
            }
            Ok(Value::Int(i))
        }),
        NativeDef::method("count", |vm, a, _| {
            let s = self_str(vm, a, "count")?;
            let sub = s_arg(vm, a, 1, "count")?;
            let (b0, b1) = bounds(vm, &s, a, 2)?;
            if b0 == usize::MAX {
                return Ok(Value::Int(0));
            }
            let hay = &s[b0..b1];
            let n = if sub.is_empty() {
                hay.chars().count() + 1
            } else {
                hay.matches(sub.as_str()).count()
            };
            Ok(Value::Int(n as i64))
        }),
        NativeDef::method("replace", |vm, a, _| {
            let s = self_str(vm, a, "replace")?;
            let old = s_arg(vm, a, 1, "replace")?;
            let new = s_arg(vm, a, 2, "replace")?;
            let count = match a.get(3) {
                Some(&v) => vm.to_index(v)?,
                None => -1,
            };
            // The result's size first: it is built only if the heap can hold it.
            let hits = if old.is_empty() {
                s.chars().count() + 1
            } else {
                s.matches(old.as_str()).count()
            };
            let hits = if count < 0 {
                hits
            } else {
                hits.min(count as usize)
            };
            vm.room_for(s.len().saturating_add(hits.saturating_mul(new.len())))?;
            let out = if count < 0 {
                s.replace(old.as_str(), &new)
            } else {
                s.replacen(old.as_str(), &new, count as usize)
            };
            vm.new_str(out)
        }),
        NativeDef::method("upper", |vm, a, _| {
            let s = self_str(vm, a, "upper")?;
            vm.new_str(s.to_uppercase())
        }),
        NativeDef::method("lower", |vm, a, _| {
            let s = self_str(vm, a, "lower")?;
            vm.new_str(s.to_lowercase())
        }),
        NativeDef::method("casefold", |vm, a, _| {
            let s = self_str(vm, a, "casefold")?;
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                match c {
                    'ß' | 'ẞ' => out.push_str("ss"),
                    'ſ' => out.push('s'),
                    'ﬁ' => out.push_str("fi"),
                    'ﬂ' => out.push_str("fl"),
                    'ﬀ' => out.push_str("ff"),
                    'µ' => out.push('μ'),
                    c => out.extend(c.to_lowercase()),
                }
            }
            vm.new_str(out)
        }),
        NativeDef::method("title", |vm, a, _| {
            let s = self_str(vm, a, "title")?;
            vm.new_str(sm::title(&s))
        }),
        NativeDef::method("capitalize", |vm, a, _| {
            let s = self_str(vm, a, "capitalize")?;
            vm.new_str(sm::capitalize(&s))
        }),
        NativeDef::method("swapcase", |vm, a, _| {
            let s = self_str(vm, a, "swapcase")?;
            vm.new_str(sm::swapcase(&s))
        }),
        NativeDef::method("center", |vm, a, _| {
            let s = self_str(vm, a, "center")?;
            let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
            let f = fill_char(vm, a, 2)?;
            room_for_width(vm, w, f.len_utf8())?;
            pad_result(vm, sm::center(&s, w, f))
        }),
        NativeDef::method("ljust", |vm, a, _| {
            let s = self_str(vm, a, "ljust")?;
            let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
            let f = fill_char(vm, a, 2)?;
            room_for_width(vm, w, f.len_utf8())?;
            pad_result(vm, sm::ljust(&s, w, f))
        }),
        NativeDef::method("rjust", |vm, a, _| {
            let s = self_str(vm, a, "rjust")?;
            let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
            let f = fill_char(vm, a, 2)?;
            room_for_width(vm, w, f.len_utf8())?;
            pad_result(vm, sm::rjust(&s, w, f))
        }),
        NativeDef::method("zfill", |vm, a, _| {
            let s = self_str(vm, a, "zfill")?;
            let w = vm.to_index(a.get(1).copied().unwrap_or(Value::Int(0)))?;
            room_for_width(vm, w, 1)?;
            pad_result(vm, sm::zfill(&s, w))
        }),
        NativeDef::method("expandtabs", |vm, a, _| {
            let s = self_str(vm, a, "expandtabs")?;
            let w = match a.get(1) {
                Some(&v) => vm.to_index(v)?,
                None => 8,
            };
            let tabs = s.bytes().filter(|&b| b == b'\t').count();
            room_for_width(vm, w, tabs)?;
            pad_result(vm, sm::expandtabs(&s, w))
        }),
    ]);
    vm.add_native_table(ty, STRTYPE_NATIVES_2);
    static STR_PREDICATES: &[NativeDef] = &native_table([
        NativeDef::method("isalpha", |vm, a, _| pred(vm, a, sm::str_isalpha)),
        NativeDef::method("isdigit", |vm, a, _| pred(vm, a, sm::str_isdigit)),
        NativeDef::method("isdecimal", |vm, a, _| pred(vm, a, sm::str_isdecimal)),
        NativeDef::method("isnumeric", |vm, a, _| pred(vm, a, sm::str_isnumeric)),
        NativeDef::method("isspace", |vm, a, _| pred(vm, a, sm::str_isspace)),
        NativeDef::method("isalnum", |vm, a, _| pred(vm, a, sm::str_isalnum)),
        NativeDef::method("isascii", |vm, a, _| pred(vm, a, sm::str_isascii)),
        NativeDef::method("isprintable", |vm, a, _| pred(vm, a, sm::str_isprintable)),
        NativeDef::method("isupper", |vm, a, _| pred(vm, a, sm::str_isupper)),
        NativeDef::method("islower", |vm, a, _| pred(vm, a, sm::str_islower)),
        NativeDef::method("istitle", |vm, a, _| pred(vm, a, sm::str_istitle)),
    ]);
    vm.add_native_table(ty, STR_PREDICATES);
    static STRTYPE_NATIVES_3: &[NativeDef] = &native_table([
        NativeDef::method("isidentifier", |vm, a, _| {
            let s = self_str(vm, a, "isidentifier")?;
            let mut c = s.chars();
            Ok(Value::Bool(match c.next() {
                Some(f) => {
                    (f == '_' || f.is_alphabetic()) && c.all(|x| x == '_' || x.is_alphanumeric())
                }
                None => false,
            }))
        }),
        NativeDef::method("partition", |vm, a, _| part(vm, a, false)),
        NativeDef::method("rpartition", |vm, a, _| part(vm, a, true)),
        NativeDef::method("encode", |vm, a, kw| {
            let s = self_str(vm, a, "encode")?;
            let (enc, err) = crate::bytestype::codec_args(vm, a, kw, 1)?;
            let b = crate::textcodec::encode(&s, &enc, &err)
                .map_err(|e| crate::bytestype::codec_error(vm, e))?;
            vm.new_bytes(b)
        }),
        NativeDef::method("format", |vm, a, kw| {
            crate::strformat::str_format(vm, a, kw)
        }),
        NativeDef::method("format_map", |vm, a, _| {
            crate::strformat::str_format_map(vm, a[0], a[1])
        }),
        NativeDef::method("removeprefix", |vm, a, _| {
            let s = self_str(vm, a, "removeprefix")?;
            let p = s_arg(vm, a, 1, "removeprefix")?;
            let r = String::from(s.strip_prefix(p.as_str()).unwrap_or(&s));
            vm.new_str(r)
        }),
        NativeDef::method("removesuffix", |vm, a, _| {
            let s = self_str(vm, a, "removesuffix")?;
            let p = s_arg(vm, a, 1, "removesuffix")?;
            let r = String::from(s.strip_suffix(p.as_str()).unwrap_or(&s));
            vm.new_str(r)
        }),
        NativeDef::method("__len__", |vm, a, _| {
            Ok(Value::Int(vm.len_of(a[0])? as i64))
        }),
        NativeDef::method("__contains__", |vm, a, _| {
            Ok(Value::Bool(vm.contains(a[0], a[1])?))
        }),
        NativeDef::method("__getitem__", |vm, a, _| {
            crate::objstr::str_getitem(vm, a[0], a[1])
        }),
        NativeDef::method("__mod__", |vm, a, _| {
            let s = self_str(vm, a, "__mod__")?;
            crate::objstr::percent_format_str(vm, &s, a[1])
        }),
        NativeDef::method("__add__", |vm, a, _| {
            vm.binary_op(vm.base_value(a[0]), a[1], 0)
        }),
        NativeDef::method("__format__", |vm, a, _| {
            let spec = String::from(vm.str_ref(a[1]).unwrap_or(""));
            let x = vm.base_value(a[0]);
            if spec.is_empty() && !x.is(a[0]) {
                // An empty spec formats as `str(self)`, a subclass's `__str__` included.
                return vm.str_of(a[0]);
            }
            crate::objstr::format_with_spec(vm, x, &spec)
        }),
    ]);
    vm.add_native_table(ty, STRTYPE_NATIVES_3);
}

fn pred(vm: &mut Vm, a: &[Value], f: fn(&str) -> bool) -> PyResult<Value> {
    let s = self_str(vm, a, "is")?;
    Ok(Value::Bool(f(&s)))
}

fn part(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let s = self_str(vm, a, "partition")?;
    let sep = s_arg(vm, a, 1, "partition")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        s.rfind(sep.as_str())
    } else {
        s.find(sep.as_str())
    };
    let (x, y, z) = match found {
        Some(i) => (
            String::from(&s[..i]),
            sep.clone(),
            String::from(&s[i + sep.len()..]),
        ),
        None => {
            if rev {
                (String::new(), String::new(), s.clone())
            } else {
                (s.clone(), String::new(), String::new())
            }
        }
    };
    let x = vm.new_str(x)?;
    vm.temp_roots.push(x);
    let y = vm.new_str(y)?;
    vm.temp_roots.push(y);
    let z = vm.new_str(z)?;
    vm.temp_roots.truncate(vm.temp_roots.len() - 2);
    vm.new_tuple(alloc::vec![x, y, z])
}
