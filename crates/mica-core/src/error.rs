//! Exceptions as the runtime raises them: the built-in exception hierarchy, the
//! [`PyErr`] carried by every fallible operation, and constructors such as
//! [`Vm::type_error`].

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::object::{ExcObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A raised exception: the exception instance (an `Obj::Exception`).
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T = Value> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($($kind:ident : $parent:ident,)*) => {
        /// The built-in exception classes, in definition order (parents first).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum ExcKind { $($kind,)* }

        impl ExcKind {
            pub const ALL: &'static [(ExcKind, &'static str, Option<ExcKind>)] = &[
                $((ExcKind::$kind, stringify!($kind), exc_parent!($parent)),)*
            ];
        }
    };
}

macro_rules! exc_parent {
    (None) => {
        None
    };
    ($p:ident) => {
        Some(ExcKind::$p)
    };
}

exc_kinds! {
    BaseException: None,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
}

impl Vm {
    /// Make an exception instance of `class` with the given args (no `__init__` call).
    pub fn new_exception(&mut self, class: ObjRef, args: Vec<Value>) -> PyErr {
        let args = match self.new_tuple(args) {
            Ok(t) => t,
            Err(e) => return e,
        };
        self.new_exception_with_args(class, args)
    }

    pub fn new_exception_with_args(&mut self, class: ObjRef, args: Value) -> PyErr {
        let obj = Obj::Exception(alloc::boxed::Box::new(ExcObj {
            class,
            args,
            dict: None,
            traceback: crate::object::Traceback::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }));
        match self.heap.alloc(obj) {
            Ok(r) => PyErr(r),
            Err(_) => self.memory_error(),
        }
    }

    /// An exception of `kind` with a single message argument.
    pub fn error(&mut self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let class = self.exc_class(kind);
        let msg: String = msg.into();
        match self.new_str(msg) {
            Ok(s) => self.new_exception(class, alloc::vec![s]),
            Err(e) => e,
        }
    }

    /// An exception of `kind` with no arguments.
    pub fn error_noargs(&mut self, kind: ExcKind) -> PyErr {
        let class = self.exc_class(kind);
        self.new_exception(class, Vec::new())
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::TypeError, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::ValueError, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::IndexError, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::OverflowError, msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::ZeroDivisionError, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::RuntimeError, msg)
    }

    pub fn not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::NotImplementedError, msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::AttributeError, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.exc_class(ExcKind::KeyError);
        self.new_exception(class, alloc::vec![key])
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.exc_class(ExcKind::StopIteration);
        if value.is_none() {
            self.new_exception(class, Vec::new())
        } else {
            self.new_exception(class, alloc::vec![value])
        }
    }

    /// `OSError(errno, strerror)` with the `errno` attribute set, as MicroPython raises it.
    pub fn os_error(&mut self, errno: i64, strerror: &str) -> PyErr {
        let kind = os_error_kind(errno);
        let class = self.exc_class(kind);
        let msg = match self.new_str(String::from(strerror)) {
            Ok(s) => s,
            Err(e) => return e,
        };
        self.new_exception(class, alloc::vec![Value::Int(errno), msg])
    }

    /// The preallocated `MemoryError` used when even the exception cannot be allocated.
    pub fn memory_error(&mut self) -> PyErr {
        let r = self.emergency_memory_error;
        if let Obj::Exception(e) = self.heap.get_mut(r) {
            e.traceback.clear();
            e.context = Value::None;
            e.cause = Value::None;
        }
        PyErr(r)
    }

    /// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
    pub fn binop_type_error(&mut self, op: &str, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let is_seq = |vm: &Vm, v: Value| {
            vm.is_str(v)
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r),
                    crate::object::Obj::List(_) | crate::object::Obj::Tuple(_)
                    | crate::object::Obj::Bytes(_) | crate::object::Obj::ByteArray(_)))
        };
        if (op == "+" || op == "+=") && self.is_str(a) {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if (op == "*" || op == "*=") && (is_seq(self, a) || is_seq(self, b)) {
            let other = if is_seq(self, a) { tb } else { ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {op}: '{ta}' and '{tb}'"
        ))
    }

    /// Is `err` an instance of the built-in exception `kind` (or a subclass)?
    pub fn err_matches(&self, err: PyErr, kind: ExcKind) -> bool {
        let c = self.exception_class_of(err.0);
        self.is_exc_subclass(c, kind)
    }

    pub fn exception_class_of(&self, exc: ObjRef) -> ObjRef {
        match self.heap.get(exc) {
            Obj::Exception(e) => e.class,
            // Made at start-up.
            _ => self.types.exceptions[ExcKind::BaseException as usize],
        }
    }

    /// The `args` of an exception as a vector.
    pub fn exception_args(&self, exc: ObjRef) -> Vec<Value> {
        match self.heap.get(exc) {
            Obj::Exception(e) => match e.args {
                Value::Obj(t) => match self.heap.get(t) {
                    Obj::Tuple(items) => items.to_vec(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
}

/// The `OSError` subclass CPython picks for an errno value.
pub fn os_error_kind(errno: i64) -> ExcKind {
    match errno {
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        13 | 1 => ExcKind::PermissionError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}
