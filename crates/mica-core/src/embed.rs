//! The embedding facade: run Mica inside your own Rust program or firmware without
//! touching the VM, heap or object internals.
//!
//! - [`Interpreter`] owns one VM over your [`Port`] and a fixed heap budget: run source
//!   ([`exec`](Interpreter::exec), [`run`](Interpreter::run),
//!   [`run_file`](Interpreter::run_file)), evaluate an expression
//!   ([`eval`](Interpreter::eval)), call a Python function by name with Rust values
//!   ([`call`](Interpreter::call)), read and set globals, collect garbage and query the
//!   heap, serve the serial REPL ([`repl`](Interpreter::repl),
//!   [`run_session`](Interpreter::run_session)) and start over after a soft reset
//!   ([`soft_reset`](Interpreter::soft_reset)).
//! - [`PyVal`] is an owned Rust copy of a Python value, for arguments and results.
//! - [`NativeModule`] describes a module written in Rust as `'static` tables (functions
//!   and constants): registering one costs a pointer, and nothing is built on the heap
//!   until Python imports it.
//! - [`Error`] is a Python exception as a Rust value (class name, message, traceback);
//!   native functions return one to raise that exception in Python.
//!
//! # Example
//!
//! ```
//! use std::cell::RefCell;
//! use std::rc::Rc;
//!
//! use mica_core::{Const, Context, Error, Interpreter, NativeModule, Port, PyVal};
//!
//! /// A port that collects what Python prints.
//! struct Collect(Rc<RefCell<String>>);
//!
//! impl Port for Collect {
//!     fn write_stdout(&mut self, data: &[u8]) {
//!         self.0.borrow_mut().push_str(&String::from_utf8_lossy(data));
//!     }
//!     fn write_stderr(&mut self, data: &[u8]) {
//!         self.write_stdout(data);
//!     }
//! }
//!
//! /// `sensor.read(channel)`: a reading from one of the four channels.
//! fn read(_ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
//!     let [channel] = args else {
//!         return Err(Error::type_error("read() takes 1 argument"));
//!     };
//!     let channel = channel
//!         .as_int()
//!         .ok_or_else(|| Error::type_error("channel must be an int"))?;
//!     if !(0..4).contains(&channel) {
//!         return Err(Error::value_error("no such channel"));
//!     }
//!     Ok(PyVal::Int(100 + 10 * channel))
//! }
//!
//! static SENSOR: NativeModule = NativeModule {
//!     name: "sensor",
//!     functions: &[("read", read)],
//!     constants: &[("CHANNELS", Const::Int(4))],
//! };
//!
//! let out = Rc::new(RefCell::new(String::new()));
//! let mut py = Interpreter::new(Box::new(Collect(out.clone())), 64 * 1024);
//! py.register_module(&SENSOR);
//!
//! // Python imports the native module like any other.
//! py.exec(
//!     "import sensor\n\
//!      print(sensor.CHANNELS, sensor.read(2))\n\
//!      def average(a, b):\n    \
//!          return (sensor.read(a) + sensor.read(b)) / 2\n",
//! )?;
//! assert_eq!(*out.borrow(), "4 120\n");
//!
//! // Rust calls a Python function with Rust values and reads the result.
//! let avg = py.call("average", &[PyVal::from(0), PyVal::from(3)])?;
//! assert_eq!(avg, PyVal::Float(115.0));
//!
//! // An exception comes back as a Rust `Error`; one raised by the native function
//! // travelled through Python on the way.
//! let err = py.call("average", &[PyVal::from(0), PyVal::from(9)]).unwrap_err();
//! assert_eq!(err.kind, "ValueError");
//! assert_eq!(err.to_string(), "ValueError: no such channel");
//! assert!(err.traceback.contains("in average"));
//!
//! // Python code can catch what native code raises.
//! py.exec("try:\n    sensor.read(7)\nexcept ValueError as e:\n    print('caught:', e)")?;
//! assert!(out.borrow().ends_with("caught: no such channel\n"));
//!
//! // Expressions evaluate to Rust values.
//! assert_eq!(
//!     py.eval("[sensor.read(c) for c in range(sensor.CHANNELS)]")?,
//!     PyVal::List(vec![100.into(), 110.into(), 120.into(), 130.into()])
//! );
//! # Ok::<(), Error>(())
//! ```
//!
//! `docs/embedding.md` describes the facade and what a port must provide.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::compiler::Mode;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::{NativeFunc, Obj};
use crate::port::{NullPort, PathKind};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub use crate::caches::CacheSizes;
pub use crate::hal::Hal;
pub use crate::port::{FileStat, OpenMode, Port};
pub use crate::pyexec::{Outcome, Repl, ReplMode, SOFT_REBOOT};
pub use crate::readline::{Console, Edited, LineEditor};
pub use crate::repl::banner;

/// How deeply nested a container may be to be converted between [`PyVal`] and Python
/// (conversion recurses on the native stack, which is small on a microcontroller).
pub const MAX_DEPTH: usize = 32;

// ------------------------------------------------------------------------ PyVal

