//! Statement code generation: assignments, control flow, loops, `try`, `with`, imports,
//! and the compile-time unwinding done by `break`, `continue` and `return`.

use alloc::format;
use alloc::string::ToString;
use alloc::vec::Vec;

use super::unit::{Block, Label};
use super::{CResult, Compiler, NameCtx};
use crate::ast;
use crate::ast::*;
use crate::bytecode::{Const, Op};

/// Hidden local that holds a return value while blocks are unwound.
const RETVAL: &str = ".retval";

impl<'a> Compiler<'a> {
    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    fn compile_stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.enter_nested(stmt.line)?;
        self.unit().set_line(stmt.line);
        let result = self.compile_stmt_inner(stmt);
        self.leave_nested();
        result
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> CResult {
        let line = stmt.line;
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.compile_function_def(def, line),
            StmtKind::ClassDef(class) => self.compile_class_def(class, line),
            StmtKind::Return(value) => self.compile_return(value.as_ref(), line),
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.compile_delete(target)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                for _ in 1..targets.len() {
                    self.emit(Op::DupTop);
                }
                for target in targets {
                    self.compile_store(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign(node) => {
                let ast::AugAssign { target, op, value } = &**node;
                self.compile_aug_assign(target, *op, value)
            }
            StmtKind::AnnAssign(node) => {
                let ast::AnnAssign { target, value, .. } = &**node;
                match value {
                    Some(value) => {
                        self.compile_expr(value)?;
                        self.compile_store(target)
                    }
                    None => Ok(()),
                }
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
                    self.compile_async_for(target, iter, body, orelse, line)
                } else {
                    self.compile_for(target, iter, body, orelse, line)
                }
            }
            StmtKind::While(node) => {
                let ast::While { test, body, orelse } = &**node;
                self.compile_while(test, body, orelse)
            }
            StmtKind::If(node) => {
                let ast::If { test, body, orelse } = &**node;
                self.compile_if(test, body, orelse)
            }
            StmtKind::With(node) => {
                let ast::With {
                    items,
                    body,
                    is_async,
                } = &**node;
                self.compile_with(items, body, *is_async, line)
            }
            StmtKind::Raise(node) => {
                let ast::Raise { exc, cause } = &**node;
                self.compile_raise(exc.as_ref(), cause.as_ref())
            }
            StmtKind::Try(node) => {
                let ast::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } = &**node;
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert(node) => {
                let ast::Assert { test, msg } = &**node;
                self.compile_assert(test, msg.as_ref())
            }
            StmtKind::Import(aliases) => self.compile_import(aliases),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(expr) => self.compile_expr_stmt(expr),
            StmtKind::Break => self.compile_break(line),
            StmtKind::Continue => self.compile_continue(line),
        }
    }

    #[inline(never)]
    fn compile_expr_stmt(&mut self, expr: &'a Expr) -> CResult {
        if self.interactive() {
            self.compile_expr(expr)?;
            self.emit(Op::PrintExpr);
            return Ok(());
        }
        if matches!(expr.kind, ExprKind::Constant(_)) {
            return Ok(()); // a docstring-like no-op
        }
        self.compile_expr(expr)?;
        self.emit(Op::Pop);
        Ok(())
    }

    // ---- assignment ----

