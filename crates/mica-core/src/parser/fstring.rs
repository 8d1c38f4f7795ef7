//! f-strings: splitting an f-string body into literal text and `{expr!conv:spec}`
//! fields, and parsing each field's expression with a nested parser.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::expr::{expr, push_literal};
use super::{PResult, Parser};
use crate::ast::{Expr, ExprKind, Line, SyntaxError};
use crate::lexer::{decode_str, tokenize_embedded, FStringBody, Kw, Tok};

/// Format specs may nest fields this deep (`f"{x:{w}}"` is depth 1).
const MAX_FIELD_NESTING: usize = 2;

/// A cursor over an f-string body that knows where it sits in the source.
struct Scanner<'a> {
    raw: &'a str,
    pos: usize,
    is_raw: bool,
    line: Line,
    col: u32,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.raw[self.pos..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.raw[self.pos..].chars().nth(1)
    }

    fn advance(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    /// Source line and column of byte offset `at` in the body.
    fn position(&self, at: usize) -> (Line, u32) {
        let before = &self.raw[..at];
        let newlines = before.matches('\n').count() as Line;
        match before.rfind('\n') {
            Some(nl) => (
                self.line + newlines,
                before[nl + 1..].chars().count() as u32 + 1,
            ),
            None => (self.line, self.col + before.chars().count() as u32),
        }
    }

    fn error(&self, msg: &str) -> SyntaxError {
        let (line, col) = self.position(self.pos);
        SyntaxError {
            msg: String::from(msg),
            line,
            col,
            indentation: false,
            too_deep: false,
        }
    }
}

