//! Scope analysis: which names each scope binds, and how every name is reached.
//!
//! One pass walks the AST and records, per scope (module, class, function, lambda,
//! comprehension), how each name is used: bound, a parameter, declared `global` or
//! `nonlocal`, or only read. A second pass resolves every name to a [`SymScope`] top-down
//! (what enclosing function scopes bind) and bottom-up (what inner scopes capture, which
//! turns locals into cells and threads free variables through intermediate scopes).
//! The compiler then reads the result through [`SymbolTable::scope_of`] and
//! [`Scope::lookup`]. Syntax errors that only need scope knowledge (`return` outside a
//! function, misplaced `global`, `nonlocal` without binding...) are reported here.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use hashbrown::{HashMap, HashSet};

use crate::ast;
use crate::ast::*;
use crate::stackguard::{StackGuard, DEFAULT_BUDGET};

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// Recursion limit for the walks over the AST (statement nesting adds at most the 100
/// indentation levels to the parser's `MAX_AST_DEPTH`); past it, or past the stack
/// guard, a [`SyntaxError::too_deep`] error (`RecursionError`).
pub(crate) const MAX_DEPTH: u32 = 3200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// List/set/dict comprehension or generator expression.
    Comprehension(CompKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ScopeKind {
    /// Function, lambda and comprehension scopes keep their locals in fast slots.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

/// How a name is reached from the scope it appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymScope {
    /// Bound in this scope and not captured (fast slot, or the namespace dict at module
    /// and class level).
    Local,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Declared `global` in this scope.
    GlobalExplicit,
    /// Bound in an enclosing function scope.
    Free,
    /// Bound here and captured by an inner scope.
    Cell,
}

// Usage flags collected by the first pass.
const ASSIGNED: u8 = 0x01;
const PARAM: u8 = 0x02;
const USED: u8 = 0x04;
const DECL_GLOBAL: u8 = 0x08;
const DECL_NONLOCAL: u8 = 0x10;
/// Bound by a walrus inside a comprehension: the name belongs to an enclosing scope.
const COMP_FREE: u8 = 0x20;
/// Bound by a walrus inside a comprehension whose owner is the module.
const COMP_GLOBAL: u8 = 0x40;

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub scope: SymScope,
    flags: u8,
    /// Line of the `global`/`nonlocal` declaration, for late errors.
    decl_line: Line,
}

impl Symbol {
    pub fn is_param(&self) -> bool {
        self.flags & PARAM != 0
    }
}

/// Everything known about one scope after analysis.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub line: Line,
    pub parent: Option<ScopeId>,
    /// Nested scopes in source order.
    pub children: Vec<ScopeId>,
    /// Names in first-appearance order.
    pub symbols: Vec<Symbol>,
    /// Positions in `symbols`, hashed by name (the names are not stored twice).
    index: hashbrown::HashTable<usize>,
    /// Parameter names in slot order (positional, keyword-only, `*args`, `**kwargs`).
    pub params: Vec<String>,
    /// Fast-slot names: parameters first, then the other locals (function-like scopes).
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits.
    pub is_async: bool,
    /// A class whose methods use `super` or `__class__`: owns the `__class__` cell.
    pub needs_class_cell: bool,
    /// The class name used for private-name mangling, if inside a class.
    pub private: Option<String>,
    /// Line of the first `return <value>`, to reject it in async generators.
    return_value_line: Option<Line>,
    /// How many symbols have been resolved, and the earlier ones whose flags changed
    /// since: the module scope of a module compiled a statement at a time is resolved
    /// incrementally (see [`build_statement`]).
    resolved: usize,
    changed: Vec<usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: Line, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            line,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: hashbrown::HashTable::new(),
            params: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
            private: None,
            return_value_line: None,
            resolved: 0,
            changed: Vec::new(),
        }
    }

    /// The symbol for `name` (already mangled), if the scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.position(name).map(|i| &self.symbols[i])
    }

    fn position(&self, name: &str) -> Option<usize> {
        let symbols = &self.symbols;
        self.index
            .find(name_hash(name), |&i| symbols[i].name == name)
            .copied()
    }

    fn flags(&self, name: &str) -> u8 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn add_flags(&mut self, name: &str, flags: u8) -> &mut Symbol {
        let i = match self.position(name) {
            Some(i) => i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    scope: SymScope::GlobalImplicit,
                    flags: 0,
                    decl_line: 0,
                });
                let symbols = &self.symbols;
                self.index
                    .insert_unique(name_hash(name), symbols.len() - 1, |&j| {
                        name_hash(&symbols[j].name)
                    });
                self.symbols.len() - 1
            }
        };
        let sym = &mut self.symbols[i];
        if i < self.resolved && sym.flags | flags != sym.flags {
            self.changed.push(i);
        }
        sym.flags |= flags;
        sym
    }

    /// Mangle a private name (`__x` inside class `C` becomes `_C__x`).
    pub fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }
}

