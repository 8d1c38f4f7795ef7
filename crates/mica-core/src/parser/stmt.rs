//! Statements: simple statements, compound statements and indented blocks.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::target::{check_aug_target, check_del_target, check_store_target, TargetCtx};
use super::{PResult, Parser};
use crate::ast::{
    self, Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Line, Stmt, StmtKind,
    SyntaxError, WithItem,
};
use crate::lexer::{Kw, Op, Tok};

fn stmt(line: Line, kind: StmtKind) -> Stmt {
    Stmt { line, kind }
}

impl Parser<'_> {
    /// One statement (compound, or a line of simple statements), appended to `out`.
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        // Blocks nest through here: the statement kinds are separate functions so
        // that only the one parsed takes stack.
        let compound = matches!(
            self.tok(),
            Tok::Kw(
                Kw::Def | Kw::Class | Kw::If | Kw::While | Kw::For | Kw::Try | Kw::With | Kw::Async
            ) | Tok::Op(Op::At)
        );
        if !compound {
            return self.simple_statements(out);
        }
        let s = self.compound_statement()?;
        out.push(s);
        Ok(())
    }

    #[inline(never)]
    fn compound_statement(&mut self) -> PResult<Stmt> {
        match self.tok() {
            Tok::Kw(Kw::Def) => self.function_def(Vec::new(), false),
            Tok::Kw(Kw::Class) => self.class_def(Vec::new()),
            Tok::Kw(Kw::If) => self.if_statement(),
            Tok::Kw(Kw::While) => self.while_statement(),
            Tok::Kw(Kw::For) => self.for_statement(false),
            Tok::Kw(Kw::Try) => self.try_statement(),
            Tok::Kw(Kw::With) => self.with_statement(false),
            Tok::Op(Op::At) => self.decorated(),
            _ => self.async_statement(),
        }
    }

    /// `:` then either an indented block or simple statements on the same line.
    fn block(&mut self, what: &str, header_line: Line) -> PResult<Vec<Stmt>> {
        self.expect_op(Op::Colon, "expected ':'")?;
        let mut body = Vec::new();
        if !matches!(self.tok(), Tok::Newline) {
            self.simple_statements(&mut body)?;
            body.shrink_to_fit();
            return Ok(body);
        }
        self.bump();
        if !matches!(self.tok(), Tok::Indent) {
            let mut err = self.error_here(&format!(
                "expected an indented block after {what} on line {header_line}"
            ));
            if !matches!(self.tok(), Tok::Error(_)) {
                err.indentation = true;
            }
            return Err(err);
        }
        self.bump();
        self.enter()?;
        loop {
            self.statement(&mut body)?;
            if matches!(self.tok(), Tok::Dedent) {
                self.bump();
                break;
            }
            if matches!(self.tok(), Tok::EndMarker) {
                break;
            }
        }
        self.leave();
        // A body is kept until its whole top-level statement has compiled: no spare room.
        body.shrink_to_fit();
        Ok(body)
    }

    // ----- simple statements -----

    #[inline(never)]
    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_statement()?);
            if self.eat_op(Op::Semi) {
                if matches!(self.tok(), Tok::Newline) {
                    self.bump();
                    return Ok(());
                }
                continue;
            }
            if matches!(self.tok(), Tok::Newline) {
                self.bump();
                return Ok(());
            }
            return Err(self.statement_end_error(out.last()));
        }
    }

    /// The error for a simple statement followed by junk, with CPython's hint for
    /// Python 2 style `print x`.
    fn statement_end_error(&self, last: Option<&Stmt>) -> SyntaxError {
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Name(name),
                    ..
                }),
            ..
        }) = last
        {
            if (&**name == "print" || &**name == "exec") && self.starts_expression() {
                let mut err = self.error_at(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    self.line(),
                );
                err.col = 0;
                return err;
            }
        }
        self.invalid_syntax()
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let Tok::Kw(kw) = *self.tok() else {
            return self.expression_statement();
        };
        let kind = match kw {
            Kw::Pass => {
                self.bump();
                StmtKind::Pass
            }
            Kw::Break => {
                self.bump();
                StmtKind::Break
            }
            Kw::Continue => {
                self.bump();
                StmtKind::Continue
            }
            Kw::Return => {
                self.bump();
                let value = if self.at_statement_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(value)
            }
            Kw::Raise => self.raise_statement()?,
            Kw::Global | Kw::Nonlocal => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    names.push(self.expect_name()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                if kw == Kw::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Kw::Del => self.del_statement()?,
            Kw::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert(Box::new(ast::Assert { test, msg }))
            }
            Kw::Import => self.import_statement()?,
            Kw::From => self.import_from_statement()?,
            _ => return self.expression_statement(),
        };
        Ok(stmt(line, kind))
    }

    fn at_statement_end(&self) -> bool {
        matches!(
            self.tok(),
            Tok::Newline | Tok::EndMarker | Tok::Op(Op::Semi)
        )
    }

    fn raise_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.at_statement_end() {
            return Ok(StmtKind::Raise(Box::new(ast::Raise {
                exc: None,
                cause: None,
            })));
        }
        let exc = Some(self.expression()?);
        let cause = if self.eat_kw(Kw::From) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(StmtKind::Raise(Box::new(ast::Raise { exc, cause })))
    }

    fn del_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let target = self.star_expression()?;
            check_del_target(&target).map_err(|e| self.target_error(e))?;
            targets.push(target);
            if !self.eat_op(Op::Comma) || self.at_statement_end() {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?);
        }
        Ok(name)
    }

    fn as_name(&mut self) -> PResult<Option<String>> {
        if self.eat_kw(Kw::As) {
            Ok(Some(self.expect_name()?))
        } else {
            Ok(None)
        }
    }

    fn import_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    fn import_from_statement(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level = level.saturating_add(1);
            } else if self.eat_op(Op::Ellipsis) {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if level > 0 && self.is_kw(Kw::Import) {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw(Kw::Import, "invalid syntax")?;
        let names = self.import_names()?;
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn import_names(&mut self) -> PResult<Vec<Alias>> {
        if self.eat_op(Op::Star) {
            return Ok(alloc::vec![Alias {
                name: String::from("*"),
                asname: None,
            }]);
        }
        let parens = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        loop {
            let name = self.expect_name()?;
            let asname = self.as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if parens && self.is_op(Op::RPar) {
                break;
            }
            if !parens && self.at_statement_end() {
                return Err(
                    self.error_here("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if parens {
            self.expect_op(Op::RPar, "invalid syntax")?;
        }
        Ok(names)
    }

    /// Expression statements and all assignment forms.
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let parenthesized = self.is_op(Op::LPar);
        let first = self.yield_or_star_expressions()?;
        if self.eat_op(Op::Colon) {
            return self.annotated_assignment(line, first, parenthesized);
        }
        if let Some(op) = self.augmented_op() {
            check_aug_target(&first).map_err(|e| self.target_error(e))?;
            self.bump();
            let value = self.yield_or_star_expressions()?;
            return Ok(stmt(
                line,
                StmtKind::AugAssign(Box::new(ast::AugAssign {
                    target: first,
                    op,
                    value,
                })),
            ));
        }
        if !self.is_op(Op::Equal) {
            return Ok(stmt(line, StmtKind::Expr(first)));
        }
        let mut targets = alloc::vec![first];
        let mut value;
        loop {
            self.bump();
            value = self.yield_or_star_expressions()?;
            if !self.is_op(Op::Equal) {
                break;
            }
            targets.push(value);
        }
        let single = targets.len() == 1;
        for target in &targets {
            check_store_target(target, TargetCtx::Assign { single })
                .map_err(|e| self.target_error(e))?;
        }
        Ok(stmt(line, StmtKind::Assign { targets, value }))
    }

    fn annotated_assignment(
        &mut self,
        line: Line,
        target: Expr,
        parenthesized: bool,
    ) -> PResult<Stmt> {
        let simple = matches!(target.kind, ExprKind::Name(_)) && !parenthesized;
        let msg = match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
            ExprKind::List(_) => Some("only single target (not list) can be annotated"),
            _ => Some("illegal target for annotation"),
        };
        if let Some(msg) = msg {
            return Err(self.error_at(msg, target.line));
        }
        let annotation = self.expression()?;
        let value = if self.eat_op(Op::Equal) {
            Some(self.yield_or_star_expressions()?)
        } else {
            None
        };
        Ok(stmt(
            line,
            StmtKind::AnnAssign(Box::new(ast::AnnAssign {
                target,
                annotation,
                value,
                simple,
            })),
        ))
    }

    fn augmented_op(&self) -> Option<BinOp> {
        let Tok::Op(op) = self.tok() else {
            return None;
        };
        Some(match op {
            Op::PlusEqual => BinOp::Add,
            Op::MinEqual => BinOp::Sub,
            Op::StarEqual => BinOp::Mult,
            Op::AtEqual => BinOp::MatMult,
            Op::SlashEqual => BinOp::Div,
            Op::DoubleSlashEqual => BinOp::FloorDiv,
            Op::PercentEqual => BinOp::Mod,
            Op::DoubleStarEqual => BinOp::Pow,
            Op::LeftShiftEqual => BinOp::LShift,
            Op::RightShiftEqual => BinOp::RShift,
            Op::VBarEqual => BinOp::BitOr,
            Op::CircumflexEqual => BinOp::BitXor,
            Op::AmperEqual => BinOp::BitAnd,
            _ => return None,
        })
    }

    pub(super) fn target_error(&self, (msg, line): (String, Line)) -> SyntaxError {
        self.error_at(msg, line)
    }

    // ----- compound statements -----

    #[inline(never)]
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        match self.tok() {
            Tok::Kw(Kw::Def) => self.function_def(decorators, false),
            Tok::Kw(Kw::Class) => self.class_def(decorators),
            Tok::Kw(Kw::Async) if matches!(self.peek_nth(1), Tok::Kw(Kw::Def)) => {
                self.bump();
                self.function_def(decorators, true)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    #[inline(never)]
    fn async_statement(&mut self) -> PResult<Stmt> {
        self.bump();
        match self.tok() {
            Tok::Kw(Kw::Def) => self.function_def(Vec::new(), true),
            Tok::Kw(Kw::For) => self.for_statement(true),
            Tok::Kw(Kw::With) => self.with_statement(true),
            _ => Err(self.invalid_syntax()),
        }
    }

    #[inline(never)]
    fn function_def(&mut self, decorators: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let name = self.expect_name()?;
        self.expect_op(Op::LPar, "expected '('")?;
        let args = self.parameters(true)?;
        let returns = if self.eat_op(Op::RArrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let body = self.block("function definition", line)?;
        Ok(stmt(
            line,
            StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
            })),
        ))
    }

    #[inline(never)]
    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let name = self.expect_name()?;
        let (bases, keywords) = if self.eat_op(Op::LPar) {
            self.class_arguments()?
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block("class definition", line)?;
        Ok(stmt(
            line,
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
        ))
    }

    #[inline(never)]
    fn condition(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if self.is_op(Op::Equal) {
            let msg = match test.kind {
                ExprKind::Name(_) => {
                    String::from("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                _ => String::from("invalid syntax. Maybe you meant '==' instead of '='?"),
            };
            return Err(self.error_here(&msg));
        }
        Ok(test)
    }

    #[inline(never)]
    fn if_statement(&mut self) -> PResult<Stmt> {
        // Collect the whole if/elif ladder, then nest it from the back.
        let mut arms: Vec<(Line, Expr, Vec<Stmt>)> = Vec::new();
        let mut what = "'if' statement";
        loop {
            let line = self.line();
            self.bump();
            let test = self.condition()?;
            let body = self.block(what, line)?;
            arms.push((line, test, body));
            if !self.is_kw(Kw::Elif) {
                break;
            }
            what = "'elif' statement";
            self.grow(1)?;
        }
        let mut orelse = self.else_block()?;
        self.shrink(arms.len() - 1);
        while let Some((line, test, body)) = arms.pop() {
            let node = stmt(line, StmtKind::If(Box::new(ast::If { test, body, orelse })));
            if arms.is_empty() {
                return Ok(node);
            }
            orelse = alloc::vec![node];
        }
        Err(self.invalid_syntax())
    }

    #[inline(never)]
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let line = self.line();
        if self.eat_kw(Kw::Else) {
            self.block("'else' statement", line)
        } else {
            Ok(Vec::new())
        }
    }

    #[inline(never)]
    fn while_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let test = self.condition()?;
        let body = self.block("'while' statement", line)?;
        let orelse = self.else_block()?;
        Ok(stmt(
            line,
            StmtKind::While(Box::new(ast::While { test, body, orelse })),
        ))
    }

    #[inline(never)]
    fn for_statement(&mut self, is_async: bool) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let target = self.target_list()?;
        check_store_target(&target, TargetCtx::For).map_err(|e| self.target_error(e))?;
        self.expect_kw(Kw::In, "invalid syntax")?;
        let iter = self.star_expressions()?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(stmt(
            line,
            StmtKind::For(Box::new(ast::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            })),
        ))
    }

    #[inline(never)]
    fn try_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        while self.is_kw(Kw::Except) {
            if handlers
                .last()
                .is_some_and(|h: &ExceptHandler| h.typ.is_none())
            {
                return Err(self.error_here("default 'except:' must be last"));
            }
            handlers.push(self.except_handler()?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finally_line = self.line();
        let finalbody = if self.eat_kw(Kw::Finally) {
            self.block("'finally' statement", finally_line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(stmt(
            line,
            StmtKind::Try(Box::new(ast::Try {
                body,
                handlers,
                orelse,
                finalbody,
            })),
        ))
    }

    fn except_handler(&mut self) -> PResult<ExceptHandler> {
        let line = self.line();
        self.bump();
        let mut typ = None;
        let mut name = None;
        if !self.is_op(Op::Colon) {
            typ = Some(self.expression()?);
            if self.is_op(Op::Comma) {
                return Err(self.error_here("multiple exception types must be parenthesized"));
            }
            name = self.as_name()?;
        }
        let body = self.block("'except' statement", line)?;
        Ok(ExceptHandler {
            line,
            typ,
            name,
            body,
        })
    }

    #[inline(never)]
    fn with_statement(&mut self, is_async: bool) -> PResult<Stmt> {
        let line = self.line();
        self.bump();
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => self.with_items()?,
        };
        let body = self.block("'with' statement", line)?;
        Ok(stmt(
            line,
            StmtKind::With(Box::new(ast::With {
                items,
                body,
                is_async,
            })),
        ))
    }

    /// `with (a as b, c):` — tried first; rewinds and returns `None` if the
    /// parentheses turn out to belong to an expression.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.is_op(Op::LPar) {
            return Ok(None);
        }
        let (depth, ast_depth) = (self.depth, self.ast_depth);
        let pos = self.mark();
        self.bump();
        let attempt = self.with_items().map(|items| {
            self.eat_op(Op::Comma);
            let closed = self.eat_op(Op::RPar) && self.is_op(Op::Colon);
            closed.then_some(items)
        });
        self.unmark();
        match attempt {
            Ok(Some(items)) => Ok(Some(items)),
            _ => {
                self.rewind(pos);
                self.depth = depth;
                self.ast_depth = ast_depth;
                Ok(None)
            }
        }
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context_expr = self.expression()?;
            let optional_vars = if self.eat_kw(Kw::As) {
                let target = self.single_target()?;
                check_store_target(&target, TargetCtx::With).map_err(|e| self.target_error(e))?;
                Some(target)
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.is_op(Op::Comma) || matches!(self.peek_nth(1), Tok::Op(Op::RPar)) {
                return Ok(items);
            }
            self.bump();
        }
    }
}
