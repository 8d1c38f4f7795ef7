//! The parser: a hand-written recursive-descent parser from the token stream of
//! [`crate::lexer`] to an [`ast::Module`], with CPython-style `SyntaxError`s.
//!
//! This file owns the entry point and the token cursor; the grammar lives in the
//! submodules (statements, expressions, parameters and call arguments, f-strings,
//! assignment-target checks).

mod args;
mod expr;
mod fstring;
mod stmt;
mod target;

use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{self, Line, SyntaxError};
use crate::lexer::{self, Kw, Op, Tok, Token};
use crate::stackguard::{StackGuard, DEFAULT_BUDGET};

/// Deepest syntactic nesting (brackets, nested expressions, blocks) the parser accepts
/// when the stack allows it (the lexer already stops at 200 open brackets and 100
/// indentation levels, as CPython's tokenizer does).
pub const MAX_NESTING: usize = 3000;
/// Deepest AST the parser builds, counting left-leaning chains such as `a+b+c+...`,
/// `a.b.c...` and `elif` ladders. Later passes recurse this deep under the same
/// stack guard. Past either limit, or past the stack guard, parsing fails with
/// [`SyntaxError::too_deep`] (`RecursionError`), as CPython's compiler does.
pub const MAX_AST_DEPTH: usize = 3000;

/// What the source text is expected to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: any number of statements.
    Exec,
    /// A single expression; the body is one `StmtKind::Expr`.
    Eval,
    /// One interactive (REPL) statement, possibly compound.
    Single,
}

/// Parse `source` into a module, allowing the parser
/// [`crate::stackguard::DEFAULT_BUDGET`] bytes of native stack below the caller.
pub fn parse(source: &str, mode: Mode) -> Result<ast::Module, SyntaxError> {
    parse_limited(source, mode, usize::MAX)
}

/// [`parse`] a source of at most `max_tokens` tokens (a longer one is the error
/// [`lexer::TOO_MANY_TOKENS`]), which bounds the memory parsing and compiling take.
pub fn parse_limited(
    source: &str,
    mode: Mode,
    max_tokens: usize,
) -> Result<ast::Module, SyntaxError> {
    parse_with(
        source,
        mode,
        max_tokens,
        StackGuard::below_here(DEFAULT_BUDGET),
    )
}

/// [`parse_limited`], with nesting deeper than `guard` allows a
/// [`SyntaxError::too_deep`] error.
pub fn parse_with(
    source: &str,
    mode: Mode,
    max_tokens: usize,
    guard: StackGuard,
) -> Result<ast::Module, SyntaxError> {
    let source = match mode {
        Mode::Eval => source.trim_start_matches([' ', '\t']),
        _ => source,
    };
    let mut parser = Parser::new(lexer::tokenize_limited(source, max_tokens), 0, guard);
    let body = match mode {
        Mode::Exec => parser.file(),
        Mode::Eval => parser.eval_input(),
        Mode::Single => parser.single_input(),
    };
    match body {
        Ok(body) => Ok(ast::Module { body }),
        Err(err) => Err(parser.prefer_lexical_error(err)),
    }
}

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// The statements of a module one top-level statement at a time
/// ([`Statements::next_statement`]): only a few tokens around the current one are
/// held (see [`Parser::bump`]), so parsing a module needs the memory of the syntax
/// tree of its largest statement, not of the whole source.
pub struct Statements<'a> {
    parser: Parser<'a>,
}

impl<'a> Statements<'a> {
    /// A module source (`\n` line ends only: see [`lexer::normalize_newlines`]) whose
    /// statements may each have at most `max_tokens` tokens (a longer one is the error
    /// [`lexer::TOO_MANY_TOKENS`]).
    pub fn new(source: &'a str, max_tokens: usize, guard: StackGuard) -> Self {
        let lexer = lexer::Lexer::streaming(source, 1, 1, false, max_tokens);
        let mut parser = Parser {
            tokens: Vec::new(),
            pos: 0,
            lexer: Some(lexer),
            marks: 0,
            depth: 0,
            ast_depth: 0,
            guard,
        };
        parser.fill();
        Statements { parser }
    }