/// The hash of a name in the symbol and name indexes (FNV-1a: deterministic, and
/// nothing outside the compiler sees it).
pub(crate) fn name_hash(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// Private-name mangling, as Python does it inside class bodies.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// The analysed scopes of one module, keyed by the AST node that opens each scope.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope opened by an AST node (a `FunctionDef`, `ClassDef`, lambda or
    /// comprehension expression), identified by address.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Analyse a module, allowing [`DEFAULT_BUDGET`] bytes of native stack below the caller.
pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
    build_with(module, StackGuard::below_here(DEFAULT_BUDGET))
}

/// Analyse a module; nesting deeper than `guard` allows is a
/// [`SyntaxError::too_deep`] error.
pub fn build_with(module: &Module, guard: StackGuard) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder {
        scopes: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
        depth: 0,
        guard,
    };
    builder
        .scopes
        .push(Scope::new(ScopeKind::Module, "<module>", 1, None));
    builder.stack.push(0);
    builder.visit_body(&module.body)?;
    let mut table = SymbolTable {
        scopes: builder.scopes,
        by_node: builder.by_node,
    };
    analyze(&mut table.scopes, 0, &HashSet::new(), guard)?;
    Ok(table)
}

/// The module scope as a new module starts: see [`build_statement`].
pub fn module_scope() -> Scope {
    Scope::new(ScopeKind::Module, "<module>", 1, None)
}

/// A placeholder while the module scope is lent out (allocates nothing).
fn no_scope() -> Scope {
    Scope::new(ScopeKind::Module, "", 0, None)
}

/// Which analysis found an error: [`build`] finishes the first pass over the whole
/// module before the second, so an error of the first pass outranks one of the second
/// found earlier in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pass {
    /// Recording how each scope uses its names.
    Record,
    /// Resolving every name.
    Resolve,
}

/// Analyse one top-level statement (`body`: several when simple statements share a
/// line) of a module compiled a statement at a time. `module` is the module scope as
/// the earlier statements left it: on success it moves into the returned table (scope
/// 0; take it back with [`SymbolTable::take_module`] for the next statement), on error
/// it stays in `module`. With `resolve` false only the first pass runs (the table is
/// then of no use to the compiler).
#[inline(never)]
pub fn build_statement(
    module: &mut Scope,
    body: &[Stmt],
    guard: StackGuard,
    resolve: bool,
) -> Result<SymbolTable, (SyntaxError, Pass)> {
    let mut scope = core::mem::replace(module, no_scope());
    // The nested scopes of earlier statements are gone (the module never has cells
    // or free variables, but a stale list must not grow).
    scope.children.clear();
    scope.cellvars.clear();
    scope.freevars.clear();
    let mut builder = Builder {
        scopes: alloc::vec![scope],
        by_node: HashMap::new(),
        stack: alloc::vec![0],
        depth: 0,
        guard,
    };
    let mut table = match builder.visit_body(body) {
        Ok(()) => SymbolTable {
            scopes: builder.scopes,
            by_node: builder.by_node,
        },
        Err(e) => {
            *module = core::mem::replace(&mut builder.scopes[0], no_scope());
            return Err((e, Pass::Record));
        }
    };
    if resolve {
        if let Err(e) = analyze_module(&mut table.scopes, guard) {
            *module = table.take_module();
            return Err((e, Pass::Resolve));
        }
    } else {
        *module = table.take_module();
    }
    Ok(table)
}

