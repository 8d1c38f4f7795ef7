//! Attribute access: `getattr`/`setattr`/`delattr` with the descriptor protocol
//! (data descriptors, the instance dict, non-data descriptors), `__getattribute__`,
//! `__getattr__`, `__setattr__`, `__delattr__`, `super()` lookups, and the attributes
//! built-in objects expose without a dict (`__name__`, `args`, `real`...).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::objdict::{Dict, Find};
use crate::object::{BoundMethod, Obj};
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    // ------------------------------------------------------------ attributes

    /// Look a special method up on the type of `v` (not the instance), unbound.
    pub fn lookup_special(&mut self, v: Value, name: QStr) -> Option<Value> {
        let class = self.type_of(v);
        self.class_lookup(class, name)
    }

    /// The attribute dict object of an instance, if it has one.
    pub fn instance_dict_ref(&self, r: ObjRef) -> Option<ObjRef> {
        match self.heap.get(r) {
            Obj::Instance(i) => Some(i.dict),
            _ => None,
        }
    }

    /// The namespace dict of an instance-like object, if it has one.
    fn instance_dict(&self, r: ObjRef) -> Option<&Dict> {
        match self.heap.get(self.instance_dict_ref(r)?) {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: Value, name: QStr) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn no_attribute(&mut self, obj: Value, name: QStr) -> PyErr {
        let n = String::from(self.interner.get(name));
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Class(c) => {
                    let cn = String::from(self.interner.get(c.name));
                    return self.attribute_error(alloc::format!(
                        "type object '{cn}' has no attribute '{n}'"
                    ));
                }
                Obj::Module(m) => {
                    let mn = String::from(self.interner.get(m.name));
                    if m.initializing {
                        return self.attribute_error(alloc::format!(
                            "partially initialized module '{mn}' has no attribute '{n}' \
                             (most likely due to a circular import)"
                        ));
                    }
                    return self
                        .attribute_error(alloc::format!("module '{mn}' has no attribute '{n}'"));
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        self.attribute_error(alloc::format!("'{tn}' object has no attribute '{n}'"))
    }

    /// Is `v` a native (Rust) function, i.e. an inherited built-in slot?
    pub fn is_native_fn(&self, v: Value) -> bool {
        matches!(v, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)))
    }

    /// A Python-level override of `name` (`__getattribute__`, `__setattr__`...) on
    /// `class`, ignoring `object`'s native implementation.
    fn user_slot(&mut self, class: ObjRef, name: QStr) -> Option<Value> {
        let f = self.class_lookup(class, name)?;
        if self.is_native_fn(f) {
            None
        } else {
            Some(f)
        }
    }

    /// Is `attr` a data descriptor (defines `__set__` or `__delete__`)?
    pub fn is_data_descriptor(&mut self, attr: Value) -> bool {
        match attr {
            Value::Obj(a) => match self.heap.get(a) {
                Obj::Property(_) => true,
                Obj::Instance(_) => {
                    self.lookup_special(attr, q::__set__).is_some()
                        || self.lookup_special(attr, q::__delete__).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A descriptor with a getter (a property, or an object whose class has `__get__`).
    fn has_descr_getter(&mut self, attr: Value) -> bool {
        match attr {
            Value::Obj(a) if matches!(self.heap.get(a), Obj::Instance(_)) => {
                self.lookup_special(attr, q::__get__).is_some()
            }
            _ => true,
        }
    }

    /// Attribute lookup; `None` when absent (no AttributeError allocated).
    pub fn get_attr_opt(&mut self, obj: Value, name: QStr) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let (has_getattr, has_getattribute) = match self.heap.get(class) {
            Obj::Class(c) => (c.has_getattr, c.has_getattribute),
            _ => (false, false),
        };
        if has_getattribute {
            if let Some(ga) = self.user_slot(class, q::__getattribute__) {
                match self.call(ga, &[obj, Value::Str(name)]) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if has_getattr && self.err_matches(e, ExcKind::AttributeError) => {
                        return self.call_getattr(obj, class, name).map(Some);
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        match self.generic_get_attr(obj, name) {
            Ok(Some(v)) => return Ok(Some(v)),
            // A descriptor (property) raising AttributeError also falls back.
            Err(e) if has_getattr && self.err_matches(e, ExcKind::AttributeError) => {
                return self.call_getattr(obj, class, name).map(Some);
            }
            Err(e) => return Err(e),
            Ok(None) => {}
        }
        if has_getattr {
            return self.call_getattr(obj, class, name).map(Some);
        }
        Ok(None)
    }

    /// The `__getattr__` fallback.
    fn call_getattr(&mut self, obj: Value, class: ObjRef, name: QStr) -> PyResult<Value> {
        match self.class_lookup(class, q::__getattr__) {
            Some(ga) => self.call(ga, &[obj, Value::Str(name)]),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `object.__getattribute__`: data descriptors on the type, then the instance dict,
    /// then other class attributes (binding methods).
    pub fn generic_get_attr(&mut self, obj: Value, name: QStr) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Class(_) => return self.class_get_attr(r, name),
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.dict_get_str(d, name) {
                        return Ok(Some(v));
                    }
                    if d == self.builtins {
                        // The static table under the overlay.
                        if let Some(v) = self.builtin_from_table(name)? {
                            return Ok(Some(v));
                        }
                        if name == q::__dict__ {
                            return Ok(Some(Value::Obj(self.builtins_dict()?)));
                        }
                    }
                    if name == q::__dict__ {
                        return Ok(Some(Value::Obj(d)));
                    }
                    if name == q::__class__ {
                        return Ok(Some(Value::Obj(self.types.module)));
                    }
                    // Module-level __getattr__.
                    if let Some(ga) = self.dict_get_str(d, q::__getattr__) {
                        let n = Value::Str(name);
                        return match self.call(ga, &[n]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.err_matches(e, ExcKind::AttributeError) => Ok(None),
                            Err(e) => Err(e),
                        };
                    }
                    return Ok(None);
                }
                Obj::Super(s) => {
                    let (class, sobj) = (s.class, s.obj);
                    return self.super_get_attr(class, sobj, name);
                }
                _ => {}
            }
        }
        let class = self.type_of(obj);
        let class_attr = self.class_lookup(class, name);
        // Data descriptors on the class win over the instance dict (one without
        // `__get__` does not: the instance dict, then the descriptor itself).
        if let Some(attr) = class_attr {
            if self.is_data_descriptor(attr) && self.has_descr_getter(attr) {
                return self.descr_get(attr, obj, class, name).map(Some);
            }
        }
        if let Value::Obj(r) = obj {
            if let Some(d) = self.instance_dict(r) {
                if let Some(v) = self.dict_get_qstr_raw(d, name) {
                    return Ok(Some(v));
                }
            }
            if let Some(v) = self.special_attr(r, name)? {
                return Ok(Some(v));
            }
        } else if let Some(v) = self.immediate_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(attr) = class_attr {
            return self.bind_class_attr(attr, obj, class).map(Some);
        }
        if name == q::__class__ {
            return Ok(Some(Value::Obj(class)));
        }
        Ok(None)
    }

    /// Call a data descriptor's getter.
    fn descr_get(&mut self, attr: Value, obj: Value, class: ObjRef, name: QStr) -> PyResult<Value> {
        if let Value::Obj(d) = attr {
            if let Obj::Property(p) = self.heap.get(d) {
                let fget = p[0];
                if fget.is_none() {
                    let n = String::from(self.interner.get(name));
                    let tn = self.type_name(obj);
                    return Err(self.attribute_error(alloc::format!(
                        "property '{n}' of '{tn}' object has no getter"
                    )));
                }
                return self.call(fget, &[obj]);
            }
        }
        match self.lookup_special(attr, q::__get__) {
            Some(get) => self.call(get, &[attr, obj, Value::Obj(class)]),
            None => Ok(attr),
        }
    }

    /// Apply the descriptor protocol to an attribute found on a class.
    pub fn bind_class_attr(&mut self, attr: Value, obj: Value, class: ObjRef) -> PyResult<Value> {
        if let Value::Obj(a) = attr {
            match self.heap.get(a) {
                Obj::Function(_) => {
                    let m = self.alloc(Obj::BoundMethod(Box::new(BoundMethod {
                        func: attr,
                        self_: obj,
                    })))?;
                    return Ok(Value::Obj(m));
                }
                Obj::Native(n) => {
                    if n.self_.is_null() && n.min_args() > 0 {
                        let mut bound = *n;
                        bound.self_ = obj;
                        let m = self.alloc(Obj::Native(bound))?;
                        return Ok(Value::Obj(m));
                    }
                    return Ok(attr);
                }
                Obj::StaticMethod(f) => return Ok(*f),
                Obj::ClassMethod(f) => {
                    let f = *f;
                    let m = self.alloc(Obj::BoundMethod(Box::new(BoundMethod {
                        func: f,
                        self_: Value::Obj(class),
                    })))?;
                    return Ok(Value::Obj(m));
                }
                Obj::Property(p) => {
                    let fget = p[0];
                    return self.call(fget, &[obj]);
                }
                Obj::Instance(_) => {
                    if let Some(get) = self.lookup_special(attr, q::__get__) {
                        return self.call(get, &[attr, obj, Value::Obj(class)]);
                    }
                }
                _ => {}
            }
        }
        Ok(attr)
    }

    /// Attribute lookup on a class object (`C.x`): the type's own attributes
    /// (`__name__`, `__dict__`...), then along the MRO (binding classmethods to the class
    /// and returning plain functions unbound), then the metaclass.
    fn class_get_attr(&mut self, class: ObjRef, name: QStr) -> PyResult<Option<Value>> {
        if let Some(v) = self.class_special_attr(class, name)? {
            return Ok(Some(v));
        }
        let meta = self.type_of(Value::Obj(class));
        let meta_attr = if meta == self.types.type_ {
            None
        } else {
            self.class_lookup(meta, name)
        };
        if let Some(attr) = meta_attr {
            if self.is_data_descriptor(attr) && self.has_descr_getter(attr) {
                return self
                    .descr_get(attr, Value::Obj(class), meta, name)
                    .map(Some);
            }
        }
        match self.class_lookup(class, name) {
            Some(attr) => {
                if let Value::Obj(a) = attr {
                    match self.heap.get(a) {
                        Obj::StaticMethod(f) => return Ok(Some(*f)),
                        Obj::ClassMethod(f) => {
                            let f = *f;
                            let m = self.alloc(Obj::BoundMethod(Box::new(BoundMethod {
                                func: f,
                                self_: Value::Obj(class),
                            })))?;
                            return Ok(Some(Value::Obj(m)));
                        }
                        Obj::Instance(_) => {
                            if let Some(get) = self.lookup_special(attr, q::__get__) {
                                return self
                                    .call(get, &[attr, Value::None, Value::Obj(class)])
                                    .map(Some);
                            }
                        }
                        _ => {}
                    }
                }
                Ok(Some(attr))
            }
            None => {
                if name == q::__doc__ || name == q::__module__ {
                    return Ok(Some(if name == q::__doc__ {
                        Value::None
                    } else {
                        Value::Str(q::builtins)
                    }));
                }
                // Metaclass attributes (methods defined on `type` or a custom metaclass).
                let attr = match meta_attr {
                    Some(a) => Some(a),
                    None => self.class_lookup(meta, name),
                };
                if let Some(attr) = attr {
                    return self
                        .bind_class_attr(attr, Value::Obj(class), meta)
                        .map(Some);
                }
                Ok(None)
            }
        }
    }

    /// The attributes every class has regardless of its dict (`__name__`, `__mro__`...);
    /// `__doc__` is the class's own, never inherited.
    fn class_special_attr(&mut self, class: ObjRef, name: QStr) -> PyResult<Option<Value>> {
        let is_special = name == q::__name__
            || name == q::__qualname__
            || name == q::__bases__
            || name == q::__base__
            || name == q::__mro__
            || name == q::__dict__
            || name == q::__class__
            || name == q::__doc__;
        if !is_special {
            return Ok(None);
        }
        let (cname, qual, bases, mro, doc) = match self.heap.get(class) {
            Obj::Class(c) => (
                c.name,
                c.qualname,
                c.bases.clone(),
                c.mro.clone(),
                self.dict_get_qstr_raw(&c.dict, q::__doc__),
            ),
            _ => return Ok(None),
        };
        Ok(Some(match name {
            n if n == q::__name__ => Value::Str(cname),
            n if n == q::__qualname__ => qual,
            n if n == q::__bases__ => {
                let items = bases.into_iter().map(Value::Obj).collect();
                self.new_tuple(items)?
            }
            n if n == q::__base__ => bases.first().map(|&b| Value::Obj(b)).unwrap_or(Value::None),
            n if n == q::__mro__ => {
                let items = mro.into_iter().map(Value::Obj).collect();
                self.new_tuple(items)?
            }
            n if n == q::__dict__ => {
                self.make_natives(class);
                let d = match self.heap.get(class) {
                    Obj::Class(c) => {
                        let mut d = c.dict.clone_shallow();
                        for e in &c.natives {
                            if let Some(f) = e.made() {
                                let h = self.interner.hash(e.name());
                                d.insert_new(h, Value::Str(e.name()), Value::Obj(f));
                            }
                        }
                        d
                    }
                    _ => Dict::new(),
                };
                Value::Obj(self.alloc(Obj::Dict(Box::new(d)))?)
            }
            n if n == q::__class__ => Value::Obj(self.type_of(Value::Obj(class))),
            _ => doc.unwrap_or(Value::None),
        }))
    }

    /// Attributes of built-in objects that are not methods (`__name__`, `args`...).
    fn special_attr(&mut self, r: ObjRef, name: QStr) -> PyResult<Option<Value>> {
        let v = Value::Obj(r);
        match self.heap.get(r) {
            Obj::Instance(_) => {
                if name == q::__dict__ {
                    return Ok(self.instance_dict_ref(r).map(Value::Obj));
                }
                Ok(None)
            }
            Obj::Exception(_) => self.exception_attr(r, name),
            Obj::Function(f) => {
                let (fname, dict, defaults) = (f.name, f.dict, f.defaults);
                // Read from the code object or globals only when asked for.
                let derived = match name {
                    n if n == q::__qualname__ => Some(self.function_qualname(f)),
                    n if n == q::__module__ => Some(self.function_module(f)),
                    n if n == q::__doc__ => Some(self.function_doc(f)),
                    _ => None,
                };
                let (kwdefaults, code, globals) = (f.kwdefaults, f.code, f.globals);
                if let Some(d) = dict {
                    if let Some(v) = self.dict_get_str(d, name) {
                        return Ok(Some(v));
                    }
                }
                Ok(match name {
                    n if n == q::__name__ => Some(Value::Str(fname)),
                    _ if derived.is_some() => derived,
                    n if n == q::__defaults__ => {
                        Some(defaults.map(Value::Obj).unwrap_or(Value::None))
                    }
                    n if n == q::__kwdefaults__ => {
                        Some(kwdefaults.map(Value::Obj).unwrap_or(Value::None))
                    }
                    n if n == q::__code__ => Some(Value::Obj(code)),
                    n if n == q::__globals__ => Some(Value::Obj(globals)),
                    n if n == q::__closure__ => {
                        let cells: Vec<Value> = match self.heap.get(r) {
                            Obj::Function(f) => f.closure.iter().map(|&c| Value::Obj(c)).collect(),
                            _ => Vec::new(),
                        };
                        Some(if cells.is_empty() {
                            Value::None
                        } else {
                            self.new_tuple(cells)?
                        })
                    }
                    n if n == q::__dict__ => {
                        let d = match dict {
                            Some(d) => d,
                            None => {
                                let d = self.new_dict()?;
                                if let (Value::Obj(dr), Obj::Function(f)) =
                                    (d, self.heap.get_mut(r))
                                {
                                    f.dict = Some(dr);
                                }
                                d.as_obj().unwrap_or(r)
                            }
                        };
                        Some(Value::Obj(d))
                    }
                    _ => None,
                })
            }
            Obj::Native(n) => Ok(match name {
                nm if nm == q::__name__ => Some(Value::Str(n.name())),
                nm if nm == q::__qualname__ => Some(Value::Str(n.name())),
                nm if nm == q::__self__ && !n.self_.is_null() => Some(n.self_),
                _ => None,
            }),
            Obj::BoundMethod(m) => {
                let (func, self_) = (m.func, m.self_);
                match name {
                    n if n == q::__self__ => Ok(Some(self_)),
                    n if n == q::__func__ => Ok(Some(func)),
                    _ => self.get_attr_opt(func, name),
                }
            }
            Obj::Generator(g) => Ok(match name {
                n if n == q::__name__ => Some(Value::Str(g.name)),
                n if n == q::__qualname__ => Some(g.qualname),
                _ => None,
            }),
            Obj::Complex(re, im) => Ok(match name {
                n if n == q::real => Some(Value::Float(*re)),
                n if n == q::imag => Some(Value::Float(*im)),
                _ => None,
            }),
            Obj::BigInt(_) => Ok(match name {
                n if n == q::real || n == q::numerator => Some(v),
                n if n == q::denominator => Some(Value::Int(1)),
                n if n == q::imag => Some(Value::Int(0)),
                _ => None,
            }),
            Obj::Slice(s) => Ok(match name {
                n if n == q::start => Some(s[0]),
                n if n == q::stop => Some(s[1]),
                n if n == q::step => Some(s[2]),
                _ => None,
            }),
            Obj::MemoryView(_) => crate::memoryview::attr(self, r, name),
            Obj::Range(_) => Ok(match name {
                n if n == q::start => Some(crate::objrange::attr(self, r, 0)?),
                n if n == q::stop => Some(crate::objrange::attr(self, r, 1)?),
                n if n == q::step => Some(crate::objrange::attr(self, r, 2)?),
                _ => None,
            }),
            Obj::Property(p) => Ok(match name {
                n if n == q::fget => Some(p[0]),
                n if n == q::fset => Some(p[1]),
                n if n == q::fdel => Some(p[2]),
                n if n == q::__doc__ => Some(p[3]),
                _ => None,
            }),
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => Ok(match name {
                n if n == q::__func__ => Some(*f),
                _ => None,
            }),
            _ => Ok(None),
        }
    }

    /// Attributes of immediate values (`(1).real`, `True.imag`...).
    fn immediate_attr(&mut self, v: Value, name: QStr) -> PyResult<Option<Value>> {
        Ok(match v {
            Value::Int(_) | Value::Bool(_) => match name {
                n if n == q::real || n == q::numerator => {
                    Some(Value::Int(self.to_index(v).unwrap_or(0)))
                }
                n if n == q::denominator => Some(Value::Int(1)),
                n if n == q::imag => Some(Value::Int(0)),
                _ => None,
            },
            Value::Float(f) => match name {
                n if n == q::real => Some(Value::Float(f)),
                n if n == q::imag => Some(Value::Float(0.0)),
                _ => None,
            },
            _ => None,
        })
    }

    fn exception_attr(&mut self, r: ObjRef, name: QStr) -> PyResult<Option<Value>> {
        let (args, dict, cause, context, suppress) = match self.heap.get(r) {
            Obj::Exception(e) => (e.args, e.dict, e.cause, e.context, e.suppress_context),
            _ => return Ok(None),
        };
        if let Some(d) = dict {
            if let Some(v) = self.dict_get_str(d, name) {
                return Ok(Some(v));
            }
        }
        if name == q::args {
            return Ok(Some(args));
        }
        let args_vec = self.exception_args(r);
        Ok(match name {
            n if n == q::__cause__ => Some(cause),
            n if n == q::__context__ => Some(context),
            n if n == q::__suppress_context__ => Some(Value::Bool(suppress)),
            n if n == q::__traceback__ => Some(self.exc_traceback_value(Value::Obj(r))?),
            // Every exception's `value` is its first argument, as in MicroPython (CPython
            // has it only on `StopIteration`).
            // A subclass's own `value` (class attribute, method, property) wins.
            n if n == q::value => {
                let class = self.exception_class_of(r);
                if self.class_lookup(class, q::value).is_some() {
                    None
                } else {
                    Some(args_vec.first().copied().unwrap_or(Value::None))
                }
            }
            n if n == q::code => {
                if self.err_matches(PyErr(r), ExcKind::SystemExit) {
                    Some(match args_vec.len() {
                        0 => Value::None,
                        1 => args_vec[0],
                        _ => args,
                    })
                } else {
                    None
                }
            }
            n if n == q::errno || n == q::strerror => {
                if self.err_matches(PyErr(r), ExcKind::OSError) {
                    if (2..=5).contains(&args_vec.len()) {
                        Some(if n == q::errno {
                            args_vec[0]
                        } else {
                            args_vec[1]
                        })
                    } else if n == q::errno && os_error_single_errno(&args_vec).is_some() {
                        // MicroPython's idiom `OSError(errno.ENOENT)` sets `errno`.
                        Some(args_vec[0])
                    } else {
                        Some(Value::None)
                    }
                } else {
                    None
                }
            }
            n if n == q::filename => {
                if self.err_matches(PyErr(r), ExcKind::OSError) {
                    Some(Value::None)
                } else {
                    None
                }
            }
            n if n == q::msg || n == q::lineno || n == q::offset || n == q::text => {
                if self.err_matches(PyErr(r), ExcKind::SyntaxError) {
                    Some(if n == q::msg {
                        args_vec.first().copied().unwrap_or(Value::None)
                    } else {
                        Value::None
                    })
                } else {
                    None
                }
            }
            n if n == q::name => {
                if self.err_matches(PyErr(r), ExcKind::ImportError) {
                    Some(Value::None)
                } else {
                    None
                }
            }
            _ => None,
        })
    }

    fn super_get_attr(&mut self, class: ObjRef, obj: Value, name: QStr) -> PyResult<Option<Value>> {
        // Search the MRO of type(obj) (or obj itself when it is a class) after `class`.
        // super(C, cls) with `cls` a subclass of C searches cls's MRO; otherwise (an
        // instance, including a class that is an instance of metaclass C) type(obj)'s.
        let start_class = match obj {
            Value::Obj(r)
                if matches!(self.heap.get(r), Obj::Class(_)) && self.is_subclass(r, class) =>
            {
                r
            }
            _ => self.type_of(obj),
        };
        let own_mro = obj.as_obj() == Some(start_class);
        let mro = self.mro(start_class).to_vec();
        let pos = mro
            .iter()
            .position(|&c| c == class)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &c in &mro[pos..] {
            let attr = match self.heap.get(c) {
                Obj::Class(cls) => self.dict_get_qstr_raw(&cls.dict, name),
                _ => None,
            };
            let attr = attr.or_else(|| self.class_native(c, name));
            if let Some(attr) = attr {
                if own_mro {
                    // super() in a classmethod / __new__.
                    if let Value::Obj(a) = attr {
                        match self.heap.get(a) {
                            Obj::ClassMethod(f) => {
                                let f = *f;
                                let m = self.alloc(Obj::BoundMethod(Box::new(BoundMethod {
                                    func: f,
                                    self_: obj,
                                })))?;
                                return Ok(Some(Value::Obj(m)));
                            }
                            Obj::StaticMethod(f) => return Ok(Some(*f)),
                            _ => return Ok(Some(attr)),
                        }
                    }
                    return Ok(Some(attr));
                }
                return self.bind_class_attr(attr, obj, start_class).map(Some);
            }
        }
        if name == q::__class__ {
            return Ok(Some(Value::Obj(self.types.super_)));
        }
        Ok(None)
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: QStr, value: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Class(_)) {
                let meta = class;
                if meta != self.types.type_ {
                    if let Some(sa) = self.user_slot(meta, q::__setattr__) {
                        self.call(sa, &[obj, Value::Str(name), value])?;
                        return Ok(());
                    }
                }
                return self.class_store_attr(r, name, value);
            }
            let has_slots = match self.heap.get(class) {
                Obj::Class(c) => c.has_setattr,
                _ => false,
            };
            if has_slots {
                if let Some(sa) = self.user_slot(class, q::__setattr__) {
                    self.call(sa, &[obj, Value::Str(name), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// `type.__setattr__`: store in the class dict, refusing built-in types.
    fn class_store_attr(&mut self, r: ObjRef, name: QStr, value: Value) -> PyResult<()> {
        let native =
            matches!(self.heap.get(r), Obj::Class(c) if c.kind == crate::object::BaseKind::Native);
        if native {
            let cn = String::from(self.class_name(r));
            let n = String::from(self.interner.get(name));
            return Err(self.type_error(alloc::format!(
                "cannot set '{n}' attribute of immutable type '{cn}'"
            )));
        }
        if name == q::__name__ {
            if let Some(qn) = self.intern_str_value(value) {
                if let Obj::Class(c) = self.heap.get_mut(r) {
                    c.name = qn;
                }
                return Ok(());
            }
        }
        if name == q::__qualname__ {
            if !self.is_str(value) {
                let cn = String::from(self.class_name(r));
                let tn = self.type_name(value);
                return Err(self.type_error(alloc::format!(
                    "can only assign string to {cn}.__qualname__, not '{tn}'"
                )));
            }
            if let Obj::Class(c) = self.heap.get_mut(r) {
                c.qualname = value;
            }
            return Ok(());
        }
        self.class_set_attr(r, name, value);
        Ok(())
    }

    /// `object.__setattr__`: data descriptors, else the instance's dict.
    pub fn generic_set_attr(&mut self, obj: Value, name: QStr, value: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Class(_)) {
                return self.class_store_attr(r, name, value);
            }
        }
        if let Some(Value::Obj(d)) = self.class_lookup(class, name) {
            match self.heap.get(d) {
                Obj::Property(p) => {
                    let fset = p[1];
                    if fset.is_none() {
                        let n = String::from(self.interner.get(name));
                        let tn = self.type_name(obj);
                        return Err(self.attribute_error(alloc::format!(
                            "property '{n}' of '{tn}' object has no setter"
                        )));
                    }
                    self.call(fset, &[obj, value])?;
                    return Ok(());
                }
                Obj::Instance(_) => {
                    if let Some(set) = self.lookup_special(Value::Obj(d), q::__set__) {
                        self.call(set, &[Value::Obj(d), obj, value])?;
                        return Ok(());
                    }
                    if self.lookup_special(Value::Obj(d), q::__delete__).is_some() {
                        return Err(self.attribute_error("__set__"));
                    }
                }
                _ => {}
            }
        }
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(_) | Obj::Exception(_) => {
                    return self.store_instance_attr(r, name, value)
                }
                Obj::Module(m) => {
                    let d = m.dict;
                    return self.dict_set_str(d, name, value);
                }
                Obj::Function(f) => {
                    let d = match f.dict {
                        Some(d) => d,
                        None => {
                            let d = self.new_dict()?.as_obj().unwrap_or(r);
                            if let Obj::Function(f) = self.heap.get_mut(r) {
                                f.dict = Some(d);
                            }
                            d
                        }
                    };
                    if name == q::__dict__ {
                        if let Value::Obj(nd) = value {
                            if matches!(self.heap.get(nd), Obj::Dict(_)) {
                                if let Obj::Function(f) = self.heap.get_mut(r) {
                                    f.dict = Some(nd);
                                }
                                return Ok(());
                            }
                        }
                        return Err(self.type_error("__dict__ must be set to a dictionary"));
                    }
                    if let Some(done) = self.set_function_special(r, name, value)? {
                        return done;
                    }
                    return self.dict_set_str(d, name, value);
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        let n = String::from(self.interner.get(name));
        Err(self.attribute_error(alloc::format!("'{tn}' object has no attribute '{n}'")))
    }

    /// Assignments to a function's own slots (`__name__`, `__defaults__`...).
    fn set_function_special(
        &mut self,
        r: ObjRef,
        name: QStr,
        value: Value,
    ) -> PyResult<Option<PyResult<()>>> {
        let as_tuple = |vm: &Vm, v: Value| -> Option<Option<ObjRef>> {
            match v {
                Value::None => Some(None),
                Value::Obj(t) if matches!(vm.heap.get(t), Obj::Tuple(_)) => Some(Some(t)),
                _ => None,
            }
        };
        let as_dict = |vm: &Vm, v: Value| -> Option<Option<ObjRef>> {
            match v {
                Value::None => Some(None),
                Value::Obj(t) if matches!(vm.heap.get(t), Obj::Dict(_)) => Some(Some(t)),
                _ => None,
            }
        };
        if name == q::__defaults__ {
            let Some(t) = as_tuple(self, value) else {
                return Ok(Some(Err(
                    self.type_error("__defaults__ must be set to a tuple object")
                )));
            };
            if let Obj::Function(f) = self.heap.get_mut(r) {
                f.defaults = t;
            }
            return Ok(Some(Ok(())));
        }
        if name == q::__kwdefaults__ {
            let Some(t) = as_dict(self, value) else {
                return Ok(Some(Err(
                    self.type_error("__kwdefaults__ must be set to a dict object")
                )));
            };
            if let Obj::Function(f) = self.heap.get_mut(r) {
                f.kwdefaults = t;
            }
            return Ok(Some(Ok(())));
        }
        if name == q::__name__ || name == q::__qualname__ {
            if !self.is_str(value) {
                let n = String::from(self.interner.get(name));
                return Ok(Some(Err(self.type_error(alloc::format!(
                    "{n} must be set to a string object"
                )))));
            }
            let qn = self.intern_str_value(value).unwrap_or(q::EMPTY);
            if let Obj::Function(f) = self.heap.get_mut(r) {
                if name == q::__name__ {
                    f.name = qn;
                } else {
                    f.assigned.get_or_insert_with(Default::default).qualname = Some(value);
                }
            }
            return Ok(Some(Ok(())));
        }
        if name == q::__doc__ || name == q::__module__ {
            if let Obj::Function(f) = self.heap.get_mut(r) {
                let assigned = f.assigned.get_or_insert_with(Default::default);
                if name == q::__doc__ {
                    assigned.doc = Some(value);
                } else {
                    assigned.module = Some(value);
                }
            }
            return Ok(Some(Ok(())));
        }
        Ok(None)
    }

    /// Store straight into an instance's (or exception's) attribute dict.
    pub fn store_instance_attr(&mut self, r: ObjRef, name: QStr, value: Value) -> PyResult<()> {
        match self.heap.get(r) {
            Obj::Instance(i) => {
                let d = i.dict;
                let class = i.class;
                if matches!(self.heap.get(class), Obj::Class(c) if c.kind == crate::object::BaseKind::Native)
                {
                    return Err(self.no_attribute(Value::Obj(r), name));
                }
                if name == q::__dict__ {
                    if let Value::Obj(nd) = value {
                        if matches!(self.heap.get(nd), Obj::Dict(_)) {
                            if let Obj::Instance(i) = self.heap.get_mut(r) {
                                i.dict = nd;
                            }
                            return Ok(());
                        }
                    }
                    let tn = self.type_name(value);
                    return Err(self.type_error(alloc::format!(
                        "__dict__ must be set to a dictionary, not a '{tn}'"
                    )));
                }
                if name == q::__class__ {
                    if let Value::Obj(c) = value {
                        if matches!(self.heap.get(c), Obj::Class(cl) if cl.kind == crate::object::BaseKind::Object)
                        {
                            if let Obj::Instance(i) = self.heap.get_mut(r) {
                                i.class = c;
                            }
                            // Cached lookups may depend on what this object is an instance
                            // of (it may be a descriptor stored on some class).
                            self.attr_cache.bump_epoch();
                            return Ok(());
                        }
                    }
                    return Err(
                        self.type_error("__class__ assignment only supported for user classes")
                    );
                }
                self.dict_set_str(d, name, value)
            }
            Obj::Exception(e) => {
                if name == q::__cause__ {
                    self.set_exc_cause(PyErr(r), value);
                    return Ok(());
                }
                if name == q::__context__ {
                    if let Obj::Exception(e) = self.heap.get_mut(r) {
                        e.context = value;
                    }
                    return Ok(());
                }
                if name == q::__traceback__ {
                    let exc = Value::Obj(r);
                    let wt = self.interner.intern_static("with_traceback");
                    self.call_method(exc, wt, &[value])?;
                    return Ok(());
                }
                if name == q::__suppress_context__ {
                    let b = self.truthy(value)?;
                    if let Obj::Exception(e) = self.heap.get_mut(r) {
                        e.suppress_context = b;
                    }
                    return Ok(());
                }
                if name == q::args {
                    let items = self.iterate_to_vec(value)?;
                    let t = self.new_tuple(items)?;
                    if let Obj::Exception(e) = self.heap.get_mut(r) {
                        e.args = t;
                    }
                    return Ok(());
                }
                let d = match e.dict {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict()?.as_obj().unwrap_or(r);
                        if let Obj::Exception(e) = self.heap.get_mut(r) {
                            e.dict = Some(d);
                        }
                        d
                    }
                };
                self.dict_set_str(d, name, value)
            }
            _ => {
                let tn = self.type_name(Value::Obj(r));
                let n = String::from(self.interner.get(name));
                Err(self.attribute_error(alloc::format!("'{tn}' object has no attribute '{n}'")))
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: QStr) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Value::Obj(r) = obj {
            let has_slots = match self.heap.get(class) {
                Obj::Class(c) => c.has_setattr,
                _ => false,
            };
            if has_slots && !matches!(self.heap.get(r), Obj::Class(_)) {
                if let Some(da) = self.user_slot(class, q::__delattr__) {
                    self.call(da, &[obj, Value::Str(name)])?;
                    return Ok(());
                }
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`.
    pub fn generic_del_attr(&mut self, obj: Value, name: QStr) -> PyResult<()> {
        let class = self.type_of(obj);
        let is_class = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)));
        if !is_class {
            if let Some(Value::Obj(d)) = self.class_lookup(class, name) {
                match self.heap.get(d) {
                    Obj::Property(p) => {
                        let fdel = p[2];
                        if fdel.is_none() {
                            let n = String::from(self.interner.get(name));
                            let tn = self.type_name(obj);
                            return Err(self.attribute_error(alloc::format!(
                                "property '{n}' of '{tn}' object has no deleter"
                            )));
                        }
                        self.call(fdel, &[obj])?;
                        return Ok(());
                    }
                    Obj::Instance(_) => {
                        if let Some(del) = self.lookup_special(Value::Obj(d), q::__delete__) {
                            self.call(del, &[Value::Obj(d), obj])?;
                            return Ok(());
                        }
                        if self.lookup_special(Value::Obj(d), q::__set__).is_some() {
                            return Err(self.attribute_error("__delete__"));
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Value::Obj(r) = obj {
            let target: Option<ObjRef> = match self.heap.get(r) {
                Obj::Instance(i) => Some(i.dict),
                Obj::Module(m) => Some(m.dict),
                Obj::Exception(e) => e.dict,
                Obj::Function(f) => f.dict,
                _ => None,
            };
            if let Some(t) = target {
                if self.dict_del_str(t, name)? {
                    return Ok(());
                }
            }
            if is_class {
                if matches!(self.heap.get(r), Obj::Class(c) if c.kind == crate::object::BaseKind::Native)
                {
                    let cn = String::from(self.class_name(r));
                    let n = String::from(self.interner.get(name));
                    return Err(self.type_error(alloc::format!(
                        "cannot set '{n}' attribute of immutable type '{cn}'"
                    )));
                }
                let hash = self.interner.hash(name);
                let idx = match self.heap.get(r) {
                    Obj::Class(c) => match c.dict.find(hash, |k| Some(self.str_key_eq(k, name))) {
                        Find::Found(i) => Some(i),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(i) = idx {
                    if let Obj::Class(c) = self.heap.get_mut(r) {
                        c.dict.remove_at(i);
                    }
                    self.invalidate_method_cache();
                    return Ok(());
                }
                if let Obj::Class(c) = self.heap.get_mut(r) {
                    if let Some(i) = c.native_index(name) {
                        c.natives.remove(i);
                        self.invalidate_method_cache();
                        return Ok(());
                    }
                }
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// `LoadMethod`: push `[method, self]` for plain methods found on the type (no
    /// bound-method allocation), else `[Null, attribute]`.
    pub fn load_method(&mut self, obj: Value, name: QStr) -> PyResult<(Value, Value)> {
        let is_plain = match obj {
            Value::Obj(r) => !matches!(
                self.heap.get(r),
                Obj::Class(_) | Obj::Module(_) | Obj::Super(_)
            ),
            _ => true,
        };
        if is_plain {
            let class = self.type_of(obj);
            let custom = match self.heap.get(class) {
                Obj::Class(c) => c.has_getattribute,
                _ => false,
            };
            if !custom {
                if let Some(attr) = self.class_lookup(class, name) {
                    let is_method = match attr {
                        Value::Obj(a) => match self.heap.get(a) {
                            Obj::Function(_) => true,
                            // Built-in functions (`len`, `math.sqrt`: no `self`
                            // slot) are not descriptors; built-in methods are.
                            Obj::Native(n) => n.self_.is_null() && n.min_args() > 0,
                            _ => false,
                        },
                        _ => false,
                    };
                    if is_method {
                        // The instance dict may shadow the method.
                        let shadowed = match obj {
                            Value::Obj(r) => match self.instance_dict(r) {
                                Some(d) => {
                                    !d.is_empty() && self.dict_get_qstr_raw(d, name).is_some()
                                }
                                None => false,
                            },
                            _ => false,
                        };
                        if !shadowed {
                            return Ok((attr, obj));
                        }
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((Value::Null, v))
    }

    /// Call method `name` of `obj`.
    pub fn call_method(&mut self, obj: Value, name: QStr, args: &[Value]) -> PyResult<Value> {
        let (m, s) = self.load_method(obj, name)?;
        if m.is_null() {
            self.call(s, args)
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(s);
            all.extend_from_slice(args);
            self.call(m, &all)
        }
    }

    /// A special method bound to `obj`, or a TypeError/AttributeError.
    pub fn get_special_bound(&mut self, obj: Value, name: QStr, what: &str) -> PyResult<Value> {
        match self.lookup_special(obj, name) {
            Some(m) => {
                let class = self.type_of(obj);
                self.bind_class_attr(m, obj, class)
            }
            None => {
                let tn = self.type_name(obj);
                let kind = if what.starts_with("__a") {
                    "asynchronous "
                } else {
                    ""
                };
                let missed = if what.ends_with("exit__") {
                    alloc::format!(" (missed {what} method)")
                } else {
                    String::new()
                };
                Err(self.type_error(alloc::format!(
                    "'{tn}' object does not support the {kind}context manager protocol{missed}"
                )))
            }
        }
    }
}

/// The error number of an `OSError` made with one int argument (`OSError(errno.ENOENT)`,
/// MicroPython's idiom): that argument is its `errno`.
pub(crate) fn os_error_single_errno(args: &[Value]) -> Option<i64> {
    match args {
        [Value::Int(n)] => Some(*n),
        _ => None,
    }
}