/// An owned Rust copy of a Python value, for arguments and results.
///
/// From Python: `None`, `bool`, `int`, `float`, `str`, `bytes` (and `bytearray`, read as
/// `Bytes`), `list`, `tuple` and `dict` convert to the variant of that name (exact types
/// only: instances of subclasses are `Other`). An `int` outside the `i64` range comes
/// back as [`PyVal::BigInt`] holding its decimal digits. Anything else (a set, a
/// function, an instance...) comes back as [`PyVal::Other`] holding its `repr()`, which
/// does not convert back. Containers nested deeper than [`MAX_DEPTH`] give a
/// `ValueError`.
///
/// To Python every variant but `Other` makes a new object of that type; `Other` is a
/// `TypeError`, and so is a `Dict` key that is not hashable (a `List`...).
#[derive(Clone, Debug, PartialEq)]
pub enum PyVal {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside the `i64` range, as decimal digits with an optional leading `-`
    /// (`"-123456789012345678901234567890"`). To Python any such text is accepted, and
    /// one that fits in `i64` simply makes a small int.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<PyVal>),
    Tuple(Vec<PyVal>),
    /// Entries in the dict's order.
    Dict(Vec<(PyVal, PyVal)>),
    /// A value with no Rust counterpart: its `repr()`.
    Other(String),
}

impl PyVal {
    pub fn is_none(&self) -> bool {
        matches!(self, PyVal::None)
    }

    /// The value of an `Int` (a `Bool` counts as 0 or 1, as in Python).
    pub fn as_int(&self) -> Option<i64> {
        match *self {
            PyVal::Int(i) => Some(i),
            PyVal::Bool(b) => Some(i64::from(b)),
            _ => None,
        }
    }

    /// The value of a `Float`, or of an `Int`/`Bool` as a float.
    pub fn as_float(&self) -> Option<f64> {
        match *self {
            PyVal::Float(f) => Some(f),
            PyVal::Int(i) => Some(i as f64),
            PyVal::Bool(b) => Some(f64::from(u8::from(b))),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match *self {
            PyVal::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyVal::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            PyVal::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The items of a `List` or `Tuple`.
    pub fn as_slice(&self) -> Option<&[PyVal]> {
        match self {
            PyVal::List(v) | PyVal::Tuple(v) => Some(v),
            _ => None,
        }
    }
}

impl From<()> for PyVal {
    fn from(_: ()) -> PyVal {
        PyVal::None
    }
}

impl From<bool> for PyVal {
    fn from(b: bool) -> PyVal {
        PyVal::Bool(b)
    }
}

impl From<i64> for PyVal {
    fn from(i: i64) -> PyVal {
        PyVal::Int(i)
    }
}

impl From<i32> for PyVal {
    fn from(i: i32) -> PyVal {
        PyVal::Int(i64::from(i))
    }
}

impl From<u32> for PyVal {
    fn from(i: u32) -> PyVal {
        PyVal::Int(i64::from(i))
    }
}

impl From<f64> for PyVal {
    fn from(f: f64) -> PyVal {
        PyVal::Float(f)
    }
}

impl From<&str> for PyVal {
    fn from(s: &str) -> PyVal {
        PyVal::Str(String::from(s))
    }
}

impl From<String> for PyVal {
    fn from(s: String) -> PyVal {
        PyVal::Str(s)
    }
}

impl From<&[u8]> for PyVal {
    fn from(b: &[u8]) -> PyVal {
        PyVal::Bytes(b.to_vec())
    }
}

impl From<Vec<u8>> for PyVal {
    fn from(b: Vec<u8>) -> PyVal {
        PyVal::Bytes(b)
    }
}

impl From<Vec<PyVal>> for PyVal {
    fn from(v: Vec<PyVal>) -> PyVal {
        PyVal::List(v)
    }
}

impl<T: Into<PyVal>> From<Option<T>> for PyVal {
    fn from(o: Option<T>) -> PyVal {
        o.map_or(PyVal::None, Into::into)
    }
}

// ------------------------------------------------------------------------ Error

/// A Python exception as a Rust value.
///
/// Errors coming out of the interpreter carry the exception's class name, its `str()`
/// and the traceback text CPython would print. Native functions return one to raise
/// an exception in Python: [`Error::new`] names the class (a built-in exception such
/// as `"ValueError"`, a class defined in `__main__`, or a dotted `"module.Class"`; a
/// name that is not an exception class raises `RuntimeError("kind: message")`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The exception's class name (`"ValueError"`, `"MyError"`).
    pub kind: String,
    /// `str()` of the exception: `"invalid literal..."`, `"[Errno 2] ENOENT"` for an
    /// `OSError` with an errno; empty for an exception raised without arguments.
    pub message: String,
    /// The `errno` of an `OSError` (and its subclasses).
    pub errno: Option<i32>,
    /// The full traceback text, as printed for an uncaught exception (`Traceback (most
    /// recent call last):` ... `ValueError: message\n`); empty for an `Error` made in
    /// Rust that has not been through Python.
    pub traceback: String,
    /// Names of the class's bases along its MRO (without `object`), when known.
    bases: Vec<String>,
}

impl Error {
    /// An exception of class `kind` with the message (no arguments when it is empty).
    pub fn new(kind: &str, message: impl Into<String>) -> Error {
        Error {
            kind: String::from(kind),
            message: message.into(),
            errno: None,
            traceback: String::new(),
            bases: Vec::new(),
        }
    }

    pub fn value_error(message: impl Into<String>) -> Error {
        Error::new("ValueError", message)
    }

    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new("TypeError", message)
    }

    pub fn runtime_error(message: impl Into<String>) -> Error {
        Error::new("RuntimeError", message)
    }

    /// `OSError(errno, "ENAME")` as MicroPython raises it (`OSError: [Errno 19] ENODEV`).
    /// In Python it becomes the `OSError` subclass CPython picks for the errno
    /// (`FileNotFoundError` for 2...), which `except OSError` catches.
    pub fn os_error(errno: i32) -> Error {
        let name = crate::errnomod::name(i64::from(errno)).unwrap_or("");
        Error::os_error_with(errno, name)
    }

    /// `OSError(errno, strerror)`.
    pub fn os_error_with(errno: i32, strerror: &str) -> Error {
        let mut e = Error::new("OSError", alloc::format!("[Errno {errno}] {strerror}"));
        e.errno = Some(errno);
        e
    }

    /// Whether the exception is of class `kind` or a subclass of it: by the class's MRO
    /// for errors that came from Python, by the built-in hierarchy for others
    /// (`Error::os_error(2).is_a("Exception")` is true).
    pub fn is_a(&self, kind: &str) -> bool {
        if self.kind == kind || self.bases.iter().any(|b| b == kind) {
            return true;
        }
        let mut cur = ExcKind::ALL.iter().find(|(_, n, _)| *n == self.kind);
        while let Some(&(_, name, parent)) = cur {
            if name == kind {
                return true;
            }
            cur = parent.and_then(|p| ExcKind::ALL.iter().find(|(k, _, _)| *k == p));
        }
        false
    }

    /// The message without an `OSError`'s `[Errno N] ` prefix.
    fn strerror(&self) -> &str {
        match self.errno {
            Some(n) => {
                let prefix = alloc::format!("[Errno {n}] ");
                self.message
                    .strip_prefix(prefix.as_str())
                    .unwrap_or(&self.message)
            }
            None => &self.message,
        }
    }
}

/// CPython's last traceback line: `ValueError: message`, or just `ValueError`.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(&self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl core::error::Error for Error {}

// ------------------------------------------------------------------ native modules

/// A function of a native module: positional arguments in, a value or an exception
/// out. (Keyword arguments are refused with a `TypeError` before it is called.)
pub type NativeFunction = fn(&mut Context<'_>, &[PyVal]) -> Result<PyVal, Error>;

/// A constant of a native module.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'static str),
    Bytes(&'static [u8]),
}

/// A module written in Rust, as `'static` tables: registering it
/// ([`Interpreter::register_module`]) stores one pointer, and its module object and
/// function objects are made on the heap only when Python first imports it.
///
/// The name must not contain a dot. A registered module is found before the built-in
/// modules, so it can replace one; modules registered later win over earlier ones.
#[derive(Clone, Copy, Debug)]
pub struct NativeModule {
    pub name: &'static str,
    pub functions: &'static [(&'static str, NativeFunction)],
    pub constants: &'static [(&'static str, Const)],
}

