//! The import system: `sys.modules` caching, finding `.py` files and packages on
//! `sys.path` through the port, relative imports, `from m import *`, and built-in
//! modules registered by the core and the port.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::object::{Module, Obj};
use crate::port::PathKind;
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A built-in module's initialiser: fills the module's dict.
pub type ModuleInit = fn(&mut Vm, ObjRef) -> PyResult<()>;

impl Vm {
    /// Create an empty module object (not registered in `sys.modules`).
    pub fn new_module(&mut self, name: &str) -> PyResult<Value> {
        let nq = self.interner.intern(name);
        let d = self.new_dict()?;
        let dr = d.as_obj().unwrap_or(self.builtins);
        self.dict_set_str(dr, q::__name__, Value::Str(nq))?;
        let m = self.alloc(Obj::Module(Box::new(Module {
            name: nq,
            dict: dr,
            initializing: false,
        })))?;
        Ok(Value::Obj(m))
    }

    pub fn module_dict(&self, m: Value) -> Option<ObjRef> {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(md) => Some(md.dict),
                _ => None,
            },
            _ => None,
        }
    }

    /// `import name` semantics: returns the top-level package unless `fromlist` is
    /// non-empty.
    pub fn import_name(
        &mut self,
        name: QStr,
        fromlist: Value,
        level: Value,
        globals: ObjRef,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(l) => l.max(0) as usize,
            _ => 0,
        };
        let name_s = String::from(self.interner.get(name));
        let full = if level > 0 {
            let package = self.current_package(globals, level)?;
            if name_s.is_empty() {
                package
            } else if package.is_empty() {
                name_s.clone()
            } else {
                alloc::format!("{package}.{name_s}")
            }
        } else {
            name_s.clone()
        };
        if full.is_empty() {
            return Err(self.error(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        // Import each dotted prefix.
        let mut top = Value::None;
        let mut last = Value::None;
        let parts: Vec<&str> = full.split('.').collect();
        for i in 0..parts.len() {
            let prefix = parts[..=i].join(".");
            let parent = if i == 0 { None } else { Some(last) };
            let m = self.import_one(&prefix, parent)?;
            if i == 0 {
                top = m;
            }
            last = m;
        }
        let has_fromlist = match fromlist {
            Value::None | Value::Null => false,
            v => self.truthy(v)?,
        };
        if has_fromlist || level > 0 && name_s.is_empty() {
            return Ok(last);
        }
        if level > 0 {
            // `from . import x` is handled through fromlist; `import .a` is not valid syntax.
            return Ok(last);
        }
        Ok(top)
    }

    /// The package a relative import starts from.
    fn current_package(&mut self, globals: ObjRef, level: usize) -> PyResult<String> {
        let pkg = self.dict_get_str(globals, q::__package__);
        let mut base = match pkg.and_then(|p| self.str_ref(p).map(String::from)) {
            Some(p) => p,
            None => {
                let name = self
                    .dict_get_str(globals, q::__name__)
                    .and_then(|n| self.str_ref(n).map(String::from))
                    .unwrap_or_default();
                let is_pkg = self.dict_get_str(globals, q::__path__).is_some();
                if is_pkg {
                    name
                } else {
                    match name.rfind('.') {
                        Some(i) => String::from(&name[..i]),
                        None => String::new(),
                    }
                }
            }
        };
        if base.is_empty() || base == "__main__" {
            return Err(self.error(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base.truncate(i),
                None => {
                    return Err(self.error(
                        ExcKind::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(base)
    }

    /// Import one module by its full dotted name (its parent already imported).
    fn import_one(&mut self, full: &str, parent: Option<Value>) -> PyResult<Value> {
        let fq = self.interner.intern(full);
        let modules = self.modules;
        if let Some(m) = self.dict_get_str(modules, fq) {
            return Ok(m);
        }
        // Native modules registered by the embedder (they may replace a built-in one).
        if let Some(m) = crate::embed::import_registered(self, full)? {
            return Ok(m);
        }
        // Built-in modules.
        let short = full
            .strip_prefix('u')
            .filter(|s| crate::modules::is_builtin(s) && !crate::modules::is_builtin(full));
        let builtin_name = if crate::modules::is_builtin(full) {
            Some(full)
        } else {
            short
        };
        if let Some(bn) = builtin_name {
            // `uname` and `name` are one module object (so module state is shared).
            if bn != full {
                let bq = self.interner.intern(bn);
                if let Some(m) = self.dict_get_str(modules, bq) {
                    self.dict_set_str(modules, fq, m)?;
                    return Ok(m);
                }
            }
            if let Some(init) = crate::modules::find(bn) {
                let m = self.new_module(bn)?;
                self.temp_roots.push(m);
                let r = init(self, self.module_dict(m).unwrap_or(self.builtins));
                self.temp_roots.pop();
                r?;
                if bn == "builtins" {
                    // The module's namespace is the builtins dict itself, so that
                    // `builtins.name = value` is seen by every module's lookups.
                    let b = self.builtins;
                    if let Obj::Module(md) = self.heap.get_mut(m.as_obj().unwrap_or(b)) {
                        md.dict = b;
                    }
                }
                if bn != full {
                    let bq = self.interner.intern(bn);
                    self.dict_set_str(modules, bq, m)?;
                }
                self.dict_set_str(modules, fq, m)?;
                return Ok(m);
            }
        }
        // Search paths: the parent package's __path__, or sys.path.
        let dirs: Vec<String> = match parent {
            Some(p) => {
                let pd = self.module_dict(p);
                match pd.and_then(|d| self.dict_get_str(d, q::__path__)) {
                    Some(path) => {
                        let items = self.iterate_to_vec(path)?;
                        items
                            .iter()
                            .filter_map(|&v| self.str_ref(v).map(String::from))
                            .collect()
                    }
                    None => {
                        let pn = String::from(full.rsplit_once('.').map(|x| x.0).unwrap_or(""));
                        return Err(self.module_not_found(full, Some(&pn)));
                    }
                }
            }
            None => {
                let sp = self.sys_path;
                let items = if sp.is_none() {
                    Vec::new()
                } else {
                    self.iterate_to_vec(sp)?
                };
                items
                    .iter()
                    .filter_map(|&v| self.str_ref(v).map(String::from))
                    .collect()
            }
        };
        let leaf = full.rsplit('.').next().unwrap_or(full);
        for dir in dirs {
            let base = if dir.is_empty() {
                String::from(leaf)
            } else if dir.ends_with('/') {
                alloc::format!("{dir}{leaf}")
            } else {
                alloc::format!("{dir}/{leaf}")
            };
            let init = alloc::format!("{base}/__init__.py");
            if self.port.path_kind(&base) == PathKind::Dir {
                let has_init = self.port.path_kind(&init) == PathKind::File;
                return self.load_source_module(
                    full,
                    if has_init { Some(init) } else { None },
                    Some(base),
                    parent,
                );
            }
            let file = alloc::format!("{base}.py");
            if self.port.path_kind(&file) == PathKind::File {
                return self.load_source_module(full, Some(file), None, parent);
            }
        }
        Err(self.module_not_found(full, None))
    }

    fn module_not_found(&mut self, full: &str, not_package: Option<&str>) -> crate::error::PyErr {
        let msg = match not_package {
            Some(p) => alloc::format!("No module named '{full}'; '{p}' is not a package"),
            None => alloc::format!("No module named '{full}'"),
        };
        let e = self.error(ExcKind::ModuleNotFoundError, msg);
        if let Ok(n) = self.new_str_from(full) {
            let _ = self.store_instance_attr(e.0, q::name, n);
        }
        e
    }

    /// Execute a module's source (or create a namespace package) and register it.
    fn load_source_module(
        &mut self,
        full: &str,
        file: Option<String>,
        pkg_dir: Option<String>,
        parent: Option<Value>,
    ) -> PyResult<Value> {
        let m = self.new_module(full)?;
        let d = self.module_dict(m).unwrap_or(self.builtins);
        let fq = self.interner.intern(full);
        let modules = self.modules;
        self.dict_set_str(modules, fq, m)?;
        if let Some(dir) = &pkg_dir {
            let p = self.new_str_from(dir)?;
            let l = self.new_list(alloc::vec![p])?;
            self.dict_set_str(d, q::__path__, l)?;
            let pk = self.new_str_from(full)?;
            self.dict_set_str(d, q::__package__, pk)?;
        } else {
            let pkg = full.rsplit_once('.').map(|x| x.0).unwrap_or("");
            let pk = self.new_str_from(pkg)?;
            self.dict_set_str(d, q::__package__, pk)?;
        }
        if let Some(f) = &file {
            let fv = self.new_str_from(f)?;
            self.dict_set_str(d, q::__file__, fv)?;
            let limit = self.source_limit();
            let src = match self.port.read_file_limited(f, limit) {
                Ok(b) if b.len() > limit => {
                    self.dict_del_str(modules, fq)?;
                    return Err(self.memory_error());
                }
                Ok(b) => b,
                Err(errno) => {
                    self.dict_del_str(modules, fq)?;
                    return Err(self.os_error(errno as i64, "cannot read module"));
                }
            };
            let text = match self.decode_source(src, f) {
                Ok(t) => t,
                Err(e) => {
                    self.dict_del_str(modules, fq)?;
                    return Err(e);
                }
            };
            self.set_module_initializing(m, true);
            let r = self
                .compile_source(&text, f, crate::compiler::Mode::Exec)
                .and_then(|code| self.exec_code(code, d, Value::Obj(d)));
            self.set_module_initializing(m, false);
            if let Err(e) = r {
                self.dict_del_str(modules, fq)?;
                return Err(e);
            }
        }
        // Bind as an attribute of the parent package.
        if let Some(p) = parent {
            let leaf = full.rsplit('.').next().unwrap_or(full);
            let lq = self.interner.intern(leaf);
            if let Some(pd) = self.module_dict(p) {
                self.dict_set_str(pd, lq, m)?;
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get_str(modules, fq).unwrap_or(m))
    }

    fn set_module_initializing(&mut self, m: Value, on: bool) {
        if let Value::Obj(r) = m {
            if let Obj::Module(md) = self.heap.get_mut(r) {
                md.initializing = on;
            }
        }
    }

    /// `from module import name`.
    pub fn import_from(&mut self, m: Value, name: QStr) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(m, name)? {
            return Ok(v);
        }
        // A submodule not yet imported.
        if let Some(d) = self.module_dict(m) {
            if self.dict_get_str(d, q::__path__).is_some() {
                let mname = self
                    .dict_get_str(d, q::__name__)
                    .and_then(|n| self.str_ref(n).map(String::from))
                    .unwrap_or_default();
                let full = alloc::format!("{mname}.{}", self.interner.get(name));
                match self.import_one(&full, Some(m)) {
                    Ok(sub) => return Ok(sub),
                    Err(e) if self.err_matches(e, ExcKind::ModuleNotFoundError) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let mname = match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(md) => String::from(self.interner.get(md.name)),
                _ => String::from("?"),
            },
            _ => String::from("?"),
        };
        let n = String::from(self.interner.get(name));
        // CPython names the module's file, or says it has none.
        let file = self
            .module_dict(m)
            .and_then(|d| self.dict_get_str(d, q::__file__))
            .and_then(|f| self.str_ref(f).map(String::from))
            .unwrap_or_else(|| String::from("unknown location"));
        Err(self.error(
            ExcKind::ImportError,
            alloc::format!("cannot import name '{n}' from '{mname}' ({file})"),
        ))
    }

    /// `from module import *`.
    pub fn import_star(&mut self, m: Value, target: ObjRef) -> PyResult<()> {
        let d = match self.module_dict(m) {
            Some(d) if d == self.builtins => self.builtins_dict()?,
            Some(d) => d,
            None => return Err(self.type_error("import * from a non-module")),
        };
        if let Some(all) = self.dict_get_str(d, q::__all__) {
            let names = self.iterate_to_vec(all)?;
            for n in names {
                let nq = match self.intern_str_value(n) {
                    Some(q) => q,
                    None => return Err(self.type_error("__all__ must contain strings")),
                };
                let v = self.get_attr(m, nq)?;
                self.mapping_set_str(target, nq, v)?;
            }
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = match self.heap.get(d) {
            Obj::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in pairs {
            let keep = self
                .str_ref(k)
                .map(|s| !s.starts_with('_'))
                .unwrap_or(false);
            if keep {
                if let Some(kq) = self.intern_str_value(k) {
                    self.mapping_set_str(target, kq, v)?;
                }
            }
        }
        Ok(())
    }
}
