//! The compiler: turns an analysed AST into [`CodeObject`]s.
//!
//! [`compile`] runs scope analysis ([`crate::symtable`]) and then walks the AST, one
//! [`unit::Unit`] (code object under construction) per scope. Statements live in
//! `compiler/stmt.rs`, expressions in `compiler/expr.rs`; this file owns the driver,
//! name resolution and the creation of function, class and comprehension code objects.
//! The emitted patterns are the ones documented in [`crate::bytecode`].
//!
//! Choices not dictated by `bytecode.rs` (CPython 3.9 behaviour unless noted):
//! - `return` that leaves blocks stores its value in the hidden local `.retval` first,
//!   unwinds, then `LoadFast .retval; ReturnValue`. Without blocks to leave, the value
//!   is returned directly.
//! - Leaving an `except E as n` body through `break`/`continue`/`return` also clears `n`
//!   (`LoadConst None; Store n; Delete n`), as the normal path does.
//! - `import a.b.c as d` uses `ImportName` then `ImportFrom b; RotTwo; Pop; ImportFrom c;
//!   RotTwo; Pop`. The level operand of imports is pushed with `LoadInt`.
//! - Async comprehensions (list/set/dict) are called and then awaited (`GetAwaitable;
//!   LoadConst None; YieldFrom`); their code is `COROUTINE`. Async generator expressions
//!   are `ASYNC_GENERATOR` code and are not awaited. A comprehension whose first `for` is
//!   `async` gets its argument through `GetAIter` instead of `GetIter`.
//! - The comprehension result (list/set/dict) is built inside the comprehension code;
//!   `ListAppend`/`SetAdd`/`MapAdd` operands count the loop iterators above it plus one.
//! - Keyword arguments with `*`/`**`: the kwargs dict starts as `BuildMap(n)` of the
//!   leading plain keywords (or `BuildMap(0)`), then each `**m` and each later group of
//!   plain keywords is merged with `DictMerge(1)` (so duplicates raise TypeError).
//! - Private names (`__x` in a class) are mangled to `_C__x`, as CPython does.
//! - In `Single` mode every expression statement of the module scope (also inside `if`,
//!   `for`...) ends with `PrintExpr`, as CPython's interactive mode does.
//! - Tuples of constants are folded into one `Const::Tuple`; `-` on a numeric constant is
//!   folded; `__debug__` is a constant; `if`/`while` on a constant test drop the test.
//! - Code object `first_line` is the `def`/`class`/`lambda` line (not the decorator's).
//! - `with`: the pattern is emitted exactly as documented (`BeforeWith; SetupFinally(X);
//!   Store T`). Note for the VM: the doc says the stack at `X` is `[exit, exc]`, so the
//!   `SetupFinally` that follows `BeforeWith` must record the depth *below* the
//!   `__enter__` result (as CPython 3.9's `SETUP_WITH` does), not the full depth.
//! - `ListAppend(i)`/`SetAdd(i)`/`MapAdd(i)`/`ListExtend(i)`... count like CPython's
//!   `PEEK(i)` after popping the operands: `i == 1` means the container is on top.
//! - `from . import x` imports module name `""` with level 1; every import pushes the
//!   level (`LoadInt`) and the fromlist (`None`, or a tuple of str constants).
//! - Statements that are a bare constant (docstrings, `...`) emit no code.
//! - Comprehension parameters are named `.0`; the hidden return-value local `.retval`.
//! - `del` of a name bound to `__debug__` reports "cannot assign to __debug__".
//! - No instruction was added to [`Op`].
//! - Function code objects get `doc` from a leading string statement; class bodies store it
//!   in `__doc__`; modules (Exec mode only) `StoreName __doc__`.

mod expr;
mod module;
#[cfg(test)]
mod source_tests;
mod stmt;
#[cfg(test)]
mod tests;
mod unit;

use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::ast::*;
use crate::bytecode::{CodeFlags, CodeInfo, CodeObject, Const, Op, Table, Text};
use crate::stackguard::StackGuard;
use crate::symtable::{self, ScopeId, ScopeKind, SymScope, SymbolTable, MAX_DEPTH};
use unit::{Block, Unit};

pub use crate::disasm::disassemble;
pub use module::compile_source;

/// What kind of source is being compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string: returns None.
    Exec,
    /// A single expression (`eval`): returns its value.
    Eval,
    /// One REPL input: like `Exec`, but expression statements print their value.
    Single,
}