    /// The next top-level statement (several for simple statements joined by `;`),
    /// or `None` at the end of the source. After an error the source is read to its
    /// end: a tokenizer error anywhere outranks a parse error, as in [`parse`].
    #[inline(never)]
    pub fn next_statement(&mut self) -> Result<Option<Vec<ast::Stmt>>, SyntaxError> {
        let parser = &mut self.parser;
        if let Some(lexer) = &mut parser.lexer {
            lexer.restart_count();
        }
        loop {
            match parser.tok() {
                Tok::EndMarker => return Ok(None),
                Tok::Newline => parser.bump(),
                _ => {
                    let mut body = Vec::new();
                    return match parser.statement(&mut body) {
                        Ok(()) => Ok(Some(body)),
                        Err(err) => Err(parser.prefer_lexical_error(err)),
                    };
                }
            }
        }
    }
}

pub(crate) struct Parser<'a> {
    /// The tokens held: the whole source's, or a window of a streamed source.
    tokens: Vec<Token>,
    pos: usize,
    /// The rest of a streamed source: `tokens` always holds the token after the
    /// current one too, unless the lexer is done.
    lexer: Option<lexer::Lexer<'a>>,
    /// Open rewind points ([`Parser::mark`]): tokens are kept while there are any.
    marks: u32,
    /// Current syntactic nesting (recursion guard).
    depth: usize,
    /// Current AST depth, including chains built by loops.
    ast_depth: usize,
    /// The native stack limit (checked at every level of recursion).
    guard: StackGuard,
}

