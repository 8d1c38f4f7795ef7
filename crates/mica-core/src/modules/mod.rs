//! The registry of built-in modules the core provides (`sys`, `gc`, ...), each
//! importable by name (and by its `u`-prefixed MicroPython alias).

// Without every module some shared helpers below go unused.
#![cfg_attr(not(feature = "all-modules"), allow(dead_code))]

use crate::error::PyResult;
use crate::import::ModuleInit;
use crate::object::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

#[cfg(feature = "mod-abc")]
mod abc;
#[cfg(feature = "mod-array")]
mod array;
#[cfg(feature = "mod-asyncio")]
mod asyncio;
#[cfg(feature = "mod-binascii")]
mod binascii;
#[cfg(feature = "mod-cmath")]
mod cmath;
#[cfg(feature = "mod-collections")]
mod collections;
#[cfg(feature = "mod-contextlib")]
mod contextlib;
#[cfg(feature = "mod-copy")]
mod copy;
#[cfg(feature = "mod-framebuf")]
mod framebuf;
#[rustfmt::skip]
pub(crate) mod frozen_code;
#[cfg(feature = "mod-functools")]
mod functools;
mod gc;
#[cfg(feature = "mod-hashlib")]
mod hashlib;
#[cfg(feature = "mod-heapq")]
mod heapq;
#[cfg(feature = "mod-io")]
mod io;
#[cfg(feature = "mod-itertools")]
mod itertools;
#[cfg(feature = "mod-json")]
mod json;
#[cfg(feature = "mod-machine")]
pub mod machine;
#[cfg(not(feature = "mod-machine"))]
mod machine_off;
#[cfg(feature = "mod-math")]
mod math;
mod micropython;
#[cfg(feature = "mod-os")]
mod os;
#[cfg(feature = "mod-platform")]
mod platform;
#[cfg(feature = "mod-random")]
mod random;
#[cfg(feature = "mod-re")]
mod re;
#[cfg(feature = "mod-re")]
mod re_engine;
#[cfg(feature = "mod-select")]
mod select;
#[cfg(feature = "mod-string")]
mod string;
#[cfg(feature = "mod-struct")]
mod structmod;
mod sys;
#[cfg(feature = "mod-time")]
mod time;
#[cfg(feature = "mod-typing")]
mod typing;
#[cfg(feature = "mod-uctypes")]
mod uctypes;
#[cfg(feature = "mod-zlib")]
mod zlib;

#[cfg(feature = "mod-machine")]
pub use machine::{poll as machine_poll, sleep_ns, MachineHook};
#[cfg(not(feature = "mod-machine"))]
pub use machine_off::{poll as machine_poll, sleep_ns, MachineHook};
pub use micropython::run_scheduled;
pub use sys::{prompt as repl_prompt, run_atexit};

const MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("gc", gc::init),
    ("builtins", init_builtins_module),
    #[cfg(feature = "mod-time")]
    ("time", time::init),
    #[cfg(feature = "mod-math")]
    ("math", math::init),
    #[cfg(feature = "mod-collections")]
    ("collections", collections::init),
    #[cfg(feature = "mod-json")]
    ("json", json::init),
    #[cfg(feature = "mod-re")]
    ("re", re::init),
    #[cfg(feature = "mod-struct")]
    ("struct", structmod::init),
    #[cfg(feature = "mod-io")]
    ("io", io::init),
    #[cfg(feature = "mod-binascii")]
    ("binascii", binascii::init),
    #[cfg(feature = "mod-heapq")]
    ("heapq", heapq::init),
    #[cfg(feature = "mod-random")]
    ("random", random::init),
    ("errno", crate::errnomod::init),
    ("micropython", micropython::init),
    #[cfg(feature = "mod-cmath")]
    ("cmath", cmath::init),
    #[cfg(feature = "mod-array")]
    ("array", array::init),
    #[cfg(feature = "mod-hashlib")]
    ("hashlib", hashlib::init),
    #[cfg(feature = "mod-os")]
    ("os", os::init),
    #[cfg(feature = "mod-platform")]
    ("platform", platform::init),
    #[cfg(feature = "mod-select")]
    ("select", select::init),
    #[cfg(feature = "mod-functools")]
    ("functools", functools::init),
    #[cfg(feature = "mod-copy")]
    ("copy", copy::init),
    #[cfg(feature = "mod-abc")]
    ("abc", abc::init),
    #[cfg(feature = "mod-typing")]
    ("typing", typing::init),
    #[cfg(feature = "mod-contextlib")]
    ("contextlib", contextlib::init),
    #[cfg(feature = "mod-string")]
    ("string", string::init),
    #[cfg(feature = "mod-itertools")]
    ("itertools", itertools::init),
    #[cfg(feature = "mod-zlib")]
    ("zlib", zlib::init_zlib),
    #[cfg(feature = "mod-zlib")]
    ("deflate", zlib::init_deflate),
    #[cfg(feature = "mod-framebuf")]
    ("framebuf", framebuf::init),
    #[cfg(feature = "mod-uctypes")]
    ("uctypes", uctypes::init),
    #[cfg(feature = "mod-asyncio")]
    ("asyncio", asyncio::init),
    #[cfg(feature = "mod-machine")]
    ("machine", machine::init),
];

pub fn is_builtin(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| *n == name)
}

pub fn find(name: &str) -> Option<ModuleInit> {
    MODULES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

/// The names of the built-in modules, in registry order (for `help('modules')`).
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|&(n, _)| n)
}

pub(crate) fn set(vm: &mut Vm, d: ObjRef, name: &'static str, v: Value) -> PyResult<()> {
    let q = vm.interner.intern_static(name);
    vm.dict_set_str(d, q, v)
}

pub(crate) fn def(
    vm: &mut Vm,
    d: ObjRef,
    name: &'static str,
    f: crate::vm::NativeFn,
) -> PyResult<()> {
    // A function of a module described in `native_arity` (`math.sqrt`) refuses extra
    // arguments and keywords it does not take.
    let module = match vm.heap.get(d) {
        Obj::Dict(dd) => vm.dict_get_qstr_raw(dd, crate::qstr::q::__name__),
        _ => None,
    };
    let sig = module
        .and_then(|m| vm.str_ref(m))
        .map_or(0, |m| crate::native_arity::lookup(m, name));
    let v = if sig == 0 {
        vm.new_native(name, f)?
    } else {
        let q = vm.interner.intern_static(name);
        let native = crate::object::NativeFunc::new(q, f, 0).with_signature(sig, false);
        Value::Obj(vm.alloc(Obj::Native(native))?)
    };
    set(vm, d, name, v)
}

/// A new class for a native module's objects (instances are `Obj::Host`).
pub(crate) fn native_class(vm: &mut Vm, name: &'static str) -> PyResult<ObjRef> {
    let q = vm.interner.intern_static(name);
    let class = vm.new_class(q, &[], crate::objdict::Dict::new(), None)?;
    if let Obj::Class(c) = vm.heap.get_mut(class) {
        c.kind = crate::object::BaseKind::Native;
    }
    Ok(class)
}

/// Add a native method to a class (fails with MemoryError rather than panicking).
pub(crate) fn method(
    vm: &mut Vm,
    class: ObjRef,
    name: &'static str,
    f: crate::vm::NativeFn,
) -> PyResult<()> {
    let q = vm.interner.intern_static(name);
    let min_args = crate::native_arity::min_args(name, crate::native_arity::Binding::Method);
    let sig = crate::native_arity::lookup_method(vm.class_name(class), name);
    let native = crate::object::NativeFunc::new(q, f, min_args).with_signature(sig, true);
    let func = vm.alloc(Obj::Native(native))?;
    vm.class_set_attr(class, q, Value::Obj(func));
    Ok(())
}

