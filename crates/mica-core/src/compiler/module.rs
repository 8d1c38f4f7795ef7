//! Compiling a module source one top-level statement at a time.
//!
//! [`compile_source`] lexes, parses, analyses and emits one top-level statement, then
//! drops its tokens, syntax tree and scope tables before reading the next, so the
//! compiler's working memory is that of the largest statement plus the module code
//! object (which only grows). Errors are still those of the whole-module pipeline
//! ([`super::compile_with`] after [`crate::parser::parse_with`]): nothing is run before
//! the whole source has compiled, and when several statements are wrong the error
//! reported is the one the whole-module passes would have found first (see [`Stage`]).

use alloc::string::{String, ToString};

use super::{docstring, Compiler, Mode, NameCtx};
use crate::ast::{Stmt, SyntaxError};
use crate::bytecode::{CodeFlags, CodeInfo, CodeObject, Const, Op};
use crate::stackguard::StackGuard;
use crate::symtable::{self, Pass, Scope};
use crate::{lexer, parser};

use super::unit::Unit;

/// The passes of the whole-module pipeline after parsing, in order (parsing always
/// runs, and its errors come out of `next_statement` at once). Each runs over the whole module
/// before the next, so an error of an earlier pass outranks one of a later pass found
/// in an earlier statement: once a statement failed at some stage, the later
/// statements go only through the stages before it, and an error they find there
/// replaces the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// The symbol table's first pass.
    Record,
    /// The symbol table's second pass.
    Resolve,
    /// Code generation.
    Emit,
    /// No error yet.
    Done,
}

/// Compile `source` in `mode`. An `Exec` source (a module, `exec`, `compile(...,
/// 'exec')`) is compiled one top-level statement at a time, and each statement may
/// have at most `max_tokens` tokens; `Eval` and `Single` sources (one expression or
/// one REPL statement) are compiled whole, with at most `max_tokens` tokens.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
    max_tokens: usize,
    guard: StackGuard,
) -> Result<CodeObject, SyntaxError> {
    let pmode = match mode {
        Mode::Exec => parser::Mode::Exec,
        Mode::Eval => parser::Mode::Eval,
        Mode::Single => parser::Mode::Single,
    };
    if mode != Mode::Exec {
        let module = parser::parse_with(source, pmode, max_tokens, guard)?;
        return super::compile_with(&module, filename, mode, optimize, guard);
    }
    let normalized;
    let source = if source.contains('\r') {
        normalized = lexer::normalize_newlines(source);
        normalized.as_str()
    } else {
        source
    };
    // Both on the heap: the parser and the compiler recurse below this frame, and the
    // native stack guard counts what it holds.
    let mut statements = alloc::boxed::Box::new(parser::Statements::new(source, max_tokens, guard));
    let mut module = alloc::boxed::Box::new(ModuleCompiler::new(filename, optimize, guard));
    let mut failed: Option<(Stage, SyntaxError)> = None;
    while let Some(body) = statements.next_statement()? {
        let until = failed.as_ref().map_or(Stage::Done, |(stage, _)| *stage);
        if let Err(found) = module.add(&body, until) {
            failed = Some(found);
        }
    }
    match failed {
        Some((_, err)) => Err(err),
        None => Ok(module.finish()),
    }
}

/// The module code object under construction and what carries from one top-level
/// statement to the next: the module scope's names and the name and constant tables.
struct ModuleCompiler {
    unit: Option<Unit<'static>>,
    scope: Scope,
    filename: String,
    optimize: u8,
    guard: StackGuard,
    first: bool,
}

impl ModuleCompiler {
    fn new(filename: &str, optimize: u8, guard: StackGuard) -> Self {
        let code = CodeObject::new(CodeInfo {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: filename.to_string().into(),
            first_line: 1,
            flags: CodeFlags(CodeFlags::MODULE),
            ..CodeInfo::default()
        });
        let mut unit = Unit::new(0, code);
        unit.set_line(1);
        ModuleCompiler {
            unit: Some(unit),
            scope: symtable::module_scope(),
            filename: filename.to_string(),
            optimize,
            guard,
            first: true,
        }
    }

    /// Run the stages before `until` on one top-level statement (emitting its code
    /// when `until` is `Done`); the error and the stage that found it.
    #[inline(never)]
    fn add(&mut self, body: &[Stmt], until: Stage) -> Result<(), (Stage, SyntaxError)> {
        let first = core::mem::replace(&mut self.first, false);
        if until <= Stage::Record {
            return Ok(());
        }
        let resolve = until > Stage::Resolve;
        let table = symtable::build_statement(&mut self.scope, body, self.guard, resolve).map_err(
            |(err, pass)| match pass {
                Pass::Record => (Stage::Record, err),
                Pass::Resolve => (Stage::Resolve, err),
            },
        )?;
        if !resolve {
            // The first pass gave the module scope back already.
            return Ok(());
        }
        if until <= Stage::Emit {
            let mut table = table;
            self.scope = table.take_module();
            return Ok(());
        }
        let Some(unit) = self.unit.take() else {
            return Ok(());
        };
        let mut compiler = Compiler {
            table,
            filename: core::mem::take(&mut self.filename),
            mode: Mode::Exec,
            optimize: self.optimize,
            units: alloc::vec![unit.rebind()],
            depth: 0,
            guard: self.guard,
        };
        let result = compiler.statement(body, first);
        // On an error nested units may still be open: the module's is the first.
        compiler.units.truncate(1);
        let mut unit = compiler.units.pop();
        if let Some(unit) = &mut unit {
            if result.is_ok() {
                unit.resolve_jumps();
            }
        }
        self.unit = unit.map(Unit::rebind);
        self.filename = compiler.filename;
        self.scope = compiler.table.take_module();
        result.map_err(|err| (Stage::Emit, err))
    }

    fn finish(self) -> CodeObject {
        let Some(mut unit) = self.unit else {
            return CodeObject::default();
        };
        let none = unit.add_const(Const::None);
        unit.emit(Op::LoadConst(none));
        unit.emit(Op::ReturnValue);
        unit.finish()
    }
}

impl<'a> Compiler<'a> {
    /// One top-level statement into the module's unit (the first one may be the
    /// module's docstring).
    fn statement(&mut self, body: &'a [Stmt], first: bool) -> super::CResult {
        let mut body = body;
        if first {
            if let Some(doc) = docstring(body) {
                self.unit().set_line(body[0].line);
                self.load_const(Const::Str(doc.to_string().into()));
                self.name_op("__doc__", NameCtx::Store);
                body = &body[1..];
            }
        }
        self.compile_body(body)
    }
}
