//! `str.format`: replacement fields with auto/explicit numbering, attribute and index
//! lookups, conversions and nested format specs.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;

pub fn str_format(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let fmt = crate::objstr::self_str(vm, a, "format")?;
    let args = &a[1..];
    let mut auto = 0usize;
    let out = format_into(vm, &fmt, args, Keywords::Args(kw), &mut auto, 0)?;
    vm.new_str(out)
}

/// `str.format_map(mapping)`: fields are looked up in `mapping` (with `__getitem__`,
/// so a dict subclass's `__missing__` counts); positional fields are an error.
pub fn str_format_map(vm: &mut Vm, this: Value, mapping: Value) -> PyResult<Value> {
    let fmt = crate::objstr::self_str(vm, &[this], "format_map")?;
    let mut auto = 0usize;
    let out = format_into(vm, &fmt, &[], Keywords::Map(mapping), &mut auto, 0)?;
    vm.new_str(out)
}

/// Where named fields come from.
#[derive(Clone, Copy)]
enum Keywords<'a> {
    Args(&'a [(QStr, Value)]),
    Map(Value),
}

fn format_into(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: Keywords<'_>,
    auto: &mut usize,
    depth: usize,
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    level += 1;
                }
                if chars[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                if level == 1 && !chars[i + 1..].contains(&'}') {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, args, kw, auto, depth)?);
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// The auto-numbering counter's value once a field was numbered explicitly.
const MANUAL: usize = usize::MAX;

fn render_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: Keywords<'_>,
    auto: &mut usize,
    depth: usize,
) -> PyResult<String> {
    // Split "name!conv:spec" (the spec may itself contain braces).
    let mut name_end = field.len();
    let mut bracket = false;
    for (i, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let c = it.next();
        let after: String = it.collect();
        let spec = match after.strip_prefix(':') {
            Some(s) => String::from(s),
            None if after.is_empty() => String::new(),
            None => return Err(vm.value_error("expected ':' after conversion specifier")),
        };
        (c, spec)
    } else if let Some(s) = rest.strip_prefix(':') {
        (None, String::from(s))
    } else {
        (None, String::new())
    };
    // First part of the name: index or keyword.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let positional = first.is_empty() || first.parse::<usize>().is_ok();
    if positional && matches!(kw, Keywords::Map(_)) {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let mut value = if first.is_empty() {
        if *auto == MANUAL {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = match args.get(*auto) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(alloc::format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto
                )))
            }
        };
        *auto += 1;
        v
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto != 0 && *auto != MANUAL {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = MANUAL;
        match args.get(n) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(alloc::format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else {
        match kw {
            Keywords::Args(kw) => {
                let q = vm.interner.intern(first);
                match kw.iter().find(|(k, _)| *k == q) {
                    Some(&(_, v)) => v,
                    None => {
                        let k = vm.new_str_from(first)?;
                        return Err(vm.key_error(k));
                    }
                }
            }
            Keywords::Map(m) => {
                let k = vm.new_str_from(first)?;
                vm.get_item(m, k)?
            }
        }
    };
    // Attribute and index accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.interner.intern(&r[..end]);
            value = vm.get_attr(value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = match r.find(']') {
                Some(e) => e,
                None => return Err(vm.value_error("Missing ']' in format string")),
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str_from(key)?,
            };
            value = vm.get_item(value, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conv {
        None => value,
        Some('r') => vm.repr_of(value)?,
        Some('s') => vm.str_of(value)?,
        Some('a') => vm.ascii_of(value)?,
        Some(c) => return Err(vm.value_error(alloc::format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        format_into(vm, &spec, args, kw, auto, depth + 1)?
    } else {
        spec
    };
    let s = crate::objstr::format_with_spec(vm, value, &spec)?;
    Ok(String::from(vm.str_ref(s).unwrap_or("")))
}