/// Add a static native function (such as `__new__`, which gets the class first).
pub(crate) fn static_method(
    vm: &mut Vm,
    class: ObjRef,
    name: &'static str,
    f: crate::vm::NativeFn,
) -> PyResult<()> {
    let q = vm.interner.intern_static(name);
    let min_args = crate::native_arity::min_args(name, crate::native_arity::Binding::Static);
    let sig = crate::native_arity::lookup(vm.class_name(class), name);
    let native =
        crate::object::NativeFunc::new(q, f, min_args).with_signature(sig, name == "__new__");
    let func = vm.alloc(Obj::Native(native))?;
    let sm = vm.alloc(Obj::StaticMethod(Value::Obj(func)))?;
    vm.class_set_attr(class, q, Value::Obj(sm));
    Ok(())
}

/// `builtins`: the importer makes the module's namespace the builtins dict itself
/// (see `import.rs`), whose static table has its `__name__`.
fn init_builtins_module(_vm: &mut Vm, _d: ObjRef) -> PyResult<()> {
    Ok(())
}

/// Run a frozen Python implementation (`frozen/*.py`, compiled when Mica was built into
/// the static code objects of [`frozen_code`]) in a module's dict. Nothing is compiled:
/// loading the code allocates only its runtime tables and the objects the module makes.
pub(crate) fn exec_frozen(
    vm: &mut Vm,
    d: ObjRef,
    code: &'static crate::bytecode::CodeObject,
) -> PyResult<()> {
    let code = vm.load_code(crate::bytecode::CodeRef::Frozen(code).to_rc())?;
    vm.temp_roots.push(Value::Obj(code));
    let r = vm.exec_code(code, d, Value::Obj(d));
    vm.temp_roots.pop();
    r.map(|_| ())
}

/// Positional argument `i`, or a `TypeError` naming the function.
pub(crate) fn arg(vm: &mut Vm, args: &[Value], i: usize, fname: &str) -> PyResult<Value> {
    match args.get(i) {
        Some(&v) => Ok(v),
        None => Err(vm.type_error(alloc::format!(
            "{fname}() missing required argument (pos {})",
            i + 1
        ))),
    }
}

/// A keyword argument by name.
pub(crate) fn kwarg(vm: &Vm, kw: &[(crate::qstr::QStr, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.interner.get(*k) == name)
        .map(|&(_, v)| v)
}

/// At most `max` positional arguments after `self` and no keywords, else `TypeError`
/// (for natives the `native_arity` tables do not describe).
pub(crate) fn max_args(
    vm: &mut Vm,
    a: &[Value],
    kw: &[(crate::qstr::QStr, Value)],
    max: usize,
    fname: &str,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(alloc::format!("{fname}() takes no keyword arguments")));
    }
    if a.len() > max {
        return Err(vm.type_error(alloc::format!(
            "{fname}() takes at most {max} arguments ({} given)",
            a.len()
        )));
    }
    Ok(())
}

/// CRC-32 (IEEE 802.3, reflected; `binascii`, `zlib`, gzip), continuing from `crc`.
/// Bit by bit: no table in flash.
pub(crate) fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = (c >> 1) ^ (0xEDB8_8320 & (c & 1).wrapping_neg());
        }
    }
    !c
}

fn not_writable(vm: &mut Vm, v: Value) -> crate::error::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(alloc::format!(
        "object with buffer protocol required (writable), not '{tn}'"
    ))
}