/// Compile a parsed module into its top-level code object, allowing
/// [`crate::stackguard::DEFAULT_BUDGET`] bytes of native stack below the caller.
pub fn compile(
    module: &Module,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<CodeObject, SyntaxError> {
    let guard = StackGuard::below_here(crate::stackguard::DEFAULT_BUDGET);
    compile_with(module, filename, mode, optimize, guard)
}

/// Compile a parsed module into its top-level code object; nesting deeper than
/// `guard` allows is a [`SyntaxError::too_deep`] error.
pub fn compile_with(
    module: &Module,
    filename: &str,
    mode: Mode,
    optimize: u8,
    guard: StackGuard,
) -> Result<CodeObject, SyntaxError> {
    let table = symtable::build_with(module, guard)?;
    let mut compiler = Compiler {
        table,
        filename: filename.to_string(),
        mode,
        optimize,
        units: Vec::new(),
        depth: 0,
        guard,
    };
    compiler.compile_module(module)
}

type CResult<T = ()> = Result<T, SyntaxError>;

/// How a name is accessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Delete,
}

/// The body of a function-like code object.
enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Lambda(&'a Expr),
}

struct Compiler<'a> {
    table: SymbolTable,
    filename: String,
    mode: Mode,
    optimize: u8,
    units: Vec<Unit<'a>>,
    depth: u32,
    guard: StackGuard,
}

/// Names of a scope as a code object's table.
fn texts(names: &[String]) -> Table<Text> {
    names.iter().map(|n| Text::from(n.clone())).collect()
}

fn internal_error<T>(what: &str, line: Line) -> CResult<T> {
    Err(SyntaxError::new(
        format!("internal compiler error: {}", what),
        line,
    ))
}