/// What a native function can reach while it runs.
pub struct Context<'a> {
    vm: &'a mut Vm,
}

impl Context<'_> {
    /// The port the interpreter runs on.
    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.vm.port
    }

    /// Call a Python function by name, as [`Interpreter::call`] does.
    pub fn call(&mut self, name: &str, args: &[PyVal]) -> Result<PyVal, Error> {
        call_named(self.vm, name, args, &[])
    }

    /// Free heap bytes (as `gc.mem_free()`).
    pub fn mem_free(&self) -> usize {
        match self.vm.heap.real_usage() {
            Some((used, size)) => size.saturating_sub(used),
            None => self.vm.heap.free_bytes(),
        }
    }

    /// The VM itself, for what the facade does not cover. Its API is the core's
    /// internals and may change between versions.
    pub fn vm_mut(&mut self) -> &mut Vm {
        self.vm
    }
}

/// The id a registered function carries in its `NativeFunc::self_` (an int, which is
/// also what its `__self__` shows): the index in `Vm::native_modules` in the high bits,
/// the function's index in the module's table in the low 16.
const FN_BITS: u32 = 16;

/// The importer's hook: make the module object of a registered native module.
pub(crate) fn import_registered(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(index) = vm.native_modules.iter().rposition(|m| m.name == name) else {
        return Ok(None);
    };
    let module = vm.native_modules[index];
    let m = vm.new_module(name)?;
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(m);
    let r = fill_module(vm, module, index, m);
    vm.temp_roots.truncate(mark);
    r?;
    Ok(Some(m))
}

fn fill_module(vm: &mut Vm, module: &NativeModule, index: usize, m: Value) -> PyResult<()> {
    let Some(d) = vm.module_dict(m) else {
        return Ok(());
    };
    for &(name, c) in module.constants {
        let v = match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(b),
            Const::Int(i) => Value::Int(i),
            Const::Float(f) => Value::Float(f),
            Const::Str(s) => vm.new_str_from(s)?,
            Const::Bytes(b) => vm.new_bytes(b.to_vec())?,
        };
        let q = vm.interner.intern(name);
        vm.dict_set_str(d, q, v)?;
    }
    for (j, &(name, _)) in module.functions.iter().enumerate() {
        if j >= 1 << FN_BITS {
            return Err(vm.error(
                ExcKind::ImportError,
                "too many functions in a native module",
            ));
        }
        let q = vm.interner.intern(name);
        let id = ((index as i64) << FN_BITS) | j as i64;
        let mut nf = NativeFunc::new(q, trampoline, 0);
        nf.self_ = Value::Int(id);
        let f = vm.alloc(Obj::Native(nf))?;
        vm.dict_set_str(d, q, Value::Obj(f))?;
    }
    let modules = vm.modules;
    let q = vm.interner.intern(module.name);
    vm.dict_set_str(modules, q, m)
}