impl Parser<'_> {
    /// Append the parts of one f-string literal to `parts`.
    pub(super) fn fstring(&mut self, body: &FStringBody, parts: &mut Vec<Expr>) -> PResult<()> {
        let mut scanner = Scanner {
            raw: &body.raw,
            pos: 0,
            is_raw: body.is_raw,
            line: body.line,
            col: body.col,
        };
        self.fstring_text(&mut scanner, parts, 0)
    }

    /// Literal text and fields up to the end of the body, or (inside a format spec,
    /// `nesting > 0`) up to the closing `}` of the enclosing field.
    fn fstring_text(
        &mut self,
        sc: &mut Scanner,
        parts: &mut Vec<Expr>,
        nesting: usize,
    ) -> PResult<()> {
        let mut segment_start = sc.pos;
        loop {
            let c = sc.peek();
            let doubled = c.is_some() && sc.peek_second() == c;
            if matches!(c, None | Some('{' | '}')) {
                let (line, _) = sc.position(segment_start);
                let text = decode_str(&sc.raw[segment_start..sc.pos], sc.is_raw)
                    .map_err(|m| sc.error(&m))?;
                push_literal(parts, &text, line);
            }
            match c {
                None if nesting > 0 => return Err(sc.error("f-string: expecting '}'")),
                None => return Ok(()),
                Some('}') if nesting > 0 => return Ok(()),
                Some(brace @ ('{' | '}')) if doubled => {
                    let (line, _) = sc.position(sc.pos);
                    push_literal(parts, if brace == '{' { "{" } else { "}" }, line);
                    sc.advance();
                    sc.advance();
                }
                Some('}') => return Err(sc.error("f-string: single '}' is not allowed")),
                Some('{') => self.fstring_field(sc, parts, nesting)?,
                Some(_) => {
                    sc.advance();
                    continue;
                }
            }
            segment_start = sc.pos;
        }
    }

    /// One `{expr[=][!conv][:spec]}` field, starting at its `{`.
    fn fstring_field(
        &mut self,
        sc: &mut Scanner,
        parts: &mut Vec<Expr>,
        nesting: usize,
    ) -> PResult<()> {
        if nesting >= MAX_FIELD_NESTING {
            return Err(sc.error("f-string: expressions nested too deeply"));
        }
        sc.advance();
        let start = sc.pos;
        scan_field_expression(sc)?;
        let text = &sc.raw[start..sc.pos];
        if text.trim().is_empty() {
            return Err(sc.error("f-string: empty expression not allowed"));
        }
        let (line, col) = sc.position(start);
        let value = self.fstring_expression(text, line, col)?;
        let mut debug_text = None;
        if sc.peek() == Some('=') {
            sc.advance();
            while sc.peek().is_some_and(char::is_whitespace) {
                sc.advance();
            }
            debug_text = Some(&sc.raw[start..sc.pos]);
        }
        let mut conversion = None;
        if sc.peek() == Some('!') {
            sc.advance();
            match sc.peek() {
                Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
                _ => {
                    return Err(sc.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
            sc.advance();
        }
        let mut format_spec = None;
        if sc.peek() == Some(':') {
            sc.advance();
            let mut spec_parts = Vec::new();
            self.fstring_text(sc, &mut spec_parts, nesting + 1)?;
            format_spec = Some(Box::new(expr(line, ExprKind::JoinedStr(spec_parts))));
        }
        if sc.peek() != Some('}') {
            return Err(sc.error("f-string: expecting '}'"));
        }
        sc.advance();
        if let Some(debug) = debug_text {
            push_literal(parts, debug, line);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        parts.push(expr(
            line,
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        ));
        Ok(())
    }

    /// Parse the expression text of a field, as if it were in parentheses.
    fn fstring_expression(&mut self, text: &str, line: Line, col: u32) -> PResult<Expr> {
        let mut sub = Parser::new(
            tokenize_embedded(text, line, col),
            self.depth + 1,
            self.guard,
        );
        let result = sub.fstring_expression_tokens();
        result
            .map_err(|err| sub.prefer_lexical_error(err))
            .map_err(|mut err| {
                if !err.too_deep && !err.msg.starts_with("f-string") {
                    err.msg = format!("f-string: {}", err.msg);
                }
                err
            })
    }

    fn fstring_expression_tokens(&mut self) -> PResult<Expr> {
        self.enter()?;
        let value = if self.is_kw(Kw::Yield) {
            self.yield_expression()?
        } else {
            self.star_expressions()?
        };
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(self.missing_comma_error());
        }
        Ok(value)
    }
}

/// Advance past a field's expression text: up to a top-level `}`, `!` (not `!=`),
/// `:` or `=` (not part of `==`, `<=`, `>=`, `!=`), honouring brackets and strings.
fn scan_field_expression(sc: &mut Scanner) -> PResult<()> {
    let mut depth = 0usize;
    loop {
        let Some(c) = sc.peek() else {
            return Err(sc.error("f-string: expecting '}'"));
        };
        let next = sc.peek_second();
        match c {
            '\\' => return Err(sc.error("f-string expression part cannot include a backslash")),
            '#' => return Err(sc.error("f-string expression part cannot include '#'")),
            '\'' | '"' => {
                skip_quoted(sc, c)?;
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            '}' => return Ok(()),
            ')' | ']' => return Err(sc.error(&format!("f-string: unmatched '{c}'"))),
            '!' | '<' | '>' | '=' if next == Some('=') => sc.advance(),
            '!' | ':' | '=' if depth == 0 => return Ok(()),
            _ => {}
        }
        sc.advance();
    }
}

/// Skip a string literal inside a field expression, starting at its quote.
fn skip_quoted(sc: &mut Scanner, quote: char) -> PResult<()> {
    let triple = sc.raw[sc.pos..].starts_with(if quote == '"' { "\"\"\"" } else { "'''" });
    let count = if triple { 3 } else { 1 };
    for _ in 0..count {
        sc.advance();
    }
    loop {
        match sc.peek() {
            None => return Err(sc.error("f-string: unterminated string")),
            Some('\\') => {
                return Err(sc.error("f-string expression part cannot include a backslash"))
            }
            Some(c) if c == quote => {
                let closing = !triple
                    || sc.raw[sc.pos..].starts_with(if quote == '"' { "\"\"\"" } else { "'''" });
                if closing {
                    for _ in 0..count {
                        sc.advance();
                    }
                    return Ok(());
                }
                sc.advance();
            }
            Some(_) => sc.advance(),
        }
    }
}