    pub(super) fn compile_store(&mut self, target: &'a Expr) -> CResult {
        self.unit().set_line(target.line);
        match &target.kind {
            ExprKind::Name(name) => {
                self.name_op(name, NameCtx::Store);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let name = self.attr_name(attr);
                self.emit(Op::StoreAttr(name));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => self.compile_unpack(elts, target.line),
            ExprKind::Starred(_) => Err(SyntaxError::new(
                "starred assignment target must be in a list or tuple",
                target.line,
            )),
            _ => Err(SyntaxError::new(
                format!("cannot assign to {}", describe(target)),
                target.line,
            )),
        }
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], line: Line) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => self.emit(Op::UnpackSequence(elts.len() as u32)),
            [star] => {
                let before = *star;
                let after = elts.len() - star - 1;
                if before > 255 || after > 0xff_ffff {
                    return Err(SyntaxError::new(
                        "too many expressions in star-unpacking assignment",
                        line,
                    ));
                }
                self.emit(Op::UnpackEx((before | (after << 8)) as u32));
            }
            _ => {
                return Err(SyntaxError::new(
                    "multiple starred expressions in assignment",
                    line,
                ))
            }
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred(inner) => self.compile_store(inner)?,
                _ => self.compile_store(elt)?,
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let op = Op::InplaceOp(op as u8 as u32);
        match &target.kind {
            ExprKind::Name(name) => {
                self.name_op(name, NameCtx::Load);
                self.compile_expr(value)?;
                self.emit(op);
                self.name_op(name, NameCtx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                let name = self.attr_name(attr);
                self.compile_expr(obj)?;
                self.emit(Op::DupTop);
                self.emit(Op::LoadAttr(name));
                self.compile_expr(value)?;
                self.emit(op);
                self.emit(Op::RotTwo);
                self.emit(Op::StoreAttr(name));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.emit(Op::DupTop2);
                self.emit(Op::BinarySubscr);
                self.compile_expr(value)?;
                self.emit(op);
                self.emit(Op::RotThree);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(SyntaxError::new(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(target)
                    ),
                    target.line,
                ))
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_delete(&mut self, target: &'a Expr) -> CResult {
        self.unit().set_line(target.line);
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, NameCtx::Delete),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let name = self.attr_name(attr);
                self.emit(Op::DeleteAttr(name));
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for elt in elts {
                    self.compile_delete(elt)?;
                }
            }
            _ => {
                return Err(SyntaxError::new(
                    format!("cannot delete {}", describe(target)),
                    target.line,
                ))
            }
        }
        Ok(())
    }

    // ---- branches and loops ----

    #[inline(never)]
    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.unit().new_label();
        if orelse.is_empty() {
            self.compile_jump_if(test, false, end)?;
            self.compile_body(body)?;
        } else {
            let otherwise = self.unit().new_label();
            self.compile_jump_if(test, false, otherwise)?;
            self.compile_body(body)?;
            self.unit().emit_jump(Op::Jump, end);
            self.unit().bind(otherwise);
            self.compile_body(orelse)?;
        }
        self.unit().bind(end);
        Ok(())
    }

    #[inline(never)]
    fn compile_while(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.unit().new_label();
        let otherwise = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        if self.const_truth(test) != Some(true) {
            self.compile_jump_if(test, false, otherwise)?;
        }
        self.blocks().push(Block::While {
            cont: top,
            brk: end,
        });
        let result = self.compile_body(body);
        self.blocks().pop();
        result?;
        self.unit().emit_jump(Op::Jump, top);
        self.unit().bind(otherwise);
        self.compile_body(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    #[inline(never)]
    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: Line,
    ) -> CResult {
        let top = self.unit().new_label();
        let done = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_expr(iter)?;
        self.emit(Op::GetIter);
        self.unit().bind(top);
        self.unit().set_line(line);
        self.unit().emit_jump(Op::ForIter, done);
        self.compile_store(target)?;
        self.compile_loop_body(
            body,
            Block::For {
                cont: top,
                brk: end,
            },
        )?;
        self.unit().emit_jump(Op::Jump, top);
        self.unit().bind(done);
        self.compile_body(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    #[inline(never)]
    fn compile_async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: Line,
    ) -> CResult {
        let top = self.unit().new_label();
        let stop = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_expr(iter)?;
        self.emit(Op::GetAIter);
        self.unit().bind(top);
        self.unit().set_line(line);
        self.unit().emit_jump(Op::SetupFinally, stop);
        self.emit(Op::GetANext);
        self.emit_await_tail();
        self.emit(Op::PopBlock);
        self.compile_store(target)?;
        self.compile_loop_body(
            body,
            Block::For {
                cont: top,
                brk: end,
            },
        )?;
        self.unit().emit_jump(Op::Jump, top);
        self.unit().bind(stop);
        self.emit(Op::EndAsyncFor);
        self.compile_body(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    fn compile_loop_body(&mut self, body: &'a [Stmt], block: Block<'a>) -> CResult {
        self.blocks().push(block);
        let result = self.compile_body(body);
        self.blocks().pop();
        result
    }

    /// `LoadConst None; YieldFrom`: the tail of every await.
    pub(super) fn emit_await_tail(&mut self) {
        self.load_none();
        self.emit(Op::YieldFrom);
    }

    // ---- leaving blocks ----

    /// The innermost loop block of the current unit and its index.
    fn innermost_loop(&self) -> Option<(usize, Block<'a>)> {
        let blocks = &self.unit_ref().blocks;
        let index = blocks
            .iter()
            .rposition(|b| matches!(b, Block::While { .. } | Block::For { .. }))?;
        Some((index, blocks[index]))
    }

    #[inline(never)]
    fn compile_break(&mut self, line: Line) -> CResult {
        let Some((index, block)) = self.innermost_loop() else {
            return Err(SyntaxError::new("'break' outside loop", line));
        };
        self.unwind_blocks(index + 1)?;
        match block {
            Block::For { brk, .. } => {
                self.emit(Op::Pop);
                self.unit().emit_jump(Op::Jump, brk);
            }
            Block::While { brk, .. } => self.unit().emit_jump(Op::Jump, brk),
            _ => {}
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_continue(&mut self, line: Line) -> CResult {
        let Some((index, block)) = self.innermost_loop() else {
            return Err(SyntaxError::new("'continue' not properly in loop", line));
        };
        self.unwind_blocks(index + 1)?;
        if let Block::For { cont, .. } | Block::While { cont, .. } = block {
            self.unit().emit_jump(Op::Jump, cont);
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_return(&mut self, value: Option<&'a Expr>, line: Line) -> CResult {
        let must_unwind = self
            .unit_ref()
            .blocks
            .iter()
            .any(|b| !matches!(b, Block::While { .. }));
        let constant = match value {
            None => Some(Const::None),
            Some(expr) => self.const_value(expr),
        };
        if !must_unwind || constant.is_some() {
            if must_unwind {
                self.unwind_blocks(0)?;
            }
            match (constant, value) {
                (Some(c), _) => self.load_const(c),
                (None, Some(expr)) => self.compile_expr(expr)?,
                (None, None) => self.load_none(),
            }
            self.unit().set_line(line);
            self.emit(Op::ReturnValue);
            return Ok(());
        }
        if let Some(expr) = value {
            self.compile_expr(expr)?;
        }
        let slot = self.unit().varname(RETVAL);
        self.emit(Op::StoreFast(slot));
        self.unwind_blocks(0)?;
        self.unit().set_line(line);
        self.emit(Op::LoadFast(slot));
        self.emit(Op::ReturnValue);
        Ok(())
    }

    /// Emit the exits of all blocks above `keep`, innermost first. Each exit is compiled
    /// with only the blocks outside it active (a finally body may itself break or return).
    fn unwind_blocks(&mut self, keep: usize) -> CResult {
        let saved = self.blocks().clone();
        let mut result = Ok(());
        while self.blocks().len() > keep {
            let Some(block) = self.blocks().pop() else {
                break;
            };
            result = self.emit_block_exit(block);
            if result.is_err() {
                break;
            }
        }
        *self.blocks() = saved;
        result
    }

    fn emit_block_exit(&mut self, block: Block<'a>) -> CResult {
        match block {
            Block::While { .. } => {}
            Block::For { .. } => self.emit(Op::Pop),
            Block::TryExcept => self.emit(Op::PopBlock),
            Block::TryFinally { finalbody } => {
                self.emit(Op::PopBlock);
                self.compile_body(finalbody)?;
            }
            Block::FinallyHandler => {
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            Block::Handler { name } => {
                self.emit(Op::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
            Block::With { is_async } => {
                self.emit(Op::PopBlock);
                self.emit_with_exit_call(is_async);
            }
        }
        Ok(())
    }

    // ---- exceptions ----

    #[inline(never)]
    fn compile_raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(exc) = exc {
            self.compile_expr(exc)?;
            n = 1;
            if let Some(cause) = cause {
                self.compile_expr(cause)?;
                n = 2;
            }
        }
        self.emit(Op::RaiseVarargs(n));
        Ok(())
    }

    #[inline(never)]
    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let handler = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().emit_jump(Op::SetupFinally, handler);
        self.blocks().push(Block::TryFinally { finalbody });
        let result = if handlers.is_empty() {
            self.compile_body(body)
                .and_then(|_| self.compile_body(orelse))
        } else {
            self.compile_try_except(body, handlers, orelse)
        };
        self.blocks().pop();
        result?;
        self.emit(Op::PopBlock);
        self.compile_body(finalbody)?;
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(handler);
        self.blocks().push(Block::FinallyHandler);
        let result = self.compile_body(finalbody);
        self.blocks().pop();
        result?;
        self.emit(Op::Reraise);
        self.unit().bind(end);
        Ok(())
    }

    #[inline(never)]
    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let dispatch = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().emit_jump(Op::SetupFinally, dispatch);
        self.blocks().push(Block::TryExcept);
        let result = self.compile_body(body);
        self.blocks().pop();
        result?;
        self.emit(Op::PopBlock);
        self.compile_body(orelse)?;
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(dispatch);
        for (i, handler) in handlers.iter().enumerate() {
            if handler.typ.is_none() && i + 1 != handlers.len() {
                return Err(SyntaxError::new(
                    "default 'except:' must be last",
                    handler.line,
                ));
            }
            self.compile_handler(handler, end)?;
        }
        self.emit(Op::Reraise);
        self.unit().bind(end);
        Ok(())
    }

    /// One `except` clause; falls through to the next clause when it does not match.
    fn compile_handler(&mut self, handler: &'a ExceptHandler, end: Label) -> CResult {
        self.unit().set_line(handler.line);
        let next = self.unit().new_label();
        match &handler.typ {
            Some(typ) => {
                self.emit(Op::DupTop);
                self.compile_expr(typ)?;
                self.unit().emit_jump(Op::JumpIfNotExcMatch, next);
                match &handler.name {
                    Some(name) => self.name_op(name, NameCtx::Store),
                    None => self.emit(Op::Pop),
                }
            }
            None => self.emit(Op::Pop),
        }
        let name = handler.name.as_deref().filter(|_| handler.typ.is_some());
        self.blocks().push(Block::Handler { name });
        let result = self.compile_body(&handler.body);
        self.blocks().pop();
        result?;
        self.emit(Op::PopExcept);
        if let Some(name) = name {
            self.clear_handler_name(name);
        }
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(next);
        Ok(())
    }

    /// `LoadConst None; Store n; Delete n` after an `except ... as n` clause.
    fn clear_handler_name(&mut self, name: &str) {
        self.load_none();
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Delete);
    }

    #[inline(never)]
    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.unit().new_label();
        self.compile_jump_if(test, true, end)?;
        self.emit(Op::LoadAssertionError);
        if let Some(msg) = msg {
            self.compile_expr(msg)?;
            self.emit(Op::CallFunction(1));
        }
        self.emit(Op::RaiseVarargs(1));
        self.unit().bind(end);
        Ok(())
    }

    // ---- with ----

    #[inline(never)]
    fn compile_with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        line: Line,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        self.enter_nested(line)?;
        let result = self.compile_with_item(item, rest, body, is_async, line);
        self.leave_nested();
        result
    }

    fn compile_with_item(
        &mut self,
        item: &'a WithItem,
        rest: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        line: Line,
    ) -> CResult {
        let handler = self.unit().new_label();
        let suppress = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_expr(&item.context_expr)?;
        self.unit().set_line(line);
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit(Op::GetAwaitable);
            self.emit_await_tail();
        } else {
            self.emit(Op::BeforeWith);
        }
        self.unit().emit_jump(Op::SetupFinally, handler);
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Op::Pop),
        }
        self.blocks().push(Block::With { is_async });
        let result = self.compile_with(rest, body, is_async, line);
        self.blocks().pop();
        result?;
        self.emit(Op::PopBlock);
        self.unit().set_line(line);
        self.emit_with_exit_call(is_async);
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(handler);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit(Op::GetAwaitable);
            self.emit_await_tail();
        }
        self.unit().emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.unit().bind(suppress);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.unit().bind(end);
        Ok(())
    }

    /// `exit(None, None, None)` with the exit callable on top of the stack; result dropped.
    fn emit_with_exit_call(&mut self, is_async: bool) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Op::CallFunction(3));
        if is_async {
            self.emit(Op::GetAwaitable);
            self.emit_await_tail();
        }
        self.emit(Op::Pop);
    }

    // ---- imports ----

    #[inline(never)]
    fn compile_import(&mut self, aliases: &'a [Alias]) -> CResult {
        for alias in aliases {
            self.emit(Op::LoadInt(0));
            self.load_none();
            let module = self.unit().add_name(&alias.name);
            self.emit(Op::ImportName(module));
            match &alias.asname {
                Some(asname) => {
                    for part in alias.name.split('.').skip(1) {
                        let attr = self.unit().add_name(part);
                        self.emit(Op::ImportFrom(attr));
                        self.emit(Op::RotTwo);
                        self.emit(Op::Pop);
                    }
                    self.name_op(asname, NameCtx::Store);
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or("");
                    self.name_op(top, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.emit(Op::LoadInt(level.min(i32::MAX as u32) as i32));
        let fromlist = names
            .iter()
            .map(|alias| Const::Str(alias.name.clone().into()))
            .collect::<Vec<_>>();
        self.load_const(Const::Tuple(fromlist.into()));
        let module = self.unit().add_name(module.unwrap_or(""));
        self.emit(Op::ImportName(module));
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Op::ImportStar);
            return Ok(());
        }
        for alias in names {
            let name = self.unit().add_name(&alias.name);
            self.emit(Op::ImportFrom(name));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
            self.name_op(&bound, NameCtx::Store);
        }
        self.emit(Op::Pop);
        Ok(())
    }
}

/// A short description of an expression for "cannot assign to ..." messages.
pub(super) fn describe(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Call(_) => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "Ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "operator",
        ExprKind::BoolOp { .. } => "operator",
        ExprKind::Compare(_) => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict(_) => "dict display",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp(_) => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
    }
}
