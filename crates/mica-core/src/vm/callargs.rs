//! Building the argument tuple and keyword dict of a `f(*args, **kwargs)` call, with
//! CPython's error messages, which name the callee ("mod.f() argument after * must be
//! an iterable, not int").

use alloc::string::String;

use crate::error::PyResult;
use crate::object::{BaseKind, Obj};
use crate::value::Value;

use super::Vm;

impl Vm {
    /// How CPython names a callable in call errors: `module.qualname()` for Python
    /// functions and classes outside `builtins`, `name()` for built-ins, `T object`
    /// for other callables.
    pub(super) fn callee_display(&self, f: Value) -> String {
        let Value::Obj(r) = f else {
            return alloc::format!("{} object", self.type_name(f));
        };
        match self.heap.get(r) {
            Obj::Function(func) => {
                let qual = match self.str_ref(self.function_qualname(func)) {
                    Some(q) if !q.is_empty() => String::from(q),
                    _ => String::from(self.interner.get(func.name)),
                };
                let module = match self.heap.get(func.globals) {
                    Obj::Dict(d) => self
                        .dict_get_qstr_raw(d, crate::qstr::q::__name__)
                        .and_then(|m| self.str_ref(m).map(String::from)),
                    _ => None,
                };
                match module {
                    Some(m) if m != "builtins" => alloc::format!("{m}.{qual}()"),
                    _ => alloc::format!("{qual}()"),
                }
            }
            Obj::BoundMethod(m) => self.callee_display(m.func),
            Obj::Native(n) => alloc::format!("{}()", self.interner.get(n.name())),
            Obj::Class(c) => {
                let name = String::from(self.interner.get(c.name));
                let module = self
                    .dict_get_qstr_raw(&c.dict, crate::qstr::q::__module__)
                    .and_then(|m| self.str_ref(m).map(String::from));
                let qual = self.str_ref(c.qualname).map(String::from).unwrap_or(name);
                match module {
                    Some(m) if m != "builtins" && c.kind != BaseKind::Native => {
                        alloc::format!("{m}.{qual}()")
                    }
                    _ => alloc::format!("{qual}()"),
                }
            }
            _ => alloc::format!("{} object", self.type_name(f)),
        }
    }

    /// `ListExtendCall`: `[.., callee, list, v] -> [.., callee, list]`, extending the
    /// positional-argument list with the iterable `v`.
    #[inline(never)]
    pub(super) fn extend_call_args(&mut self) -> PyResult<()> {
        let n = self.stack.len();
        let (callee, list, v) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
        if !self.is_iterable(v) {
            let (fname, tn) = (self.callee_display(callee), self.type_name(v));
            return Err(self.type_error(alloc::format!(
                "{fname} argument after * must be an iterable, not {tn}"
            )));
        }
        self.list_extend(list, v)?;
        self.stack.pop();
        Ok(())
    }

    /// `ListExtend(i)`: `[*x]` in a list or tuple display.
    #[inline(never)]
    pub(super) fn extend_display_list(&mut self, i: usize) -> PyResult<()> {
        let n = self.stack.len();
        let (list, v) = (self.stack[n - 1 - i], self.stack[n - 1]);
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            return Err(self.type_error(alloc::format!(
                "Value after * must be an iterable, not {tn}"
            )));
        }
        self.list_extend(list, v)?;
        self.stack.pop();
        Ok(())
    }

    /// `DictUpdate(i)`: `{**m}` in a dict display; `m` must be a mapping.
    #[inline(never)]
    pub(super) fn update_display_dict(&mut self, i: usize) -> PyResult<()> {
        let n = self.stack.len();
        let (d, v) = (self.stack[n - 1 - i], self.stack[n - 1]);
        if self.dict_ref(v).is_none() && self.get_attr_opt(v, crate::qstr::q::keys)?.is_none() {
            let tn = self.type_name(v);
            return Err(self.type_error(alloc::format!("'{tn}' object is not a mapping")));
        }
        self.dict_update(d, v, false)?;
        self.stack.pop();
        Ok(())
    }

    /// `DictMerge(i)`: `**m` merged into a call's keyword dict (`i` slots below the top
    /// after popping `m`; the callee sits below the positional-argument tuple).
    #[inline(never)]
    pub(super) fn merge_call_kwargs(&mut self, i: usize) -> PyResult<()> {
        let n = self.stack.len();
        let v = self.stack[n - 1];
        let d = self.stack[n - 1 - i];
        if let Err(e) = self.dict_update(d, v, true) {
            if self.err_matches(e, crate::error::ExcKind::TypeError) && n >= i + 3 {
                let msg = self.exception_str(e.0)?;
                if msg.starts_with("argument after **")
                    || msg.starts_with("got multiple values for keyword argument")
                {
                    let fname = self.callee_display(self.stack[n - 3 - i]);
                    return Err(self.type_error(alloc::format!("{fname} {msg}")));
                }
            }
            return Err(e);
        }
        self.stack.pop();
        Ok(())
    }
}