/// The docstring of a body: a leading string-constant expression statement.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    // ---- the current unit ----

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn emit(&mut self, op: Op) {
        self.unit().emit(op);
    }

    fn mangle(&self, name: &str) -> String {
        self.table.scopes[self.unit_ref().scope].mangle(name)
    }

    fn load_const(&mut self, value: Const) {
        if let Const::Int(i) = value {
            if let Ok(small) = i32::try_from(i) {
                self.emit(Op::LoadInt(small));
                return;
            }
        }
        let i = self.unit().add_const(value);
        self.emit(Op::LoadConst(i));
    }

    fn load_none(&mut self) {
        self.load_const(Const::None);
    }

    /// Guard against runaway recursion on pathological ASTs.
    fn enter_nested(&mut self, line: Line) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.guard.exhausted() {
            return Err(SyntaxError::too_deep(line));
        }
        if self.guard.memory_low() {
            return Err(SyntaxError::new(crate::lexer::TOO_MANY_TOKENS, line));
        }
        Ok(())
    }

    fn leave_nested(&mut self) {
        self.depth -= 1;
    }

    // ---- names ----

    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        if name == "__debug__" && ctx == NameCtx::Load {
            let value = if self.optimize > 0 {
                Const::False
            } else {
                Const::True
            };
            self.load_const(value);
            return;
        }
        let mangled = self.mangle(name);
        let scope = &self.table.scopes[self.unit_ref().scope];
        let sym = scope.lookup(&mangled).map(|s| s.scope);
        let op = match scope.kind {
            ScopeKind::Module => match sym {
                Some(SymScope::GlobalExplicit) => self.global_op(&mangled, ctx),
                _ => self.dict_op(&mangled, ctx),
            },
            ScopeKind::Class => match sym {
                Some(SymScope::GlobalExplicit) => self.global_op(&mangled, ctx),
                Some(SymScope::Free) => self.deref_op(&mangled, ctx, true),
                _ => self.dict_op(&mangled, ctx),
            },
            _ => match sym {
                Some(SymScope::Local) => {
                    let slot = self.unit().varname(&mangled);
                    match ctx {
                        NameCtx::Load => Op::LoadFast(slot),
                        NameCtx::Store => Op::StoreFast(slot),
                        NameCtx::Delete => Op::DeleteFast(slot),
                    }
                }
                Some(SymScope::Cell) | Some(SymScope::Free) => self.deref_op(&mangled, ctx, false),
                _ => self.global_op(&mangled, ctx),
            },
        };
        self.emit(op);
    }

    fn global_op(&mut self, name: &str, ctx: NameCtx) -> Op {
        let i = self.unit().add_name(name);
        match ctx {
            NameCtx::Load => Op::LoadGlobal(i),
            NameCtx::Store => Op::StoreGlobal(i),
            NameCtx::Delete => Op::DeleteGlobal(i),
        }
    }

    fn dict_op(&mut self, name: &str, ctx: NameCtx) -> Op {
        let i = self.unit().add_name(name);
        match ctx {
            NameCtx::Load => Op::LoadName(i),
            NameCtx::Store => Op::StoreName(i),
            NameCtx::Delete => Op::DeleteName(i),
        }
    }

    fn deref_op(&mut self, name: &str, ctx: NameCtx, in_class: bool) -> Op {
        let Some(i) = self.unit_ref().deref(name) else {
            // Unreachable with a consistent symbol table; degrade to a global access.
            return self.global_op(name, ctx);
        };
        match ctx {
            NameCtx::Load if in_class => Op::LoadClassDeref(i),
            NameCtx::Load => Op::LoadDeref(i),
            NameCtx::Store => Op::StoreDeref(i),
            NameCtx::Delete => Op::DeleteDeref(i),
        }
    }

    // ---- units ----

    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        let scope = &self.table.scopes[parent.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.code.qualname, name),
            _ => {
                let global = scope
                    .lookup(&scope.mangle(name))
                    .is_some_and(|s| s.scope == SymScope::GlobalExplicit);
                if global {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", parent.code.qualname, name)
                }
            }
        }
    }

    fn push_unit(&mut self, scope: ScopeId, name: &str, line: Line) {
        let info = &self.table.scopes[scope];
        let code = CodeObject::new(CodeInfo {
            name: name.to_string().into(),
            qualname: self.qualname_for(name).into(),
            filename: self.filename.clone().into(),
            first_line: line,
            varnames: texts(&info.varnames),
            cellvars: texts(&info.cellvars),
            freevars: texts(&info.freevars),
            ..CodeInfo::default()
        });
        let mut unit = Unit::new(scope, code);
        unit.set_line(line);
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a unit is open");
        unit.finish()
    }

    fn scope_for<T>(&self, node: &T, line: Line) -> CResult<ScopeId> {
        match self.table.scope_of(node) {
            Some(id) => Ok(id),
            None => internal_error("scope missing from the symbol table", line),
        }
    }

    fn compile_module(&mut self, module: &'a Module) -> CResult<CodeObject> {
        self.push_unit(0, "<module>", 1);
        self.unit().code.qualname = "<module>".into();
        self.unit().code.flags = CodeFlags(CodeFlags::MODULE);
        match self.mode {
            Mode::Eval => match module.body.as_slice() {
                [Stmt {
                    kind: StmtKind::Expr(expr),
                    ..
                }] => {
                    self.compile_expr(expr)?;
                    self.emit(Op::ReturnValue);
                }
                _ => {
                    let line = module.body.first().map_or(1, |s| s.line);
                    return Err(SyntaxError::new("invalid syntax", line));
                }
            },
            Mode::Exec | Mode::Single => {
                let mut body = module.body.as_slice();
                if self.mode == Mode::Exec {
                    if let Some(doc) = docstring(body) {
                        self.unit().set_line(body[0].line);
                        self.load_const(Const::Str(doc.to_string().into()));
                        self.name_op("__doc__", NameCtx::Store);
                        body = &body[1..];
                    }
                }
                self.compile_body(body)?;
                self.load_none();
                self.emit(Op::ReturnValue);
            }
        }
        Ok(self.pop_unit())
    }

    /// Push a function object for `code` (closure tuple first when it has free
    /// variables). `flags` already holds the defaults bits.
    fn make_function(&mut self, code: CodeObject, mut flags: u32, line: Line) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let Some(i) = self.unit_ref().deref(name) else {
                    return internal_error("free variable without a cell", line);
                };
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Const::Code(Rc::new(code).into()));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// Evaluate positional defaults (a tuple) and keyword-only defaults (a dict);
    /// returns the matching `MakeFunction` flag bits.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for default in &args.defaults {
                self.compile_expr(default)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= 0x01;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let name = self.mangle(&arg.name);
                self.load_const(Const::Str(name.into()));
                self.compile_expr(default)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Compile the code object of a `def` or `lambda`.
    fn compile_function_code(
        &mut self,
        scope: ScopeId,
        name: &str,
        line: Line,
        args: &'a Arguments,
        body: FnBody<'a>,
    ) -> CResult<CodeObject> {
        self.push_unit(scope, name, line);
        let mut flags = self.generator_flags(scope);
        if args.vararg.is_some() {
            flags |= CodeFlags::VARARGS;
        }
        if args.kwarg.is_some() {
            flags |= CodeFlags::VARKEYWORDS;
        }
        {
            let code = &mut self.unit().code;
            code.flags = CodeFlags(flags);
            code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            code.posonlyargcount = args.posonlyargs.len() as u32;
            code.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        self.copy_params_to_cells(scope);
        match body {
            FnBody::Stmts(stmts) => {
                let mut stmts = stmts;
                if let Some(doc) = docstring(stmts) {
                    self.unit().code.doc = Some(doc.to_string().into());
                    stmts = &stmts[1..];
                }
                self.compile_body(stmts)?;
                // The implicit `return None`, unless the body cannot reach its end.
                if self.unit_ref().falls_through() {
                    self.load_none();
                    self.emit(Op::ReturnValue);
                }
            }
            FnBody::Lambda(expr) => {
                self.compile_expr(expr)?;
                self.emit(Op::ReturnValue);
            }
        }
        Ok(self.pop_unit())
    }

    fn generator_flags(&self, scope: ScopeId) -> u32 {
        let info = &self.table.scopes[scope];
        match (info.is_async, info.is_generator) {
            (true, true) => CodeFlags::ASYNC_GENERATOR,
            (true, false) => CodeFlags::COROUTINE,
            (false, true) => CodeFlags::GENERATOR,
            (false, false) => 0,
        }
    }

    /// A parameter captured by an inner scope moves into its cell on entry.
    fn copy_params_to_cells(&mut self, scope: ScopeId) {
        let params = self.table.scopes[scope].params.clone();
        for (slot, name) in params.iter().enumerate() {
            if let Some(cell) = self.unit_ref().code.cellvars.iter().position(|c| c == name) {
                self.emit(Op::LoadFast(slot as u32));
                self.emit(Op::StoreDeref(cell as u32));
            }
        }
    }

    #[inline(never)]
    fn compile_function_def(&mut self, def: &'a FunctionDef, line: Line) -> CResult {
        for decorator in &def.decorators {
            self.compile_expr(decorator)?;
        }
        let flags = self.compile_defaults(&def.args)?;
        let scope = self.scope_for(def, line)?;
        let code = self.compile_function_code(
            scope,
            &def.name,
            line,
            &def.args,
            FnBody::Stmts(&def.body),
        )?;
        self.unit().set_line(line);
        self.make_function(code, flags, line)?;
        for _ in &def.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.name_op(&def.name, NameCtx::Store);
        Ok(())
    }

    #[inline(never)]
    fn compile_lambda(&mut self, expr: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.compile_defaults(args)?;
        let scope = self.scope_for(expr, expr.line)?;
        let code =
            self.compile_function_code(scope, "<lambda>", expr.line, args, FnBody::Lambda(body))?;
        self.make_function(code, flags, expr.line)
    }

    #[inline(never)]
    fn compile_class_def(&mut self, class: &'a ClassDef, line: Line) -> CResult {
        for decorator in &class.decorators {
            self.compile_expr(decorator)?;
        }
        let scope = self.scope_for(class, line)?;
        let code = self.compile_class_body(scope, class, line)?;
        self.unit().set_line(line);
        self.emit(Op::LoadBuildClass);
        self.make_function(code, 0, line)?;
        self.load_const(Const::Str(class.name.clone().into()));
        self.compile_call_tail(2, &class.bases, &class.keywords, line)?;
        for _ in &class.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.name_op(&class.name, NameCtx::Store);
        Ok(())
    }

    fn compile_class_body(
        &mut self,
        scope: ScopeId,
        class: &'a ClassDef,
        line: Line,
    ) -> CResult<CodeObject> {
        self.push_unit(scope, &class.name, line);
        self.unit().code.flags = CodeFlags(CodeFlags::CLASS_BODY);
        let module_name = self.unit().add_name("__name__");
        self.emit(Op::LoadName(module_name));
        let module_slot = self.unit().add_name("__module__");
        self.emit(Op::StoreName(module_slot));
        let qualname = self.unit_ref().code.qualname.clone();
        self.load_const(Const::Str(qualname));
        let qualname_slot = self.unit().add_name("__qualname__");
        self.emit(Op::StoreName(qualname_slot));
        let mut body = class.body.as_slice();
        if let Some(doc) = docstring(body) {
            self.load_const(Const::Str(doc.to_string().into()));
            let doc_slot = self.unit().add_name("__doc__");
            self.emit(Op::StoreName(doc_slot));
            body = &body[1..];
        }
        self.compile_body(body)?;
        if self.table.scopes[scope].needs_class_cell {
            match self.unit_ref().deref("__class__") {
                Some(cell) => self.emit(Op::LoadClosure(cell)),
                None => return internal_error("missing __class__ cell", line),
            }
        } else {
            self.load_none();
        }
        self.emit(Op::ReturnValue);
        Ok(self.pop_unit())
    }

    /// Whether the current unit is the module of a REPL input (expression statements print).
    fn interactive(&self) -> bool {
        self.mode == Mode::Single && self.units.len() == 1
    }

    /// The current unit's blocks (for unwinding).
    fn blocks(&mut self) -> &mut Vec<Block<'a>> {
        &mut self.unit().blocks
    }
}
