//! `repr()`, `str()`, `ascii()` and `format()` of every built-in type, and the
//! dispatch to `__repr__`/`__str__`/`__format__` for user classes.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::floatfmt::float_repr;
use crate::object::{IterObj, Obj};
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Python's `repr(str)`.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32));
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32));
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&alloc::format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&alloc::format!("\\u{:04x}", n));
                } else {
                    out.push_str(&alloc::format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0xd800..0xe000).contains(&n)
        || (0x2028..=0x2029).contains(&n)
        || (0xe000..0xf900).contains(&n)
        || n == 0xfeff
        || (0x200b..=0x200f).contains(&n)
        || (0x202a..=0x202e).contains(&n)
        || (0x2060..=0x206f).contains(&n)
        || n >= 0xf0000
        || (0xe0000..0xe0080).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0xfffe
        || n == 0xffff
        || (0x0600..=0x0605).contains(&n)
        || n == 0x061c
        || n == 0x06dd
        || n == 0x070f
        || n == 0x180e
        || n == 0x3000
        || n == 0x2000
        || (0x2001..=0x200a).contains(&n)
        || n == 0x00a0
        || n == 0x1680
        || n == 0x202f
        || n == 0x205f
}

/// Python's `repr(bytes)` (without the `b` prefix handled by the caller when `prefix`).
pub fn repr_bytes(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&alloc::format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = float_repr(x);
        match s.strip_suffix(".0") {
            Some(t) => String::from(t),
            None => s,
        }
    };
    if re == 0.0 && re.is_sign_positive() {
        alloc::format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0
            || (im == 0.0 && im.is_sign_negative())
            || (im.is_nan() && im.is_sign_negative())
        {
            "-"
        } else {
            "+"
        };
        alloc::format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr_of(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Str(qs) = v {
            let s = repr_str(self.interner.get(qs));
            return self.new_str(s);
        }
        let s = self.repr_string(v)?;
        self.new_str(s)
    }

    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => return Ok(v),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => return Ok(v),
                Obj::Class(c) if c.metaclass.is_some() => {
                    if let Some(s) = self.metaclass_dunder_str(v, q::__str__)? {
                        return self.new_str(s);
                    }
                }
                Obj::Instance(_) | Obj::Exception(_) | Obj::Host(_) => {
                    if let Some(m) = self.lookup_special(v, q::__str__) {
                        if !self.is_native(m) {
                            let s = self.call(m, &[v])?;
                            if !self.is_str(s) {
                                let tn = self.type_name(s);
                                return Err(self.type_error(alloc::format!(
                                    "__str__ returned non-string (type {tn})"
                                )));
                            }
                            return Ok(s);
                        }
                    }
                    if let Obj::Exception(_) = self.heap.get(r) {
                        let s = self.exception_str(r)?;
                        return self.new_str(s);
                    }
                    let b = self.base_value(v);
                    if !b.is(v) && self.is_str(b) {
                        // str.__str__ of a str subclass ignores an overridden __repr__.
                        return self.str_of(b);
                    }
                    if !b.is(v)
                        && self
                            .lookup_special(v, q::__repr__)
                            .map(|m| self.is_native(m))
                            .unwrap_or(true)
                    {
                        if matches!(b, Value::Obj(s) if matches!(self.heap.get(s), Obj::Set(_))) {
                            return self.repr_of(v);
                        }
                        return self.str_of(b);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        self.repr_of(v)
    }

    pub fn ascii_of(&mut self, v: Value) -> PyResult<Value> {
        let r = self.repr_of(v)?;
        let s = String::from(self.str_ref(r).unwrap_or(""));
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&alloc::format!("\\x{:02x}", n));
            } else if n < 0x10000 {
                out.push_str(&alloc::format!("\\u{:04x}", n));
            } else {
                out.push_str(&alloc::format!("\\U{:08x}", n));
            }
        }
        self.new_str(out)
    }

    /// `repr`/`str` of a class whose metaclass defines `__repr__`/`__str__` in Python.
    fn metaclass_dunder_str(&mut self, cls: Value, name: QStr) -> PyResult<Option<String>> {
        let m = match self.lookup_special(cls, name) {
            Some(m) if !self.is_native(m) => m,
            _ => return Ok(None),
        };
        let s = self.call(m, &[cls])?;
        match self.str_ref(s) {
            Some(t) => Ok(Some(String::from(t))),
            None => {
                let tn = self.type_name(s);
                let which = self.interner.get(name);
                Err(self.type_error(alloc::format!("{which} returned non-string (type {tn})")))
            }
        }
    }

    fn is_native(&self, m: Value) -> bool {
        matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(_)))
    }

    /// `str(v)` as a Rust string.
    pub fn to_str_string(&mut self, v: Value) -> PyResult<String> {
        let s = self.str_of(v)?;
        Ok(String::from(self.str_ref(s).unwrap_or("")))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::Null | Value::None => String::from("None"),
            Value::Bool(true) => String::from("True"),
            Value::Bool(false) => String::from("False"),
            Value::Int(i) => alloc::string::ToString::to_string(&i),
            Value::Float(f) => float_repr(f),
            Value::Str(qs) => repr_str(self.interner.get(qs)),
            Value::NotImplemented => String::from("NotImplemented"),
            Value::Ellipsis => String::from("Ellipsis"),
            Value::Obj(r) => return self.repr_obj(r),
        })
    }

    fn repr_obj(&mut self, r: ObjRef) -> PyResult<String> {
        // Reprs nest (containers, slices, bound methods, exception args...).
        self.check_stack()?;
        let v = Value::Obj(r);
        match self.heap.get(r) {
            Obj::Str(s) => return Ok(repr_str(&s.s)),
            Obj::BigInt(b) => return Ok(alloc::format!("{b}")),
            Obj::Complex(re, im) => return Ok(complex_repr(*re, *im)),
            Obj::Bytes(b) => return Ok(repr_bytes(b, "b")),
            Obj::ByteArray(b) => {
                let inner = repr_bytes(b, "b");
                return Ok(alloc::format!("bytearray({inner})"));
            }
            Obj::Range(rg) => return Ok(crate::objrange::repr(&self.heap, rg)),
            Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::DictView(..) => {
                return self.repr_container(r)
            }
            Obj::Slice(s) => {
                let s = **s;
                let a = self.repr_string(s[0])?;
                let b = self.repr_string(s[1])?;
                let c = self.repr_string(s[2])?;
                return Ok(alloc::format!("slice({a}, {b}, {c})"));
            }
            Obj::Function(f) => {
                let qn = self.function_qualname(f);
                let name = String::from(self.str_ref(qn).unwrap_or("?"));
                return Ok(alloc::format!("<function {name} at 0x{:08x}>", r.0));
            }
            Obj::Native(n) => {
                let name = self.interner.get(n.name());
                return Ok(alloc::format!("<built-in function {name}>"));
            }
            Obj::BoundMethod(m) => {
                let (func, self_) = (m.func, m.self_);
                let (fname, native) = match func {
                    Value::Obj(f) => match self.heap.get(f) {
                        Obj::Function(f) => {
                            let qn = self.function_qualname(f);
                            (String::from(self.str_ref(qn).unwrap_or("?")), false)
                        }
                        Obj::Native(n) => (String::from(self.interner.get(n.name())), true),
                        _ => (String::from("?"), false),
                    },
                    _ => (String::from("?"), false),
                };
                if native {
                    let tn = self.type_name(self_);
                    return Ok(alloc::format!(
                        "<built-in method {fname} of {tn} object at 0x{:08x}>",
                        r.0
                    ));
                }
                let owner = self.repr_string(self_)?;
                return Ok(alloc::format!("<bound method {fname} of {owner}>"));
            }
            Obj::Class(c) => {
                if c.metaclass.is_some() {
                    if let Some(s) = self.metaclass_dunder_str(v, q::__repr__)? {
                        return Ok(s);
                    }
                }
                let Obj::Class(c) = self.heap.get(r) else {
                    unreachable!()
                };
                let name = String::from(self.interner.get(c.name));
                let module = self.dict_get_qstr_raw(&c.dict, q::__module__);
                let is_builtin = matches!(
                    c.kind,
                    crate::object::BaseKind::Native | crate::object::BaseKind::Exception
                ) && module.is_none();
                if is_builtin {
                    return Ok(alloc::format!("<class '{name}'>"));
                }
                let qual = String::from(self.str_ref(c.qualname).unwrap_or(&name));
                let m = match module {
                    Some(m) => String::from(self.str_ref(m).unwrap_or("__main__")),
                    None => String::from("__main__"),
                };
                return Ok(alloc::format!("<class '{m}.{qual}'>"));
            }
            Obj::Module(m) => {
                let name = self.interner.get(m.name);
                return Ok(alloc::format!("<module '{name}'>"));
            }
            Obj::Generator(g) => {
                let qn = String::from(self.str_ref(g.qualname).unwrap_or("?"));
                let kind = match g.kind {
                    crate::object::GenKind::Generator => "generator",
                    crate::object::GenKind::Coroutine => "coroutine",
                    crate::object::GenKind::AsyncGenerator => "async_generator",
                };
                return Ok(alloc::format!("<{kind} object {qn} at 0x{:08x}>", r.0));
            }
            Obj::Cell(_) => return Ok(alloc::format!("<cell at 0x{:08x}>", r.0)),
            Obj::Exception(_) => {
                if let Some(m) = self.lookup_special(v, q::__repr__) {
                    if !self.is_native(m) {
                        let s = self.call(m, &[v])?;
                        return Ok(String::from(self.str_ref(s).unwrap_or("")));
                    }
                }
                return self.exception_repr(r);
            }
            Obj::Iter(it) => {
                let name = match &**it {
                    IterObj::Enumerate { .. } => "enumerate",
                    IterObj::Zip { .. } => "zip",
                    IterObj::Map { .. } => "map",
                    IterObj::Filter { .. } => "filter",
                    _ => "iterator",
                };
                return Ok(alloc::format!("<{name} object at 0x{:08x}>", r.0));
            }
            Obj::Property(_) => return Ok(alloc::format!("<property object at 0x{:08x}>", r.0)),
            Obj::Super(s) => {
                let (class, obj) = (s.class, s.obj);
                let cn = match self.heap.get(class) {
                    Obj::Class(c) => String::from(self.interner.get(c.name)),
                    _ => String::from("?"),
                };
                if obj.is_none() {
                    return Ok(alloc::format!("<super: <class '{cn}'>, NULL>"));
                }
                let on = match obj {
                    Value::Obj(o) if matches!(self.heap.get(o), Obj::Class(_)) => {
                        match self.heap.get(o) {
                            Obj::Class(c) => String::from(self.interner.get(c.name)),
                            _ => String::new(),
                        }
                    }
                    _ => self.type_name(obj),
                };
                return Ok(alloc::format!("<super: <class '{cn}'>, <{on} object>>"));
            }
            Obj::MemoryView(_) => return Ok(alloc::format!("<memory at 0x{:08x}>", r.0)),
            _ => {}
        }
        // Instances: __repr__, then the base value, then the default form.
        if let Some(m) = self.lookup_special(v, q::__repr__) {
            if !self.is_native(m) {
                let s = self.call(m, &[v])?;
                return match self.str_ref(s) {
                    Some(s) => Ok(String::from(s)),
                    None => {
                        let tn = self.type_name(s);
                        Err(self
                            .type_error(alloc::format!("__repr__ returned non-string (type {tn})")))
                    }
                };
            }
        }
        self.instance_default_repr(r)
    }

    /// `object.__repr__(v)`: the repr that ignores a Python-level `__repr__` of `v`'s
    /// class (so an override calling `super().__repr__()` does not recurse).
    pub fn default_repr(&mut self, v: Value) -> PyResult<Value> {
        let s = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(_) => self.instance_default_repr(r)?,
                Obj::Exception(_) => self.exception_repr(r)?,
                _ => return self.repr_of(v),
            },
            _ => return self.repr_of(v),
        };
        self.new_str(s)
    }

    /// An instance's repr from its built-in base value, else `<mod.Cls object at 0x..>`.
    fn instance_default_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let v = Value::Obj(r);
        let b = self.base_value(v);
        if !b.is(v) {
            let inner = self.repr_string(b)?;
            if matches!(b, Value::Obj(s) if matches!(self.heap.get(s), Obj::Set(_))) {
                // Set subclasses show their class: `S({1, 2})`, `S()`.
                let body = inner.strip_prefix("frozenset(").unwrap_or(&inner);
                let body = if body.starts_with('{') {
                    body.trim_end_matches(')')
                } else {
                    ""
                };
                let name = String::from(self.class_name(self.type_of(v)));
                return Ok(alloc::format!("{name}({body})"));
            }
            return Ok(inner);
        }
        let class = self.type_of(v);
        let name = String::from(self.class_name(class));
        let module = match self.heap.get(class) {
            Obj::Class(c) => self.dict_get_qstr_raw(&c.dict, q::__module__),
            _ => None,
        };
        // Classes made by a class statement always have `__module__`; native ones may not.
        match module.and_then(|m| self.str_ref(m)) {
            Some(m) => Ok(alloc::format!("<{m}.{name} object at 0x{:08x}>", r.0)),
            None => Ok(alloc::format!("<{name} object at 0x{:08x}>", r.0)),
        }
    }

    fn repr_container(&mut self, r: ObjRef) -> PyResult<String> {
        if self.repr_guard.contains(&r) {
            return Ok(String::from(match self.heap.get(r) {
                Obj::List(_) => "[...]",
                Obj::Dict(_) => "{...}",
                _ => "(...)",
            }));
        }
        self.enter_data()?;
        self.repr_guard.push(r);
        let res = self.repr_container_inner(r);
        self.repr_guard.pop();
        self.leave_data();
        res
    }

    fn repr_container_inner(&mut self, r: ObjRef) -> PyResult<String> {
        enum K {
            List(Vec<Value>),
            Tuple(Vec<Value>),
            Dict(Vec<(Value, Value)>),
            Set(Vec<Value>, bool),
            View(&'static str, Vec<Value>),
        }
        let k = match self.heap.get(r) {
            Obj::List(l) => K::List(l.clone()),
            Obj::Tuple(t) => K::Tuple(t.to_vec()),
            Obj::Dict(d) => K::Dict(d.iter().map(|e| (e.key, e.value)).collect()),
            Obj::Set(s) => K::Set(s.items.keys(), s.frozen),
            Obj::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                let items = crate::objdict_methods::view_items(self, d, kind)?;
                let name = match kind {
                    crate::object::DictViewKind::Keys => "dict_keys",
                    crate::object::DictViewKind::Values => "dict_values",
                    crate::object::DictViewKind::Items => "dict_items",
                };
                K::View(name, items)
            }
            _ => return Ok(String::new()),
        };
        let mut out = String::new();
        match k {
            K::List(items) => {
                out.push('[');
                self.join_reprs(&mut out, &items)?;
                out.push(']');
            }
            K::Tuple(items) => {
                out.push('(');
                self.join_reprs(&mut out, &items)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            K::Dict(pairs) => {
                out.push('{');
                for (i, (k, v)) in pairs.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_string(v)?);
                }
                out.push('}');
            }
            K::Set(items, frozen) => {
                if items.is_empty() {
                    return Ok(String::from(if frozen { "frozenset()" } else { "set()" }));
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                self.join_reprs(&mut out, &items)?;
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            K::View(name, items) => {
                out.push_str(name);
                out.push_str("([");
                self.join_reprs(&mut out, &items)?;
                out.push_str("])");
            }
        }
        Ok(out)
    }

    fn join_reprs(&mut self, out: &mut String, items: &[Value]) -> PyResult<()> {
        for (i, &it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(it)?);
        }
        Ok(())
    }

    /// `str(exc)`: the message for one argument, the args tuple otherwise.
    pub fn exception_str(&mut self, r: ObjRef) -> PyResult<String> {
        // `str()` of an exception is `str()` of its argument: exceptions nest.
        self.enter_data()?;
        let s = self.exception_str_inner(r);
        self.leave_data();
        s
    }

    fn exception_str_inner(&mut self, r: ObjRef) -> PyResult<String> {
        let args = self.exception_args(r);
        let c = self.exception_class_of(r);
        let is_key_error = self.is_exc_subclass(c, crate::error::ExcKind::KeyError);
        let is_os_error = self.is_exc_subclass(c, crate::error::ExcKind::OSError);
        if is_os_error && (2..=5).contains(&args.len()) {
            let (n, msg) = (self.to_str_string(args[0])?, self.to_str_string(args[1])?);
            let v = Value::Obj(r);
            let f1 = self.get_attr_opt(v, q::filename)?.filter(|f| !f.is_none());
            if let Some(f1) = f1 {
                let f1 = self.repr_string(f1)?;
                let f2 = match self.interner.lookup("filename2") {
                    Some(n2) => self.get_attr_opt(v, n2)?.filter(|f| !f.is_none()),
                    None => None,
                };
                if let Some(f2) = f2 {
                    let f2 = self.repr_string(f2)?;
                    return Ok(alloc::format!("[Errno {n}] {msg}: {f1} -> {f2}"));
                }
                return Ok(alloc::format!("[Errno {n}] {msg}: {f1}"));
            }
            return Ok(alloc::format!("[Errno {n}] {msg}"));
        }
        if is_os_error && (3..=5).contains(&args.len()) && matches!(args[0], Value::Int(_)) {
            let (n, msg) = (self.to_str_string(args[0])?, self.to_str_string(args[1])?);
            let file = self.repr_string(args[2])?;
            if args.len() == 5 {
                let file2 = self.repr_string(args[4])?;
                return Ok(alloc::format!("[Errno {n}] {msg}: {file} -> {file2}"));
            }
            return Ok(alloc::format!("[Errno {n}] {msg}: {file}"));
        }
        if is_os_error {
            if let Some(n) = crate::attr::os_error_single_errno(&args) {
                // MicroPython's form for a known error number: `[Errno 2] ENOENT`.
                if let Some(name) = crate::errnomod::name(n) {
                    return Ok(alloc::format!("[Errno {n}] {name}"));
                }
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => {
                if is_key_error {
                    self.repr_string(args[0])
                } else {
                    self.to_str_string(args[0])
                }
            }
            _ => {
                let t = self.new_tuple(args)?;
                self.repr_string(t)
            }
        }
    }

    fn exception_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let c = self.exception_class_of(r);
        let name = String::from(self.class_name(c));
        let args = self.exception_args(r);
        let inner = if args.len() == 1 {
            self.repr_string(args[0])?
        } else {
            let t = self.new_tuple(args)?;
            let s = self.repr_string(t)?;
            String::from(&s[1..s.len() - 1])
                .trim_end_matches(',')
                .into()
        };
        Ok(alloc::format!("{name}({inner})"))
    }

    /// `format(v, spec)` (spec may be `Value::Null` for an empty spec).
    pub fn format_value(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let spec_s = if spec.is_null() {
            String::new()
        } else {
            String::from(self.str_ref(spec).unwrap_or(""))
        };
        if spec_s.is_empty() && self.is_str(v) {
            return Ok(v);
        }
        crate::objstr::format_with_spec(self, v, &spec_s)
    }
}