/// Every registered function's `NativeFn`: finds the Rust function by the id in
/// `args[0]`, converts the arguments and the result, and turns an `Error` into a
/// raised exception.
fn trampoline(vm: &mut Vm, args: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let id = match args.first() {
        Some(&Value::Int(id)) if id >= 0 => id as u64,
        _ => return Err(vm.type_error("native function called without its id")),
    };
    let (mi, fi) = (
        (id >> FN_BITS) as usize,
        (id & ((1 << FN_BITS) - 1)) as usize,
    );
    let Some(&(name, func)) = vm.native_modules.get(mi).and_then(|m| m.functions.get(fi)) else {
        return Err(vm.runtime_error("native function no longer registered"));
    };
    if !kw.is_empty() {
        return Err(vm.type_error(alloc::format!("{name}() takes no keyword arguments")));
    }
    let mut pargs = Vec::with_capacity(args.len() - 1);
    for &a in &args[1..] {
        pargs.push(to_pyval(vm, a, 0)?);
    }
    let result = func(&mut Context { vm }, &pargs);
    drop(pargs);
    match result {
        Ok(v) => to_value(vm, &v, 0),
        Err(e) => Err(raise(vm, &e)),
    }
}

// ------------------------------------------------------------------ conversions

/// Python -> Rust. Values reached through containers are rooted while a `repr` (which
/// may run Python code, and so collect) is computed for an `Other`.
fn to_pyval(vm: &mut Vm, v: Value, depth: usize) -> PyResult<PyVal> {
    enum Shape {
        Str(String),
        Bytes(Vec<u8>),
        Big(String),
        Seq(Vec<Value>, bool),
        Dict(Vec<Value>),
        Other,
    }
    let r = match v {
        Value::None => return Ok(PyVal::None),
        Value::Bool(b) => return Ok(PyVal::Bool(b)),
        Value::Int(i) => return Ok(PyVal::Int(i)),
        Value::Float(f) => return Ok(PyVal::Float(f)),
        Value::Str(q) => return Ok(PyVal::Str(String::from(vm.interner.get(q)))),
        Value::Null => return Ok(PyVal::Other(String::from("<NULL>"))),
        Value::NotImplemented | Value::Ellipsis => return other(vm, v),
        Value::Obj(r) => r,
    };
    let shape = match vm.heap.get(r) {
        Obj::Str(s) => Shape::Str(String::from(&*s.s)),
        Obj::Bytes(b) => Shape::Bytes(b.to_vec()),
        Obj::ByteArray(b) => Shape::Bytes(b.clone()),
        Obj::BigInt(b) => Shape::Big(alloc::format!("{b}")),
        Obj::List(items) => Shape::Seq(items.clone(), false),
        Obj::Tuple(items) => Shape::Seq(items.to_vec(), true),
        Obj::Dict(d) => Shape::Dict(d.iter().flat_map(|e| [e.key, e.value]).collect()),
        _ => Shape::Other,
    };
    Ok(match shape {
        Shape::Str(s) => PyVal::Str(s),
        Shape::Bytes(b) => PyVal::Bytes(b),
        Shape::Big(s) => PyVal::BigInt(s),
        Shape::Other => return other(vm, v),
        Shape::Seq(items, tuple) => {
            let items = convert_all(vm, &items, depth)?;
            if tuple {
                PyVal::Tuple(items)
            } else {
                PyVal::List(items)
            }
        }
        Shape::Dict(flat) => {
            let mut items = convert_all(vm, &flat, depth)?.into_iter();
            let mut pairs = Vec::with_capacity(flat.len() / 2);
            while let (Some(k), Some(v)) = (items.next(), items.next()) {
                pairs.push((k, v));
            }
            PyVal::Dict(pairs)
        }
    })
}

fn other(vm: &mut Vm, v: Value) -> PyResult<PyVal> {
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(v);
    let s = vm.repr_string(v);
    vm.temp_roots.truncate(mark);
    Ok(PyVal::Other(s?))
}

fn convert_all(vm: &mut Vm, items: &[Value], depth: usize) -> PyResult<Vec<PyVal>> {
    if depth >= MAX_DEPTH {
        return Err(vm.value_error("value nested too deeply to convert"));
    }
    let mark = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(items);
    let mut out = Vec::with_capacity(items.len());
    let mut res = Ok(());
    for &x in items {
        match to_pyval(vm, x, depth + 1) {
            Ok(p) => out.push(p),
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.temp_roots.truncate(mark);
    res.map(|_| out)
}

/// Rust -> Python. Allocation never collects, so the values made for a container's
/// items may sit in Rust locals until the container holds them.
fn to_value(vm: &mut Vm, p: &PyVal, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("value nested too deeply to convert"));
    }
    Ok(match p {
        PyVal::None => Value::None,
        PyVal::Bool(b) => Value::Bool(*b),
        PyVal::Int(i) => Value::Int(*i),
        PyVal::Float(f) => Value::Float(*f),
        PyVal::BigInt(s) => match num_bigint::BigInt::parse_bytes(s.as_bytes(), 10) {
            Some(b) => vm.new_bigint(b)?,
            None => {
                return Err(vm.value_error(alloc::format!("invalid PyVal::BigInt digits: {s:?}")))
            }
        },
        PyVal::Str(s) => vm.new_str_from(s)?,
        PyVal::Bytes(b) => vm.new_bytes(b.clone())?,
        PyVal::List(items) | PyVal::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for x in items {
                vals.push(to_value(vm, x, depth + 1)?);
            }
            if matches!(p, PyVal::List(_)) {
                vm.new_list(vals)?
            } else {
                vm.new_tuple(vals)?
            }
        }
        PyVal::Dict(pairs) => {
            let d = vm.new_dict()?;
            for (k, v) in pairs {
                let k = to_value(vm, k, depth + 1)?;
                let v = to_value(vm, v, depth + 1)?;
                vm.dict_set_item(d, k, v)?;
            }
            d
        }
        PyVal::Other(s) => {
            return Err(vm.type_error(alloc::format!(
                "PyVal::Other({s:?}) cannot be converted to a Python object"
            )))
        }
    })
}