impl Parser<'_> {
    fn new(mut tokens: Vec<Token>, depth: usize, guard: StackGuard) -> Self {
        if tokens.is_empty() {
            tokens.push(Token {
                tok: Tok::EndMarker,
                line: 1,
                col: 1,
            });
        }
        Parser {
            tokens,
            pos: 0,
            lexer: None,
            marks: 0,
            depth,
            ast_depth: depth,
            guard,
        }
    }

    // ----- token cursor -----

    fn current(&self) -> &Token {
        let last = self.tokens.len() - 1;
        &self.tokens[self.pos.min(last)]
    }

    fn tok(&self) -> &Tok {
        &self.current().tok
    }

    fn peek_nth(&self, n: usize) -> &Tok {
        let last = self.tokens.len() - 1;
        &self.tokens[(self.pos + n).min(last)].tok
    }

    fn line(&self) -> Line {
        self.current().line
    }

    /// Move to the next token. With a streamed source the tokens already passed are
    /// dropped now and then (unless a rewind point is open), so only a few are held.
    fn bump(&mut self) {
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        if self.lexer.is_some() {
            if self.pos >= 16 && self.marks == 0 {
                self.tokens.drain(..self.pos);
                self.pos = 0;
            }
            self.fill();
        }
    }

    /// A rewind point: the current position, valid for [`Parser::rewind`] until
    /// [`Parser::unmark`].
    fn mark(&mut self) -> usize {
        self.marks += 1;
        self.pos
    }

    fn unmark(&mut self) {
        self.marks = self.marks.saturating_sub(1);
    }

    fn rewind(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// With a streamed source, make sure the token after the current one is held.
    fn fill(&mut self) {
        let Some(lexer) = &mut self.lexer else {
            return;
        };
        while self.tokens.len() <= self.pos + 1 && !lexer.done() {
            lexer.advance();
            let made = lexer.take();
            if self.tokens.try_reserve(made.len()).is_err() {
                let (line, col) = made.first().map_or((1, 1), |t| (t.line, t.col));
                made.clear();
                let err = SyntaxError::new(lexer::TOO_MANY_TOKENS, line);
                self.tokens.push(Token {
                    tok: Tok::Error(err),
                    line,
                    col,
                });
                self.lexer = None;
                return;
            }
            self.tokens.append(made);
        }
    }

    fn is_op(&self, op: Op) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: Kw) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let found = self.is_op(op);
        if found {
            self.bump();
        }
        found
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let found = self.is_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    fn expect_op(&mut self, op: Op, msg: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.error_here(msg))
        }
    }

    fn expect_kw(&mut self, kw: Kw, msg: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.error_here(msg))
        }
    }

    fn expect_name(&mut self) -> PResult<String> {
        match self.tok() {
            Tok::Name(name) => {
                let name = name.clone();
                self.bump();
                Ok(name)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    // ----- errors -----

    /// An error at the current token; a pending lexical error takes precedence.
    #[cold]
    #[inline(never)]
    fn error_here(&self, msg: &str) -> SyntaxError {
        let token = self.current();
        match &token.tok {
            Tok::Error(err) => err.clone(),
            Tok::Indent => SyntaxError {
                msg: String::from("unexpected indent"),
                line: token.line,
                col: token.col,
                indentation: true,
                too_deep: false,
            },
            _ => SyntaxError {
                msg: String::from(msg),
                line: token.line,
                col: token.col,
                indentation: false,
                too_deep: false,
            },
        }
    }

    /// Like CPython, a tokenizer error anywhere in the source outranks a parse error
    /// (a streamed source is tokenized to its end to find one, keeping no tokens).
    fn prefer_lexical_error(&mut self, err: SyntaxError) -> SyntaxError {
        if let Some(lexer) = &mut self.lexer {
            while !lexer.done() {
                lexer.restart_count();
                lexer.advance();
                let made = lexer.take();
                if let Some(Token {
                    tok: Tok::Error(lexical),
                    ..
                }) = made.last()
                {
                    // The token budget was for the statement that failed.
                    if lexical.msg != lexer::TOO_MANY_TOKENS {
                        return lexical.clone();
                    }
                }
                made.clear();
            }
        }
        match self.tokens.last() {
            Some(Token {
                tok: Tok::Error(lexical),
                ..
            }) => lexical.clone(),
            _ => err,
        }
    }

    #[cold]
    #[inline(never)]
    fn invalid_syntax(&self) -> SyntaxError {
        self.error_here("invalid syntax")
    }

    fn error_at(&self, msg: impl Into<String>, line: Line) -> SyntaxError {
        if let Tok::Error(err) = self.tok() {
            if err.line <= line {
                return err.clone();
            }
        }
        SyntaxError::new(msg, line)
    }

    // ----- depth guards -----

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        self.ast_depth += 1;
        if self.depth > MAX_NESTING || self.guard.exhausted() {
            return Err(self.too_deep());
        }
        if self.guard.memory_low() {
            return Err(self.error_here(crate::lexer::TOO_MANY_TOKENS));
        }
        self.check_ast_depth()
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.ast_depth = self.ast_depth.saturating_sub(1);
    }

    /// Account for `n` more levels of a left-leaning chain.
    fn grow(&mut self, n: usize) -> PResult<()> {
        self.ast_depth += n;
        self.check_ast_depth()
    }

    fn shrink(&mut self, n: usize) {
        self.ast_depth = self.ast_depth.saturating_sub(n);
    }

    fn check_ast_depth(&self) -> PResult<()> {
        if self.ast_depth > MAX_AST_DEPTH {
            return Err(self.too_deep());
        }
        Ok(())
    }

    /// Nested too deep; a pending lexical error (such as too many open brackets)
    /// takes precedence.
    #[cold]
    #[inline(never)]
    fn too_deep(&self) -> SyntaxError {
        match self.tok() {
            Tok::Error(err) => err.clone(),
            _ => SyntaxError::too_deep(self.line()),
        }
    }

    // ----- entry points -----

    fn file(&mut self) -> PResult<Vec<ast::Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => return Ok(body),
                Tok::Newline => self.bump(),
                _ => self.statement(&mut body)?,
            }
        }
    }

    fn eval_input(&mut self) -> PResult<Vec<ast::Stmt>> {
        let line = self.line();
        let value = self.star_expressions()?;
        while matches!(self.tok(), Tok::Newline) {
            self.bump();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(self.invalid_syntax());
        }
        Ok(alloc::vec![ast::Stmt {
            line,
            kind: ast::StmtKind::Expr(value),
        }])
    }

    fn single_input(&mut self) -> PResult<Vec<ast::Stmt>> {
        let mut body = Vec::new();
        while matches!(self.tok(), Tok::Newline) {
            self.bump();
        }
        if matches!(self.tok(), Tok::EndMarker) {
            return Ok(body);
        }
        self.statement(&mut body)?;
        while matches!(self.tok(), Tok::Newline) {
            self.bump();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(
                self.error_here("multiple statements found while compiling a single statement")
            );
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests;
