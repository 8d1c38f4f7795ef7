//! Methods of `BaseException`: construction, `args`, `with_traceback`.

use alloc::boxed::Box;
use alloc::vec;

use crate::error::{ExcKind, PyResult};
use crate::object::{native_table, NativeDef};
use crate::object::{HostObj, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::Vm;

/// The data of a `traceback` object: it stands for the traceback recorded in the
/// exception it refers to (`refs[0]`).
struct TracebackData;

impl Vm {
    /// `exc.__traceback__`: `None` until the exception has been raised.
    pub fn exc_traceback_value(&mut self, exc: Value) -> PyResult<Value> {
        let has_tb = match exc {
            Value::Obj(r) => {
                matches!(self.heap.get(r), Obj::Exception(e) if !e.traceback.is_empty())
            }
            _ => false,
        };
        if !has_tb {
            return Ok(Value::None);
        }
        let class = self.types.traceback;
        let tb = self.alloc(Obj::Host(Box::new(HostObj {
            class,
            data: Box::new(TracebackData),
            refs: vec![exc],
        })))?;
        Ok(Value::Obj(tb))
    }

    /// The exception a `traceback` object belongs to.
    fn traceback_owner(&self, tb: Value) -> Option<Value> {
        match tb {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Host(h) if h.class == self.types.traceback => h.refs.first().copied(),
                _ => None,
            },
            _ => None,
        }
    }
}

pub fn register(vm: &mut Vm) {
    let base = vm.exc_class(ExcKind::BaseException);
    static EXCTYPE_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, kw| {
            let c = match a.first() {
                Some(&Value::Obj(c)) => c,
                _ => return Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
            };
            // Keywords are for a class's own `__init__`: `BaseException.__init__` (which
            // a class call skips when it is the class's) refuses them.
            if !kw.is_empty() {
                let base = vm.exc_class(ExcKind::BaseException);
                let own_init = vm.class_lookup(base, q::__init__);
                if vm
                    .class_lookup(c, q::__init__)
                    .is_some_and(|i| own_init.is_some_and(|o| o.is(i)))
                {
                    return Err(no_keywords(vm, c));
                }
            }
            // `OSError(errno, strerror)` picks the subclass for the errno, like CPython.
            let mut c = c;
            if c == vm.exc_class(ExcKind::OSError) && (3..=6).contains(&a.len()) {
                if let Value::Int(n) = a[1] {
                    c = vm.exc_class(crate::error::os_error_kind(n));
                }
            }
            let args = vm.new_tuple(a[1..].to_vec())?;
            let e = Value::Obj(vm.new_exception_with_args(c, args).0);
            os_error_filenames(vm, e, &a[1..])?;
            Ok(e)
        }),
        NativeDef::method("__init__", |vm, a, kw| {
            if !kw.is_empty() {
                let c = match a.first() {
                    Some(&v) => vm.type_of(v),
                    None => vm.exc_class(ExcKind::BaseException),
                };
                return Err(no_keywords(vm, c));
            }
            if let Some(&Value::Obj(r)) = a.first() {
                let args = vm.new_tuple(a[1..].to_vec())?;
                if let Obj::Exception(e) = vm.heap.get_mut(r) {
                    e.args = args;
                }
                os_error_filenames(vm, a[0], &a[1..])?;
            }
            Ok(Value::None)
        }),
        NativeDef::method("with_traceback", |vm, a, _| {
            if a.len() != 2 {
                return Err(vm.type_error("with_traceback() takes exactly one argument"));
            }
            let entries = match vm.traceback_owner(a[1]) {
                Some(Value::Obj(o)) => match vm.heap.get(o) {
                    Obj::Exception(e) => e.traceback.clone(),
                    _ => crate::object::Traceback::new(),
                },
                _ if a[1].is_none() => crate::object::Traceback::new(),
                _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
            };
            if let Value::Obj(r) = a[0] {
                if let Obj::Exception(e) = vm.heap.get_mut(r) {
                    e.traceback = entries;
                }
            }
            Ok(a[0])
        }),
        NativeDef::method("__str__", |vm, a, _| {
            let r = a[0].as_obj().unwrap_or(vm.builtins);
            let s = vm.exception_str(r)?;
            vm.new_str(s)
        }),
    ]);
    vm.add_native_table(base, EXCTYPE_NATIVES_1);
}

/// CPython's `TypeError` for keywords given to `BaseException.__init__` of class `c`.
fn no_keywords(vm: &mut Vm, c: crate::value::ObjRef) -> crate::error::PyErr {
    let name = alloc::string::String::from(vm.class_name(c));
    vm.type_error(alloc::format!("{name}() takes no keyword arguments"))
}

/// `OSError(errno, strerror, filename[, winerror[, filename2]])`: like CPython, `args`
/// keeps only `(errno, strerror)` and the file names become attributes (`str()` shows
/// them).
fn os_error_filenames(vm: &mut Vm, e: Value, a: &[Value]) -> crate::error::PyResult<()> {
    let Value::Obj(r) = e else {
        return Ok(());
    };
    if !(3..=5).contains(&a.len())
        || a[2].is_none()
        || !vm.err_matches(crate::error::PyErr(r), ExcKind::OSError)
    {
        return Ok(());
    }
    let args = vm.new_tuple(a[..2].to_vec())?;
    if let Obj::Exception(x) = vm.heap.get_mut(r) {
        x.args = args;
    }
    vm.store_instance_attr(r, crate::qstr::q::filename, a[2])?;
    if a.len() == 5 {
        let f2 = vm.interner.intern_static("filename2");
        vm.store_instance_attr(r, f2, a[4])?;
    }
    Ok(())
}