/// A raised exception as an [`Error`].
fn error_from(vm: &mut Vm, e: PyErr) -> Error {
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(Value::Obj(e.0));
    // What the failed code held is garbage now that it has unwound (the VM's own
    // collection after the failing instruction still saw it live): free it, so the
    // next call has room even to compile.
    if vm.err_matches(e, ExcKind::MemoryError) && (vm.heap.enabled || vm.heap.stress) {
        vm.collect_garbage();
    }
    let class = vm.exception_class_of(e.0);
    let kind = String::from(vm.class_name(class));
    let object = vm.types.object;
    let mro: Vec<ObjRef> = match vm.heap.get(class) {
        Obj::Class(c) => c.mro.iter().skip(1).copied().collect(),
        _ => Vec::new(),
    };
    let bases = mro
        .into_iter()
        .filter(|&c| c != object)
        .map(|c| String::from(vm.class_name(c)))
        .collect();
    let args = vm.exception_args(e.0);
    let errno = match args.first() {
        Some(&Value::Int(n)) if vm.err_matches(e, ExcKind::OSError) => i32::try_from(n).ok(),
        _ => None,
    };
    let message = str_text(vm, Value::Obj(e.0));
    let traceback = vm.format_exception(e);
    vm.temp_roots.truncate(mark);
    Error {
        kind,
        message,
        errno,
        traceback,
        bases,
    }
}

/// `str(v)` as Rust text; when even that cannot be allocated (the heap is full of
/// garbage from the failed code), collect once and retry.
fn str_text(vm: &mut Vm, v: Value) -> String {
    for attempt in 0..2 {
        match vm.str_of(v) {
            Ok(s) => return String::from(vm.str_ref(s).unwrap_or("")),
            Err(e) if attempt == 0 && vm.err_matches(e, ExcKind::MemoryError) => {
                vm.collect_garbage();
            }
            // A `__str__` that raises: no message.
            Err(_) => break,
        }
    }
    String::new()
}

/// An [`Error`] as an exception to raise.
fn raise(vm: &mut Vm, e: &Error) -> PyErr {
    let base_exc = vm.exc_class(ExcKind::BaseException);
    let class = match exception_class(vm, &e.kind) {
        Some(c) if vm.is_subclass(c, base_exc) => c,
        _ => return vm.runtime_error(alloc::format!("{e}")),
    };
    let os_error = vm.exc_class(ExcKind::OSError);
    if let (Some(errno), true) = (e.errno, vm.is_subclass(class, os_error)) {
        let class = if class == os_error {
            vm.exc_class(crate::error::os_error_kind(i64::from(errno)))
        } else {
            class
        };
        return match vm.new_str_from(e.strerror()) {
            Ok(s) => vm.new_exception(class, alloc::vec![Value::Int(i64::from(errno)), s]),
            Err(err) => err,
        };
    }
    if e.message.is_empty() {
        return vm.new_exception(class, Vec::new());
    }
    match vm.new_str_from(&e.message) {
        Ok(s) => vm.new_exception(class, alloc::vec![s]),
        Err(err) => err,
    }
}

/// The class an [`Error`]'s kind names: a built-in exception, a name in `__main__`, or
/// `module.Class`.
fn exception_class(vm: &mut Vm, kind: &str) -> Option<ObjRef> {
    let v = if kind.contains('.') {
        resolve(vm, kind).ok()?
    } else {
        let q = vm.interner.lookup(kind)?;
        match vm.builtin_get(q).ok()? {
            Some(v) => v,
            None => {
                let g = vm.main_module_dict("__main__").ok()?;
                vm.dict_get_str(g, q)?
            }
        }
    };
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => Some(r),
        _ => None,
    }
}

// ------------------------------------------------------------------ running code

/// The facade's safe point, before it allocates or runs code: when the heap asked for
/// a collection (the VM's own safe points are inside the dispatch loop, so the garbage
/// of a run that failed with `MemoryError` would otherwise stay until code runs again,
/// and compiling that code could fail first), collect now. Nothing of the caller's is
/// unrooted here.
fn safe_point(vm: &mut Vm) {
    if vm.heap.gc_pending {
        vm.collect_outside_loop();
    }
}

/// `name` as a value: a global of `__main__` or a builtin, followed by attributes
/// (`obj.method`), or a module (imported if need be) followed by one attribute (`json.dumps`,
/// `pkg.mod.func`).
fn resolve(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let g = vm.main_module_dict("__main__")?;
    let (head, rest) = match name.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (name, None),
    };
    let start = match vm.interner.lookup(head) {
        Some(q) => match vm.dict_get_str(g, q) {
            Some(v) => Some(v),
            None => vm.builtin_get(q)?,
        },
        None => None,
    };
    let (mut obj, path) = match (start, rest) {
        (Some(v), rest) => (v, rest),
        (None, None) => {
            return Err(vm.error(
                ExcKind::NameError,
                alloc::format!("name '{name}' is not defined"),
            ))
        }
        (None, Some(_)) => {
            let (module, attr) = name.rsplit_once('.').unwrap_or((name, ""));
            let mq = vm.interner.intern(module);
            let m = vm.import_name(mq, Value::Bool(true), Value::Int(0), g)?;
            (m, Some(attr))
        }
    };
    if let Some(path) = path {
        for part in path.split('.') {
            let mark = vm.temp_roots.len();
            vm.temp_roots.push(obj);
            let q = vm.interner.intern(part);
            let r = vm.get_attr(obj, q);
            vm.temp_roots.truncate(mark);
            obj = r?;
        }
    }
    Ok(obj)
}

