//! The `help` builtin: a welcome text, the list of built-in modules, and an object's
//! type and members, in the layout MicroPython's `help` uses.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::Obj;
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;

/// What `help()` prints.
pub const WELCOME: &str = "Welcome to Mica!

Mica is a compact, memory-safe implementation of Python 3 for microcontrollers,
written in Rust, with a fixed-size heap and a no_std core.

For a list of the built-in modules type help('modules').
For an object's type and members type help(obj), e.g. help(str) or help(sys).

Control commands at the prompt:
  Up/Down   -- recall earlier lines (history)
  Tab       -- complete a name, an attribute or a module member
  CTRL-C    -- interrupt a running program, or clear the line being typed
  CTRL-D    -- on a blank line, exit the REPL
  CTRL-E    -- enter paste mode (CTRL-D runs the pasted text, CTRL-C cancels)
";

/// `help()`, `help('modules')`, `help(obj)`.
pub fn bi_help(vm: &mut Vm, args: &[Value], _kw: &[(QStr, Value)]) -> PyResult<Value> {
    let Some(&obj) = args.first() else {
        vm.console_write(WELCOME.as_bytes());
        return Ok(Value::None);
    };
    if vm.str_ref(obj) == Some("modules") {
        let text = modules_text();
        vm.console_write(text.as_bytes());
        return Ok(Value::None);
    }
    let repr = vm.repr_string(obj)?;
    let tn = vm.type_name(obj);
    vm.port
        .write_stdout(format!("object {repr} is of type {tn}\n").as_bytes());
    // A module or class shows its own namespace; anything else its type's.
    let shown = match obj {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => vm.type_of(obj),
    };
    vm.make_natives(shown);
    let entries: Vec<(Value, Value)> = match obj {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Module(m) if m.dict == vm.builtins => {
                let b = vm.builtins_dict()?;
                dict_entries(vm, b)
            }
            Obj::Module(m) => dict_entries(vm, m.dict),
            Obj::Class(c) => c.own_attrs().collect(),
            _ => class_entries(vm, obj),
        },
        _ => class_entries(vm, obj),
    };
    // The values stay rooted while their reprs (which may run Python code) are made.
    let base = vm.temp_roots.len();
    vm.temp_roots
        .extend(entries.iter().flat_map(|&(k, v)| [k, v]));
    for (k, v) in entries {
        // Dunder methods are the protocol, not what a user looks for here.
        let Some(name) = vm
            .str_ref(k)
            .filter(|n| !n.starts_with("__"))
            .map(String::from)
        else {
            continue;
        };
        let tn = vm.type_name(v);
        let shown = if tn == "classmethod" || tn == "staticmethod" {
            format!("<{tn}>")
        } else {
            match vm.repr_string(v) {
                Ok(s) => s,
                Err(_) => format!("<{tn}>"),
            }
        };
        vm.port
            .write_stdout(format!("  {name} -- {shown}\n").as_bytes());
    }
    vm.temp_roots.truncate(base);
    Ok(Value::None)
}

fn dict_entries(vm: &Vm, d: crate::value::ObjRef) -> Vec<(Value, Value)> {
    match vm.heap.get(d) {
        Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

fn class_entries(vm: &Vm, obj: Value) -> Vec<(Value, Value)> {
    let c = vm.type_of(obj);
    match vm.heap.get(c) {
        Obj::Class(c) => c.own_attrs().collect(),
        _ => Vec::new(),
    }
}

/// The text of `help('modules')`: the built-in module names in columns.
pub fn modules_text() -> String {
    let mut names: Vec<&str> = crate::modules::names().collect();
    names.sort_unstable();
    let mut out = String::new();
    for row in names.chunks(4) {
        let mut line = String::new();
        for n in row {
            line.push_str(&format!("{n:<19}"));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    out
}