impl SymbolTable {
    /// The module scope (scope 0), leaving a placeholder: see [`build_statement`].
    pub fn take_module(&mut self) -> Scope {
        match self.scopes.first_mut() {
            Some(scope) => core::mem::replace(scope, no_scope()),
            None => module_scope(),
        }
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    depth: u32,
    guard: StackGuard,
}

fn err<T>(msg: impl Into<String>, line: Line) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(msg, line))
}

impl Builder {
    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, line: Line, key: usize) -> ScopeId {
        let parent = self.cur_id();
        let mut scope = Scope::new(kind, name, line, Some(parent));
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scopes[parent].private.clone()
        };
        self.scopes.push(scope);
        let id = self.scopes.len() - 1;
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) -> Result<(), SyntaxError> {
        let id = self.cur_id();
        let scope = &self.scopes[id];
        if scope.is_async && scope.is_generator && scope.kind == ScopeKind::Function {
            if let Some(line) = scope.return_value_line {
                return err("'return' with value in async generator", line);
            }
        }
        self.stack.pop();
        Ok(())
    }

    fn deeper(&mut self, line: Line) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.guard.exhausted() {
            return Err(SyntaxError::too_deep(line));
        }
        if self.guard.memory_low() {
            return Err(SyntaxError::new(crate::lexer::TOO_MANY_TOKENS, line));
        }
        Ok(())
    }

    // ---- recording names ----

    fn bind(&mut self, name: &str, line: Line) -> Result<(), SyntaxError> {
        if name == "__debug__" {
            return err("cannot assign to __debug__", line);
        }
        let name = self.cur().mangle(name);
        self.cur().add_flags(&name, ASSIGNED);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        let name = self.cur().mangle(name);
        self.cur().add_flags(&name, USED);
        if name == "super" && self.cur().kind.is_function_like() {
            self.cur().add_flags("__class__", USED);
        }
    }

    fn param(&mut self, arg: &Arg) -> Result<(), SyntaxError> {
        if &*arg.name == "__debug__" {
            return err("cannot assign to __debug__", arg.line);
        }
        let name = self.cur().mangle(&arg.name);
        if self.cur().flags(&name) & PARAM != 0 {
            return err(
                format!("duplicate argument '{}' in function definition", arg.name),
                arg.line,
            );
        }
        self.cur().add_flags(&name, PARAM);
        self.cur().params.push(name);
        Ok(())
    }

    fn declare(&mut self, names: &[String], global: bool, line: Line) -> Result<(), SyntaxError> {
        let (word, flag) = if global {
            ("global", DECL_GLOBAL)
        } else {
            ("nonlocal", DECL_NONLOCAL)
        };
        if !global && self.cur().kind == ScopeKind::Module {
            return err("nonlocal declaration not allowed at module level", line);
        }
        for raw in names {
            let name = self.cur().mangle(raw);
            let flags = self.cur().flags(&name);
            let other = if global { DECL_NONLOCAL } else { DECL_GLOBAL };
            if flags & other != 0 {
                return err(format!("name '{}' is nonlocal and global", raw), line);
            }
            let problem = if flags & PARAM != 0 {
                Some("is parameter and")
            } else if flags & USED != 0 {
                Some("is used prior to")
            } else if flags & ASSIGNED != 0 {
                Some("is assigned to before")
            } else {
                None
            };
            if let Some(problem) = problem {
                let msg = if problem == "is parameter and" {
                    format!("name '{}' {} {}", raw, problem, word)
                } else {
                    format!("name '{}' {} {} declaration", raw, problem, word)
                };
                return err(msg, line);
            }
            let sym = self.cur().add_flags(&name, flag);
            sym.decl_line = line;
        }
        Ok(())
    }

    /// A walrus target: binds in the nearest enclosing non-comprehension scope.
    fn bind_walrus(&mut self, name: &str, line: Line) -> Result<(), SyntaxError> {
        if !matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            return self.bind(name, line);
        }
        if name == "__debug__" {
            return err("cannot assign to __debug__", line);
        }
        let name = self.cur().mangle(name);
        let mut comps = Vec::new();
        let mut owner = None;
        for &id in self.stack.iter().rev() {
            if matches!(self.scopes[id].kind, ScopeKind::Comprehension(_)) {
                if self.scopes[id].flags(&name) & (ASSIGNED | PARAM) != 0 {
                    return err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{}'",
                            name
                        ),
                        line,
                    );
                }
                comps.push(id);
            } else {
                owner = Some(id);
                break;
            }
        }
        let owner = owner.unwrap_or(0);
        let owner_kind = self.scopes[owner].kind;
        if owner_kind == ScopeKind::Class {
            return err(
                "assignment expression within a comprehension cannot be used in a class body",
                line,
            );
        }
        let flag = if owner_kind == ScopeKind::Module {
            COMP_GLOBAL
        } else {
            COMP_FREE
        };
        for id in comps {
            self.scopes[id].add_flags(&name, flag);
        }
        self.scopes[owner].add_flags(&name, ASSIGNED);
        Ok(())
    }

    fn note_await(&mut self, line: Line) -> Result<(), SyntaxError> {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Function if self.cur().is_async => Ok(()),
            ScopeKind::Comprehension(_) => {
                if !self.in_async_function() {
                    return err("'await' outside async function", line);
                }
                self.cur().is_async = true;
                Ok(())
            }
            ScopeKind::Module | ScopeKind::Class => err("'await' outside function", line),
            _ => err("'await' outside async function", line),
        }
    }

    /// Whether the nearest enclosing non-comprehension scope is an `async def`.
    fn in_async_function(&self) -> bool {
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => continue,
                ScopeKind::Function => return scope.is_async,
                _ => return false,
            }
        }
        false
    }

    fn note_yield(&mut self, line: Line) -> Result<(), SyntaxError> {
        match self.cur().kind {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", line),
            ScopeKind::Comprehension(kind) => {
                let what = match kind {
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                    CompKind::Generator => "generator expression",
                };
                err(format!("'yield' inside {}", what), line)
            }
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }

    // ---- statements ----

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        self.deeper(stmt.line)?;
        let result = self.visit_stmt_inner(stmt);
        self.depth -= 1;
        result
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        let line = stmt.line;
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.visit_function_def(def, line),
            StmtKind::ClassDef(class) => self.visit_class_def(class, line),
            StmtKind::Return(value) => {
                if !self.cur().kind.is_function_like() {
                    return err("'return' outside function", line);
                }
                if let Some(value) = value {
                    if self.cur().return_value_line.is_none() {
                        self.cur().return_value_line = Some(line);
                    }
                    self.visit_expr(value)?;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.visit_target(target)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for target in targets {
                    self.visit_target(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign(node) => {
                let ast::AugAssign { target, value, .. } = &**node;
                self.visit_expr(value)?;
                if let ExprKind::Name(name) = &target.kind {
                    self.use_name(name);
                }
                self.visit_target(target)
            }
            StmtKind::AnnAssign(node) => {
                let ast::AnnAssign { target, value, .. } = &**node;
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
                self.visit_target(target)
            }
            StmtKind::For(node) => {
                let ast::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async,
                } = &**node;
                if *is_async {
                    self.check_async_stmt("for", line)?;
                }
                self.visit_expr(iter)?;
                self.visit_target(target)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While(node) => {
                let ast::While { test, body, orelse } = &**node;
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::If(node) => {
                let ast::If { test, body, orelse } = &**node;
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::With(node) => {
                let ast::With {
                    items,
                    body,
                    is_async,
                } = &**node;
                if *is_async {
                    self.check_async_stmt("with", line)?;
                }
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_target(vars)?;
                    }
                }
                self.visit_body(body)
            }
            StmtKind::Raise(node) => {
                let ast::Raise { exc, cause } = &**node;
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                }
                if let Some(cause) = cause {
                    self.visit_expr(cause)?;
                }
                Ok(())
            }
            StmtKind::Try(node) => {
                let ast::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } = &**node;
                self.visit_body(body)?;
                for handler in handlers {
                    if let Some(typ) = &handler.typ {
                        self.visit_expr(typ)?;
                    }
                    if let Some(name) = &handler.name {
                        self.bind(name, handler.line)?;
                    }
                    self.visit_body(&handler.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)
            }
            StmtKind::Assert(node) => {
                let ast::Assert { test, msg } = &**node;
                self.visit_expr(test)?;
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(""),
                    };
                    self.bind(bound, line)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return err("import * only allowed at module level", line);
                        }
                        continue;
                    }
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name), line)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => self.declare(names, true, line),
            StmtKind::Nonlocal(names) => self.declare(names, false, line),
            StmtKind::Expr(expr) => self.visit_expr(expr),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn check_async_stmt(&mut self, what: &str, line: Line) -> Result<(), SyntaxError> {
        let scope = self.cur();
        if scope.kind == ScopeKind::Function && scope.is_async {
            Ok(())
        } else {
            err(format!("'async {}' outside async function", what), line)
        }
    }

    fn visit_function_def(&mut self, def: &FunctionDef, line: Line) -> Result<(), SyntaxError> {
        for decorator in &def.decorators {
            self.visit_expr(decorator)?;
        }
        self.visit_defaults(&def.args)?;
        self.bind(&def.name, line)?;
        let id = self.enter(ScopeKind::Function, &def.name, line, node_key(def));
        self.scopes[id].is_async = def.is_async;
        self.visit_params(&def.args)?;
        self.visit_body(&def.body)?;
        self.leave()
    }

    fn visit_class_def(&mut self, class: &ClassDef, line: Line) -> Result<(), SyntaxError> {
        for decorator in &class.decorators {
            self.visit_expr(decorator)?;
        }
        for base in &class.bases {
            self.visit_expr(base)?;
        }
        for keyword in &class.keywords {
            self.visit_expr(&keyword.value)?;
        }
        self.bind(&class.name, line)?;
        self.enter(ScopeKind::Class, &class.name, line, node_key(class));
        self.visit_body(&class.body)?;
        self.leave()
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for default in &args.defaults {
            self.visit_expr(default)?;
        }
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.param(arg)?;
        }
        if let Some(arg) = &args.vararg {
            self.param(arg)?;
        }
        if let Some(arg) = &args.kwarg {
            self.param(arg)?;
        }
        Ok(())
    }

    /// An assignment or deletion target.
    fn visit_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(name) => self.bind(name, target.line),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for elt in elts {
                    self.visit_target(elt)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.visit_target(inner),
            _ => self.visit_expr(target),
        }
    }

    // ---- expressions ----

    fn visit_expr(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        self.deeper(expr.line)?;
        let result = self.visit_expr_inner(expr);
        self.depth -= 1;
        result
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<(), SyntaxError> {
        for expr in exprs {
            self.visit_expr(expr)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        let line = expr.line;
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                match &target.kind {
                    ExprKind::Name(name) => self.bind_walrus(name, target.line),
                    _ => err("cannot use assignment expressions with this target", line),
                }
            }
            ExprKind::BinOp { .. } => {
                // Walk the left spine iteratively: `a + b + c + ...` can be very long.
                let mut node = expr;
                let mut rights = Vec::new();
                while let ExprKind::BinOp { left, right, .. } = &node.kind {
                    rights.push(&**right);
                    node = left;
                }
                self.visit_expr(node)?;
                for right in rights.into_iter().rev() {
                    self.visit_expr(right)?;
                }
                Ok(())
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", line, node_key(expr));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.leave()
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict(node) => {
                let ast::Dict { keys, values } = &**node;
                for key in keys.iter().flatten() {
                    self.visit_expr(key)?;
                }
                self.visit_exprs(values)
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_exprs(elts)
            }
            ExprKind::JoinedStr(parts) => self.visit_exprs(parts),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::List, &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::Set, &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::Generator, &[elt], generators)
            }
            ExprKind::DictComp(node) => {
                let ast::DictComp {
                    key,
                    value,
                    generators,
                } = &**node;
                self.visit_comprehension(expr, CompKind::Dict, &[key, value], generators)
            }
            ExprKind::Await(value) => {
                self.note_await(line)?;
                self.visit_expr(value)
            }
            ExprKind::Yield(value) => {
                self.note_yield(line)?;
                match value {
                    Some(value) => self.visit_expr(value),
                    None => Ok(()),
                }
            }
            ExprKind::YieldFrom(value) => {
                self.note_yield(line)?;
                if self.cur().is_async {
                    return err("'yield from' inside async function", line);
                }
                self.visit_expr(value)
            }
            ExprKind::Compare(node) => {
                let ast::Compare {
                    left, comparators, ..
                } = &**node;
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call(node) => {
                let ast::Call {
                    func,
                    args,
                    keywords,
                } = &**node;
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for keyword in keywords {
                    self.visit_expr(&keyword.value)?;
                }
                Ok(())
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                match format_spec {
                    Some(spec) => self.visit_expr(spec),
                    None => Ok(()),
                }
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred(value) => self.visit_expr(value),
            ExprKind::Name(name) => {
                self.use_name(name);
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
        }
    }

    /// A comprehension: the outermost iterable belongs to the enclosing scope, the rest
    /// to a new function-like scope whose only parameter is `.0`.
    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        kind: CompKind,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return err("comprehension without a 'for' clause", expr.line);
        };
        self.visit_expr(&first.iter)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let id = self.enter(
            ScopeKind::Comprehension(kind),
            name,
            expr.line,
            node_key(expr),
        );
        self.scopes[id].add_flags(".0", PARAM);
        self.scopes[id].params.push(String::from(".0"));
        if kind == CompKind::Generator {
            self.scopes[id].is_generator = true;
        }
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&generator.iter)?;
            }
            if generator.is_async {
                if kind != CompKind::Generator && !self.in_async_function() {
                    return err(
                        "asynchronous comprehension outside of an asynchronous function",
                        expr.line,
                    );
                }
                self.scopes[id].is_async = true;
            }
            self.visit_target(&generator.target)?;
            self.visit_exprs(&generator.ifs)?;
        }
        for elt in elts {
            self.visit_expr(elt)?;
        }
        self.leave()?;
        // Running an async list/set/dict comprehension awaits it in the enclosing scope.
        if self.scopes[id].is_async && kind != CompKind::Generator {
            self.note_await(expr.line)?;
        }
        Ok(())
    }
}

