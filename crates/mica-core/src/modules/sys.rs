//! `sys`: interpreter state visible to programs (argv, path, modules, exit...).

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{def, set};

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let argv = vm.sys_argv;
    set(vm, d, "argv", argv)?;
    let path = vm.sys_path;
    set(vm, d, "path", path)?;
    let modules = Value::Obj(vm.modules);
    set(vm, d, "modules", modules)?;
    let platform = vm.port.platform();
    let p = vm.new_str_from(platform)?;
    set(vm, d, "platform", p)?;
    let bo = vm.new_str_from("little")?;
    set(vm, d, "byteorder", bo)?;
    // The target's `isize`: 2**31 - 1 on a 32-bit device, as there.
    set(vm, d, "maxsize", Value::Int(isize::MAX as i64))?;
    let ver = vm.new_str_from("3.4.0; Mica 0.1.0")?;
    set(vm, d, "version", ver)?;
    let vi = vm.new_tuple(alloc::vec![Value::Int(3), Value::Int(4), Value::Int(0)])?;
    set(vm, d, "version_info", vi)?;
    def(vm, d, "exit", |vm, args, _| {
        let class = vm.exc_class(crate::error::ExcKind::SystemExit);
        Err(vm.new_exception(class, args.to_vec()))
    })?;
    def(vm, d, "exc_info", |vm, _, _| {
        let e = vm.cur_exc;
        if let Value::Obj(r) = e {
            let c = Value::Obj(vm.exception_class_of(r));
            let tb = vm.exc_traceback_value(e)?;
            return vm.new_tuple(alloc::vec![c, e, tb]);
        }
        vm.new_tuple(alloc::vec![Value::None, Value::None, Value::None])
    })?;
    def(vm, d, "print_exception", |vm, args, _| {
        if let Some(Value::Obj(r)) = args.first() {
            let s = vm.format_exception(crate::error::PyErr(*r));
            match args.get(1) {
                Some(&f) if !f.is_none() => {
                    let sv = vm.new_str(s)?;
                    vm.call_method(f, crate::qstr::q::write, &[sv])?;
                }
                _ => vm.console_write(s.as_bytes()),
            }
        }
        Ok(Value::None)
    })?;
    def(vm, d, "getsizeof", |vm, args, _| {
        let v = super::arg(vm, args, 0, "getsizeof")?;
        Ok(Value::Int(match v {
            Value::Obj(r) => vm.heap.get(r).heap_size() as i64,
            _ => core::mem::size_of::<Value>() as i64,
        }))
    })?;
    // MicroPython's `sys.atexit(func)`: one function, run by the port after the main
    // script; returns the previously registered one. Kept in this module's dict.
    def(vm, d, "atexit", |vm, args, _| {
        let f = super::arg(vm, args, 0, "atexit")?;
        let Some(sys) = sys_dict(vm) else {
            return Ok(Value::None);
        };
        let q = vm.interner.intern(ATEXIT_KEY);
        let prev = vm.dict_get_str(sys, q).unwrap_or(Value::None);
        vm.dict_set_str(sys, q, f)?;
        Ok(prev)
    })?;
    let (stdin, stdout, stderr) = vm.make_std_streams()?;
    set(vm, d, "stdin", stdin)?;
    set(vm, d, "stdout", stdout)?;
    set(vm, d, "stderr", stderr)?;
    let imp = vm.sys_implementation()?;
    set(vm, d, "implementation", imp)?;
    // The interpreter's own path on a host ('' where there is none), and the REPL's
    // prompts, which it reads back from here (as MicroPython's unix port and CPython).
    let exe = match vm.port.executable() {
        Some(path) => vm.new_str(path)?,
        None => Value::Str(crate::qstr::q::EMPTY),
    };
    set(vm, d, "executable", exe)?;
    let ps1 = Value::Str(vm.interner.intern_static(crate::repl::PROMPT));
    set(vm, d, "ps1", ps1)?;
    let ps2 = Value::Str(vm.interner.intern_static(crate::repl::PROMPT_MORE));
    set(vm, d, "ps2", ps2)?;
    Ok(())
}

/// The REPL's prompt: `str(sys.ps1)` (`sys.ps2` for a continuation line) when `sys` is
/// imported and has it, otherwise `>>> ` / `... `. An error converting it is ignored.
pub fn prompt(vm: &mut Vm, more: bool) -> alloc::string::String {
    let (name, default) = if more {
        ("ps2", crate::repl::PROMPT_MORE)
    } else {
        ("ps1", crate::repl::PROMPT)
    };
    let found = sys_dict(vm).and_then(|d| {
        let q = vm.interner.intern_static(name);
        vm.dict_get_str(d, q)
    });
    let Some(v) = found else {
        return default.into();
    };
    if let Some(s) = vm.str_ref(v) {
        return s.into();
    }
    match vm.str_of(v) {
        Ok(s) => vm.str_ref(s).unwrap_or(default).into(),
        Err(_) => default.into(),
    }
}

const ATEXIT_KEY: &str = "_atexit_func";

/// The dict of the imported `sys` module, if it has been imported.
fn sys_dict(vm: &mut Vm) -> Option<ObjRef> {
    let q = vm.interner.intern_static("sys");
    match vm.dict_get_str(vm.modules, q)? {
        Value::Obj(m) => match vm.heap.get(m) {
            crate::object::Obj::Module(md) => Some(md.dict),
            _ => None,
        },
        _ => None,
    }
}

/// Run the function registered with `sys.atexit` (ports call this after the main
/// script, before exiting).
pub fn run_atexit(vm: &mut Vm) -> PyResult<()> {
    let Some(sys) = sys_dict(vm) else {
        return Ok(());
    };
    let q = vm.interner.intern(ATEXIT_KEY);
    match vm.dict_get_str(sys, q) {
        Some(f) if !f.is_none() => {
            vm.dict_set_str(sys, q, Value::None)?;
            vm.temp_roots.push(f);
            let r = vm.call(f, &[]);
            vm.temp_roots.pop();
            r.map(|_| ())
        }
        _ => Ok(()),
    }
}