fn call_named(
    vm: &mut Vm,
    name: &str,
    args: &[PyVal],
    kwargs: &[(&str, PyVal)],
) -> Result<PyVal, Error> {
    safe_point(vm);
    let mark = vm.temp_roots.len();
    let r = call_inner(vm, name, args, kwargs);
    vm.temp_roots.truncate(mark);
    r
}

fn call_inner(
    vm: &mut Vm,
    name: &str,
    args: &[PyVal],
    kwargs: &[(&str, PyVal)],
) -> Result<PyVal, Error> {
    // Every value made here stays in `temp_roots` (truncated by the caller): resolving
    // the name may import a module, and the call itself runs Python code.
    let f = resolve(vm, name).map_err(|e| error_from(vm, e))?;
    vm.temp_roots.push(f);
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        let v = to_value(vm, a, 0).map_err(|e| error_from(vm, e))?;
        vm.temp_roots.push(v);
        vals.push(v);
    }
    let mut kw = Vec::with_capacity(kwargs.len());
    for (k, a) in kwargs {
        let v = to_value(vm, a, 0).map_err(|e| error_from(vm, e))?;
        vm.temp_roots.push(v);
        kw.push((vm.interner.intern(k), v));
    }
    let mut out = Value::None;
    let r = crate::pyexec::armed(vm, |vm| {
        out = vm.call_kw(f, &vals, &kw)?;
        Ok(())
    });
    r.map_err(|e| error_from(vm, e))?;
    vm.temp_roots.push(out);
    to_pyval(vm, out, 0).map_err(|e| error_from(vm, e))
}

// ------------------------------------------------------------------ the interpreter

/// What running a start-up script did (see [`Interpreter::run_startup_script`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScriptOutcome {
    /// There is no such file on the port's filesystem.
    NotFound,
    /// It ran to the end.
    Finished,
    /// It raised this exception, which has been printed on the console.
    Raised(Error),
    /// It asked for a soft reset: `SystemExit` escaped it (`sys.exit()`), or it called
    /// `machine.soft_reset()` / `machine.reset()` (even if it caught their
    /// `SystemExit`).
    SoftReset,
}

/// One Mica interpreter: a VM over a port with a fixed heap budget.
///
/// Dropping it frees everything it made. After a soft reset a board makes a fresh one
/// over the same port with [`Interpreter::soft_reset`].
pub struct Interpreter {
    vm: Vm,
    heap_bytes: usize,
    /// A native stack limit set with [`Interpreter::set_stack_limit`] (kept across
    /// soft resets).
    stack_limit: Option<usize>,
}

impl Interpreter {
    /// A fresh interpreter. `heap_bytes` is the budget the program's objects get (the
    /// runtime's own objects, made at start-up, are outside it; see
    /// [`runtime_bytes`](Interpreter::runtime_bytes)). Exceeding it raises
    /// `MemoryError`, never more memory.
    #[inline(never)]
    pub fn new(port: Box<dyn Port>, heap_bytes: usize) -> Interpreter {
        Interpreter {
            vm: Vm::new(port, heap_bytes),
            heap_bytes,
            stack_limit: None,
        }
    }

    /// Set the native stack limit: the lowest usable stack address plus
    /// [`crate::stackguard::MARGIN`] (the stack grows down; see
    /// [`crate::stackguard::limit_from_lowest`]). Native recursion past it raises
    /// `RecursionError` instead of overflowing the stack. Not needed when the port
    /// reports its stack (`Port::stack_limit` or `Port::stack_info`); kept across
    /// [`soft_reset`](Interpreter::soft_reset).
    pub fn set_stack_limit(&mut self, limit: usize) {
        self.stack_limit = Some(limit);
        self.vm.set_stack_limit(limit);
    }

    /// Bytes of native stack left above the limit at the caller.
    pub fn stack_remaining(&self) -> usize {
        self.vm.stack_remaining()
    }

    /// [`Interpreter::new`] with native modules registered.
    pub fn with_modules(
        port: Box<dyn Port>,
        heap_bytes: usize,
        modules: &[&'static NativeModule],
    ) -> Interpreter {
        let mut it = Interpreter::new(port, heap_bytes);
        for &m in modules {
            it.register_module(m);
        }
        it
    }

    /// Make a native module importable (`import name`). Register it before Python
    /// imports a module of that name: an imported module stays in `sys.modules`.
    pub fn register_module(&mut self, module: &'static NativeModule) {
        self.vm.native_modules.push(module);
    }

    /// The modules registered so far.
    pub fn modules(&self) -> &[&'static NativeModule] {
        &self.vm.native_modules
    }

    /// The port the interpreter runs on.
    pub fn port_mut(&mut self) -> &mut dyn Port {
        &mut *self.vm.port
    }

    /// End the interpreter and get the port back (to make another one over it).
    pub fn into_port(self) -> Box<dyn Port> {
        let Interpreter { mut vm, .. } = self;
        core::mem::replace(&mut vm.port, Box::new(NullPort::default()))
    }

    /// A soft reset: drop this interpreter (its heap is freed first) and make a fresh
    /// one over the same port with the same heap budget and registered modules.
    /// `sys.path` starts empty again. (Printing [`SOFT_REBOOT`] is up to the port.)
    pub fn soft_reset(self) -> Interpreter {
        let (heap_bytes, stack_limit) = (self.heap_bytes, self.stack_limit);
        let modules = self.vm.native_modules.clone();
        let port = self.into_port();
        let mut it = Interpreter::new(port, heap_bytes);
        it.vm.native_modules = modules;
        if let Some(limit) = stack_limit {
            it.set_stack_limit(limit);
        }
        it
    }

    /// The heap budget given at creation.
    pub fn heap_bytes(&self) -> usize {
        self.heap_bytes
    }

    /// Execute `source` as a module body in `__main__` (reported as file `<string>`).
    pub fn exec(&mut self, source: &str) -> Result<(), Error> {
        self.run(source, "<string>")
    }

    /// Execute `source` in `__main__`, naming `filename` in tracebacks.
    ///
    /// Ctrl-C is armed while it runs ([`Port::set_kbd_intr`] with 3, then -1), so a
    /// port's interrupt raises `KeyboardInterrupt`, as at the REPL.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let vm = &mut self.vm;
        safe_point(vm);
        let r = crate::pyexec::armed(vm, |vm| {
            let g = vm.main_module_dict(filename)?;
            let code = vm.compile_source(source, filename, Mode::Exec)?;
            vm.temp_roots.push(Value::Obj(code));
            let r = vm.exec_code(code, g, Value::Obj(g));
            vm.temp_roots.pop();
            r.map(|_| ())
        });
        r.map_err(|e| error_from(vm, e))
    }