// ---- second pass: resolution ----

/// Resolve every symbol of scope `id` given the names bound by enclosing function
/// scopes; returns the names this scope needs from outside (its free variables).
fn analyze(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: &HashSet<String>,
    guard: StackGuard,
) -> Result<Vec<String>, SyntaxError> {
    if guard.exhausted() {
        return Err(SyntaxError::too_deep(scopes[id].line));
    }
    let kind = scopes[id].kind;
    for sym in scopes[id].symbols.iter_mut() {
        sym.scope = resolve_symbol(sym, kind, bound)?;
    }
    let child_bound = bound_for_children(&scopes[id], bound);
    let children = scopes[id].children.clone();
    let mut needed: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for child in children {
        for name in analyze(scopes, child, &child_bound, guard)? {
            if seen.insert(name.clone()) {
                needed.push(name);
            }
        }
    }
    let scope = &mut scopes[id];
    for name in needed {
        capture(scope, name);
    }
    finish_slots(scope);
    Ok(scope.freevars.clone())
}

fn resolve_symbol(
    sym: &Symbol,
    kind: ScopeKind,
    bound: &HashSet<String>,
) -> Result<SymScope, SyntaxError> {
    let flags = sym.flags;
    if flags & (DECL_GLOBAL | COMP_GLOBAL) != 0 {
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & (DECL_NONLOCAL | COMP_FREE) != 0 {
        if !bound.contains(&sym.name) {
            return err(
                format!("no binding for nonlocal '{}' found", sym.name),
                sym.decl_line,
            );
        }
        return Ok(SymScope::Free);
    }
    if flags & (ASSIGNED | PARAM) != 0 {
        return Ok(SymScope::Local);
    }
    if kind != ScopeKind::Module && bound.contains(&sym.name) {
        return Ok(SymScope::Free);
    }
    Ok(SymScope::GlobalImplicit)
}

/// [`analyze`] for the module scope of a module compiled a statement at a time: only
/// its symbols new or changed since the last statement are resolved again (resolving
/// all of them after every statement made long modules quadratic to compile).
fn analyze_module(scopes: &mut [Scope], guard: StackGuard) -> Result<(), SyntaxError> {
    let module = &mut scopes[0];
    let mut changed = core::mem::take(&mut module.changed);
    changed.extend(module.resolved..module.symbols.len());
    for &i in &changed {
        let scope = resolve_symbol(&module.symbols[i], ScopeKind::Module, &HashSet::new())?;
        module.symbols[i].scope = scope;
    }
    module.resolved = module.symbols.len();
    changed.clear();
    module.changed = changed;
    // Nested scopes see no binding of the module as theirs (`bound_for_children`).
    let children = core::mem::take(&mut scopes[0].children);
    let bound = HashSet::new();
    for &child in &children {
        for name in analyze(scopes, child, &bound, guard)? {
            // Cannot happen (no name is offered to children as bound); as `analyze`.
            capture(&mut scopes[0], name);
        }
    }
    scopes[0].children = children;
    Ok(())
}

/// Names visible to nested scopes as enclosing-function bindings.
fn bound_for_children(scope: &Scope, bound: &HashSet<String>) -> HashSet<String> {
    match scope.kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => {
            let mut set = bound.clone();
            for sym in &scope.symbols {
                if sym.scope == SymScope::GlobalExplicit {
                    set.remove(&sym.name);
                }
            }
            set.insert(String::from("__class__"));
            set
        }
        _ => {
            let mut set = bound.clone();
            for sym in &scope.symbols {
                match sym.scope {
                    SymScope::Local | SymScope::Cell | SymScope::Free => {
                        set.insert(sym.name.clone());
                    }
                    SymScope::GlobalExplicit => {
                        set.remove(&sym.name);
                    }
                    SymScope::GlobalImplicit => {}
                }
            }
            set
        }
    }
}