/// Run `f` on the bytes of writable buffer `v` in place: a bytearray (or a subclass's),
/// a writable memoryview of one, or an `array.array` (whose items are Python values:
/// its bytes are copied out and stored back with `_setbytes`, as are those of a
/// strided memoryview). Anything else is a `TypeError`.
pub(crate) fn with_buf_mut<R>(
    vm: &mut Vm,
    v: Value,
    f: impl FnOnce(&mut [u8]) -> R,
) -> PyResult<R> {
    let b = vm.base_value(v);
    let Value::Obj(r) = b else {
        return Err(not_writable(vm, v));
    };
    let (target, start, len, step) = match vm.heap.get(r) {
        Obj::ByteArray(x) => (r, 0, x.len(), 1),
        Obj::MemoryView(m) if !m.readonly && !m.released => match m.obj {
            Value::Obj(t) => (t, m.start, m.len, m.step),
            _ => return Err(not_writable(vm, v)),
        },
        Obj::Instance(_) => {
            let q = vm.interner.intern_static("_setbytes");
            let set = vm.get_attr(b, q).map_err(|_| not_writable(vm, v))?;
            // The bound method must survive the allocations below.
            vm.temp_roots.push(set);
            let r = (|| {
                let q = vm.interner.intern_static("tobytes");
                let data = vm.call_method(b, q, &[])?;
                let mut data = vm.bytes_like(data)?;
                let out = f(&mut data);
                let data = vm.new_bytes(data)?;
                vm.temp_roots.push(data);
                let r = vm.call(set, &[data]);
                vm.temp_roots.pop();
                r.map(|_| out)
            })();
            vm.temp_roots.pop();
            return r;
        }
        _ => return Err(not_writable(vm, v)),
    };
    let Obj::ByteArray(bytes) = vm.heap.get_mut(target) else {
        return Err(not_writable(vm, v));
    };
    if step == 1 {
        return match bytes.get_mut(start..start + len) {
            Some(s) => Ok(f(s)),
            None => Err(vm.value_error("buffer changed size")),
        };
    }
    let at = |i: usize| (start as i64 + i as i64 * step) as usize;
    let mut data: alloc::vec::Vec<u8> = (0..len)
        .map(|i| bytes.get(at(i)).copied().unwrap_or(0))
        .collect();
    let out = f(&mut data);
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(target) {
        for (i, x) in data.into_iter().enumerate() {
            if let Some(slot) = bytes.get_mut(at(i)) {
                *slot = x;
            }
        }
    }
    Ok(out)
}

#[cfg(all(test, feature = "mod-asyncio"))]
mod tests {
    use super::frozen_code;
    use crate::bytecode::{CodeObject, CodeRef, Const};
    use crate::object::Obj;
    use crate::value::ObjRef;
    use crate::vm::Vm;
    use alloc::borrow::Cow;
    use alloc::boxed::Box;

    /// The loaded code object `code` runs the frozen `frozen`'s instructions in place:
    /// its tables are the static ones, not copies; so are its nested code objects'.
    fn assert_in_place(vm: &Vm, code: ObjRef, frozen: &'static CodeObject) -> usize {
        let Obj::Code(c) = vm.heap.get(code) else {
            panic!("not a code object")
        };
        assert!(
            matches!(c.ops, Cow::Borrowed(_)),
            "{}: ops copied",
            vm.interner.get(c.qualname)
        );
        assert!(core::ptr::eq(c.ops.as_ptr(), frozen.code.as_ptr()));
        assert!(core::ptr::eq(c.lines.as_ptr(), frozen.lines.as_ptr()));
        let mut n = 1;
        for (i, k) in frozen.consts.iter().enumerate() {
            if let Const::Code(CodeRef::Frozen(inner)) = k {
                let v = c.consts[i].as_obj().expect("nested code object");
                n += assert_in_place(vm, v, inner);
            }
        }
        n
    }

    #[test]
    fn frozen_code_runs_in_place() {
        let mut vm = Vm::new(Box::new(crate::port::NullPort::default()), 4 << 20);
        let top = frozen_code::ASYNCIO;
        let code = vm.load_code(CodeRef::Frozen(top).to_rc()).unwrap();
        let n = assert_in_place(&vm, code, top);
        assert!(n > 50, "asyncio has many functions ({n})");
    }
}