    /// Read `path` from the port's filesystem and run it in `__main__`. A missing or
    /// unreadable file is an `OSError` (`FileNotFoundError` for a missing one).
    pub fn run_file(&mut self, path: &str) -> Result<(), Error> {
        let src = self.vm.port.read_file(path).map_err(|errno| {
            let name = crate::errnomod::name(i64::from(errno)).unwrap_or("");
            let e = self.vm.os_error(i64::from(errno), name);
            error_from(&mut self.vm, e)
        })?;
        match core::str::from_utf8(&src) {
            Ok(text) => self.run(text, path),
            Err(_) => Err(Error::new(
                "SyntaxError",
                alloc::format!("{path} is not valid UTF-8"),
            )),
        }
    }

    /// Evaluate one expression in `__main__`'s namespace.
    pub fn eval(&mut self, expr: &str) -> Result<PyVal, Error> {
        let vm = &mut self.vm;
        safe_point(vm);
        let mut out = Value::None;
        let r = crate::pyexec::armed(vm, |vm| {
            let g = vm.main_module_dict("<string>")?;
            let code = vm.compile_source(expr, "<string>", Mode::Eval)?;
            vm.temp_roots.push(Value::Obj(code));
            let r = vm.exec_code(code, g, Value::Obj(g));
            vm.temp_roots.pop();
            out = r?;
            Ok(())
        });
        r.map_err(|e| error_from(vm, e))?;
        let mark = vm.temp_roots.len();
        vm.temp_roots.push(out);
        let p = to_pyval(vm, out, 0);
        vm.temp_roots.truncate(mark);
        p.map_err(|e| error_from(vm, e))
    }

    /// Call a Python callable by name with positional arguments: a global of
    /// `__main__` or a builtin (`"main"`, `"len"`, or with attributes `"obj.method"`),
    /// else `"module.attr"`
    /// (the module is imported if need be: `"json.dumps"`). A missing name is a
    /// `NameError`, a missing attribute an `AttributeError`, a missing module a
    /// `ModuleNotFoundError`.
    pub fn call(&mut self, name: &str, args: &[PyVal]) -> Result<PyVal, Error> {
        call_named(&mut self.vm, name, args, &[])
    }

    /// [`call`](Interpreter::call) with keyword arguments too.
    pub fn call_kw(
        &mut self,
        name: &str,
        args: &[PyVal],
        kwargs: &[(&str, PyVal)],
    ) -> Result<PyVal, Error> {
        call_named(&mut self.vm, name, args, kwargs)
    }

    /// The value of a name, resolved as for [`call`](Interpreter::call).
    pub fn get(&mut self, name: &str) -> Result<PyVal, Error> {
        let vm = &mut self.vm;
        safe_point(vm);
        let mark = vm.temp_roots.len();
        let r = resolve(vm, name).and_then(|v| {
            vm.temp_roots.push(v);
            to_pyval(vm, v, 0)
        });
        vm.temp_roots.truncate(mark);
        r.map_err(|e| error_from(vm, e))
    }

    /// Bind a global of `__main__`.
    pub fn set(&mut self, name: &str, value: &PyVal) -> Result<(), Error> {
        let vm = &mut self.vm;
        safe_point(vm);
        let r = vm.main_module_dict("<string>").and_then(|g| {
            let v = to_value(vm, value, 0)?;
            let q = vm.interner.intern(name);
            vm.dict_set_str(g, q, v)
        });
        r.map_err(|e| error_from(vm, e))
    }