/// An inner scope needs `name` from outside this scope.
fn capture(scope: &mut Scope, name: String) {
    if scope.kind == ScopeKind::Class {
        if name == "__class__" {
            scope.needs_class_cell = true;
            if !scope.cellvars.contains(&name) {
                scope.cellvars.push(name);
            }
        } else if !scope.freevars.contains(&name) {
            // Class names are invisible to methods: the name passes through.
            scope.freevars.push(name);
        }
        return;
    }
    match scope.position(&name) {
        Some(i) => {
            let sym = &mut scope.symbols[i];
            match sym.scope {
                SymScope::Local => sym.scope = SymScope::Cell,
                SymScope::Cell | SymScope::Free => {}
                // Cannot happen: such names are not offered to children as bound.
                SymScope::GlobalExplicit | SymScope::GlobalImplicit => sym.scope = SymScope::Free,
            }
        }
        None => {
            let sym = scope.add_flags(&name, 0);
            sym.scope = SymScope::Free;
        }
    }
}

/// Fill `varnames`, `cellvars` and `freevars` from the resolved symbols.
fn finish_slots(scope: &mut Scope) {
    let function_like = scope.kind.is_function_like();
    if function_like {
        scope.varnames = scope.params.clone();
    }
    for sym in &scope.symbols {
        match sym.scope {
            SymScope::Local if function_like && !sym.is_param() => {
                scope.varnames.push(sym.name.clone())
            }
            SymScope::Cell => scope.cellvars.push(sym.name.clone()),
            SymScope::Free => scope.freevars.push(sym.name.clone()),
            _ => {}
        }
    }
    // Free variables come from captures and symbols both: keep the first of each.
    let mut seen: HashSet<String> = HashSet::new();
    scope.freevars.retain(|n| seen.insert(n.clone()));
    // The scope is complete: its tables live on while the statement compiles, without
    // the room they grew into.
    scope.symbols.shrink_to_fit();
    scope.children.shrink_to_fit();
    scope.params.shrink_to_fit();
    scope.varnames.shrink_to_fit();
    scope.cellvars.shrink_to_fit();
    scope.freevars.shrink_to_fit();
    scope.changed = Vec::new();
}