    /// Replace the contents of `sys.path` (a device uses `&["", "/lib"]`).
    pub fn set_sys_path(&mut self, dirs: &[&str]) -> Result<(), Error> {
        let vm = &mut self.vm;
        safe_point(vm);
        let mut items = Vec::with_capacity(dirs.len());
        let mut res = Ok(());
        for d in dirs {
            match vm.new_str_from(d) {
                Ok(v) => items.push(v),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        // `sys.path` stays the same list object; `replace` charges its new size.
        let res = res.and_then(|_| match vm.sys_path.as_obj() {
            Some(r) => vm
                .heap
                .replace(r, Obj::List(items))
                .map_err(|_| vm.memory_error()),
            None => Ok(()),
        });
        res.map_err(|e| error_from(vm, e))
    }

    /// Run a start-up script (`boot.py`, `main.py`) from the port's filesystem if it
    /// exists, as a board does: an uncaught exception is printed on the console
    /// (device style, see [`print_error`](Interpreter::print_error)) and reported as
    /// `Raised`; a reset request is reported as `SoftReset`.
    pub fn run_startup_script(&mut self, path: &str) -> ScriptOutcome {
        if self.vm.port.path_kind(path) != PathKind::File {
            return ScriptOutcome::NotFound;
        }
        let Ok(src) = self.vm.port.read_file(path) else {
            return ScriptOutcome::NotFound;
        };
        safe_point(&mut self.vm);
        let r = crate::pyexec::execute(&mut self.vm, &src, Mode::Exec, path);
        if crate::pyexec::reset_requested(&mut self.vm, &r) {
            return ScriptOutcome::SoftReset;
        }
        match r {
            Ok(()) => ScriptOutcome::Finished,
            Err(e) => {
                crate::pyexec::print_exception(&mut self.vm, e);
                ScriptOutcome::Raised(error_from(&mut self.vm, e))
            }
        }
    }

    /// Serve the REPL on the port's console ([`Port::read_byte`],
    /// [`Port::write_stdout_raw`]) until a soft reset or the end of input.
    pub fn repl(&mut self, repl: &mut Repl) -> Outcome {
        safe_point(&mut self.vm);
        repl.run(&mut self.vm)
    }

    /// A board's whole session after a (soft) reset: `boot.py`, then `main.py` (only
    /// when the REPL is in its friendly mode, as MicroPython does), then the REPL.
    /// Returns `SoftReset` as soon as any of them asks for one. Set `sys.path` first.
    pub fn run_session(&mut self, repl: &mut Repl) -> Outcome {
        if self.run_startup_script("boot.py") == ScriptOutcome::SoftReset {
            return Outcome::SoftReset;
        }
        if repl.runs_main() && self.run_startup_script("main.py") == ScriptOutcome::SoftReset {
            return Outcome::SoftReset;
        }
        self.repl(repl)
    }

    /// Print an error on the console as a board reports an uncaught exception: its
    /// traceback (errno subclasses of `OSError` shown as `OSError`, as host tools
    /// expect), or `Kind: message` for an error that has none.
    pub fn print_error(&mut self, e: &Error) {
        let text = if e.traceback.is_empty() {
            alloc::format!("{e}\n")
        } else {
            crate::pyexec::device_traceback(&e.traceback)
        };
        self.vm.port.write_stdout(text.as_bytes());
    }

    /// Whether the program asked for a reset (`machine.soft_reset()`,
    /// `machine.reset()`); the request is taken. [`run_startup_script`],
    /// [`repl`] and [`run_session`] already act on these.
    ///
    /// [`run_startup_script`]: Interpreter::run_startup_script
    /// [`repl`]: Interpreter::repl
    /// [`run_session`]: Interpreter::run_session
    pub fn take_reset_request(&mut self) -> bool {
        let soft = self.vm.take_soft_reset_request();
        let hard = self.vm.take_reset_request().is_some();
        soft || hard
    }

    /// Tell the heap how to read the allocator's real figures, `(bytes in use, region
    /// size)`, when the allocator is a fixed region (a device's static heap): every
    /// charge then also needs `reserve` bytes (plus twice its own size) really free, so
    /// running out is a `MemoryError` before the allocator itself fails, and
    /// `gc.mem_alloc()`/`gc.mem_free()` report the region.
    pub fn set_memory_probe(&mut self, probe: crate::gc::MemoryProbe, reserve: usize) {
        self.vm.heap.set_memory_probe(probe, reserve);
    }

    /// Call `hook` at the end of every garbage collection (see
    /// [`crate::gc::Heap::set_collect_hook`]).
    pub fn set_collect_hook(&mut self, hook: fn()) {
        self.vm.heap.set_collect_hook(hook);
    }

    /// Size the attribute, class-lookup and global-lookup caches (see
    /// [`CacheSizes`]; the default is [`CacheSizes::HOST`] with the `std` feature and
    /// [`CacheSizes::SMALL`] without it). They are allocated when code next runs, so a
    /// port that sizes them right after [`Interpreter::new`] never pays for others.
    pub fn set_cache_sizes(&mut self, sizes: CacheSizes) {
        self.vm.set_cache_sizes(sizes);
    }

    /// Run a full garbage collection now (`gc.collect()`).
    pub fn gc_collect(&mut self) {
        self.vm.collect_garbage();
    }

    /// Heap bytes free for the program (`gc.mem_free()`).
    pub fn mem_free(&self) -> usize {
        match self.vm.heap.real_usage() {
            Some((used, size)) => size.saturating_sub(used),
            None => self.vm.heap.free_bytes(),
        }
    }

    /// Heap bytes in use, garbage not yet collected included (`gc.mem_alloc()`).
    pub fn mem_alloc(&self) -> usize {
        match self.vm.heap.real_usage() {
            Some((used, _)) => used,
            None => self.vm.heap.used(),
        }
    }

    /// Bytes held by the runtime's own objects (built-in types, `builtins`), made at
    /// start-up outside the program's budget.
    pub fn runtime_bytes(&self) -> usize {
        self.vm.heap.permanent_bytes()
    }

    /// The VM itself, for what the facade does not cover. Its API is the core's
    /// internals and may change between versions.
    pub fn vm_mut(&mut self) -> &mut Vm {
        &mut self.vm
    }
}
