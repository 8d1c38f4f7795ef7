//! The tokenizer: turns Python source text into a flat `Vec<Token>` with INDENT /
//! DEDENT / NEWLINE tokens, decoded literals and 1-based line and column numbers.
//!
//! Lexing never fails outright: a lexical error becomes a final [`Tok::Error`]
//! token, so the parser reports any earlier syntax error first (as CPython does).

mod escape;
mod number;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{Line, SyntaxError};
pub use escape::{decode_bytes, decode_str};
use number::{scan_number, Number};

/// Deepest bracket nesting the tokenizer accepts.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// Deepest indentation nesting the tokenizer accepts.
pub const MAX_INDENT_DEPTH: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Kw {
    pub fn from_name(name: &str) -> Option<Kw> {
        Some(match name {
            "False" => Kw::False,
            "None" => Kw::None,
            "True" => Kw::True,
            "and" => Kw::And,
            "as" => Kw::As,
            "assert" => Kw::Assert,
            "async" => Kw::Async,
            "await" => Kw::Await,
            "break" => Kw::Break,
            "class" => Kw::Class,
            "continue" => Kw::Continue,
            "def" => Kw::Def,
            "del" => Kw::Del,
            "elif" => Kw::Elif,
            "else" => Kw::Else,
            "except" => Kw::Except,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "from" => Kw::From,
            "global" => Kw::Global,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "is" => Kw::Is,
            "lambda" => Kw::Lambda,
            "nonlocal" => Kw::Nonlocal,
            "not" => Kw::Not,
            "or" => Kw::Or,
            "pass" => Kw::Pass,
            "raise" => Kw::Raise,
            "return" => Kw::Return,
            "try" => Kw::Try,
            "while" => Kw::While,
            "with" => Kw::With,
            "yield" => Kw::Yield,
            _ => return None,
        })
    }
}

/// Operators and delimiters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

/// Operator spellings, longest first so the first prefix match is the longest.
const OPERATORS: [(&str, Op); 47] = [
    ("**=", Op::DoubleStarEqual),
    ("//=", Op::DoubleSlashEqual),
    ("<<=", Op::LeftShiftEqual),
    (">>=", Op::RightShiftEqual),
    ("...", Op::Ellipsis),
    ("==", Op::EqEqual),
    ("!=", Op::NotEqual),
    ("<=", Op::LessEqual),
    (">=", Op::GreaterEqual),
    ("<<", Op::LeftShift),
    (">>", Op::RightShift),
    ("**", Op::DoubleStar),
    ("+=", Op::PlusEqual),
    ("-=", Op::MinEqual),
    ("*=", Op::StarEqual),
    ("/=", Op::SlashEqual),
    ("%=", Op::PercentEqual),
    ("&=", Op::AmperEqual),
    ("|=", Op::VBarEqual),
    ("^=", Op::CircumflexEqual),
    ("//", Op::DoubleSlash),
    ("@=", Op::AtEqual),
    ("->", Op::RArrow),
    (":=", Op::ColonEqual),
    ("(", Op::LPar),
    (")", Op::RPar),
    ("[", Op::LSqb),
    ("]", Op::RSqb),
    ("{", Op::LBrace),
    ("}", Op::RBrace),
    (":", Op::Colon),
    (",", Op::Comma),
    (";", Op::Semi),
    ("+", Op::Plus),
    ("-", Op::Minus),
    ("*", Op::Star),
    ("/", Op::Slash),
    ("|", Op::VBar),
    ("&", Op::Amper),
    ("<", Op::Less),
    (">", Op::Greater),
    ("=", Op::Equal),
    (".", Op::Dot),
    ("%", Op::Percent),
    ("~", Op::Tilde),
    ("^", Op::Circumflex),
    ("@", Op::At),
];

/// The raw body of an f-string, decoded later by the parser.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringBody {
    /// Source text between the quotes, escapes untouched.
    pub raw: String,
    pub is_raw: bool,
    /// Position of the first character of `raw`.
    pub line: Line,
    pub col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    FString(FStringBody),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    Kw(Kw),
    Op(Op),
    Int(i64),
    BigInt(String),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A lexical error; always the last token.
    Error(SyntaxError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: Line,
    /// 1-based column in characters.
    pub col: u32,
}

/// Tokenize a whole module. The result always ends with `EndMarker` or `Error`.
pub fn tokenize(source: &str) -> Vec<Token> {
    tokenize_limited(source, usize::MAX)
}

/// The message of the `Error` token that ends a source with more than the allowed
/// number of tokens (the VM reports it as `MemoryError`).
pub const TOO_MANY_TOKENS: &str = "source too large to compile in the available memory";

/// [`tokenize`], making at most `max_tokens` tokens: a longer source ends with an
/// `Error` token whose message is [`TOO_MANY_TOKENS`]. The compiler's memory grows
/// with the token count, so a caller bounds it this way before it is spent.
pub fn tokenize_limited(source: &str, max_tokens: usize) -> Vec<Token> {
    if source.contains('\r') {
        let normalized = normalize_newlines(source);
        return Lexer::new(&normalized, 1, 1, false, max_tokens).run();
    }
    Lexer::new(source, 1, 1, false, max_tokens).run()
}

/// `\r\n` and lone `\r` line ends as `\n` (the lexer only knows `\n`).
pub fn normalize_newlines(source: &str) -> String {
    source.replace("\r\n", "\n").replace('\r', "\n")
}

/// Tokenize an expression embedded in an f-string: the text behaves as if it were
/// wrapped in parentheses (newlines are insignificant, no indentation tokens).
pub fn tokenize_embedded(source: &str, line: Line, col: u32) -> Vec<Token> {
    Lexer::new(source, line, col, true, usize::MAX).run()
}

/// A tokenizer that makes its tokens a few at a time ([`Lexer::advance`]), keeping its
/// indentation and bracket state between calls, so a caller holds the tokens of one
/// statement at a time instead of the whole source's. The source must already have
/// `\n` line ends only (see [`normalize_newlines`]).
pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: Line,
    col: u32,
    embedded: bool,
    /// Indentation columns (tabs to multiples of 8, and tabs as 1) of open blocks.
    indents: Vec<(u32, u32)>,
    /// Open brackets: character, line, column.
    brackets: Vec<(char, Line, u32)>,
    /// Tokens made and not taken yet ([`Lexer::take`]).
    tokens: Vec<Token>,
    max_tokens: usize,
    /// Tokens made since the start (or since [`Lexer::restart_count`]).
    made: usize,
    at_line_start: bool,
    started: bool,
    done: bool,
    /// The last token made ends a line (NEWLINE, INDENT or DEDENT), or there is none.
    after_break: bool,
}

type LexResult<T> = Result<T, SyntaxError>;

impl<'a> Lexer<'a> {
    fn new(src: &'a str, line: Line, col: u32, embedded: bool, max_tokens: usize) -> Self {
        let mut lexer = Lexer::streaming(src, line, col, embedded, max_tokens);
        // Reserved fallibly: on a fixed heap region the guess may not fit in one block
        // (the vector then grows as it goes, also fallibly: see `step`).
        let _ = lexer
            .tokens
            .try_reserve_exact((src.len() / 3 + 4).min(max_tokens));
        lexer
    }

    /// A lexer for [`Lexer::advance`]: it makes at most `max_tokens` tokens (counted
    /// again from [`Lexer::restart_count`]), then an `Error` token ([`TOO_MANY_TOKENS`]).
    pub fn streaming(
        src: &'a str,
        line: Line,
        col: u32,
        embedded: bool,
        max_tokens: usize,
    ) -> Self {
        Lexer {
            src,
            pos: 0,
            line,
            col,
            embedded,
            indents: Vec::new(),
            brackets: Vec::new(),
            tokens: Vec::new(),
            max_tokens,
            made: 0,
            at_line_start: !embedded,
            started: false,
            done: false,
            after_break: true,
        }
    }

    fn run(mut self) -> Vec<Token> {
        while !self.done {
            self.step_or_stop();
        }
        self.tokens
    }

    /// Make at least one more token unless the source is used up. The last token
    /// made is `EndMarker` or `Error`.
    pub fn advance(&mut self) {
        let before = self.tokens.len();
        while !self.done && self.tokens.len() == before {
            self.step_or_stop();
        }
    }

    /// Count tokens against `max_tokens` from here on (a new statement starts).
    pub fn restart_count(&mut self) {
        self.made = 0;
    }

    /// Whether the last token has been made.
    pub fn done(&self) -> bool {
        self.done
    }

    /// The tokens made since the last call.
    pub fn take(&mut self) -> &mut Vec<Token> {
        &mut self.tokens
    }

    fn step_or_stop(&mut self) {
        match self.step() {
            Ok(true) => {}
            Ok(false) => self.done = true,
            Err(err) => {
                let (line, col) = (err.line, err.col);
                self.push(Tok::Error(err), line, col);
                self.done = true;
            }
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_byte(&self, offset: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn error(&self, msg: impl Into<String>, line: Line, col: u32) -> SyntaxError {
        SyntaxError {
            msg: msg.into(),
            line,
            col,
            indentation: false,
            too_deep: false,
        }
    }

    fn push(&mut self, tok: Tok, line: Line, col: u32) {
        self.after_break = matches!(tok, Tok::Newline | Tok::Dedent | Tok::Indent);
        self.made += 1;
        self.tokens.push(Token { tok, line, col });
    }

    /// One step of the tokenizer (it may make no token, or several); false once the
    /// end of the source has been handled.
    fn step(&mut self) -> LexResult<bool> {
        if !self.started {
            self.started = true;
            if let Some(idx) = self.src.find('\0') {
                let line = self.src[..idx].matches('\n').count() as Line + self.line;
                return Err(self.error("source code string cannot contain null bytes", line, 0));
            }
        }
        if self.at_line_start {
            self.at_line_start = false;
            if !self.indentation()? {
                self.finish()?;
                return Ok(false);
            }
        }
        self.skip_whitespace();
        let (line, col) = (self.line, self.col);
        if self.made >= self.max_tokens
            || (self.tokens.len() == self.tokens.capacity() && self.tokens.try_reserve(1).is_err())
        {
            return Err(self.error(TOO_MANY_TOKENS, line, col));
        }
        let Some(c) = self.peek() else {
            self.finish()?;
            return Ok(false);
        };
        match c {
            '#' => self.skip_comment(),
            '\\' => self.continuation()?,
            '\n' => {
                self.bump();
                if self.brackets.is_empty() && !self.embedded {
                    self.push(Tok::Newline, line, col);
                    self.at_line_start = true;
                }
            }
            '0'..='9' => self.number()?,
            '.' if self.peek_byte(1).is_some_and(|b| b.is_ascii_digit()) => self.number()?,
            '"' | '\'' => self.string("", line, col)?,
            c if is_id_start(c) => self.name_or_string()?,
            _ => self.operator(c)?,
        }
        Ok(true)
    }

    /// End of input: close the logical line, unwind indentation, check brackets.
    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(open, line, col)) = self.brackets.last() {
            if !self.embedded {
                return Err(self.error(format!("'{open}' was never closed"), line, col));
            }
        }
        let (line, col) = (self.eof_line(), self.col);
        if !self.after_break && !self.embedded {
            self.push(Tok::Newline, line, col);
        }
        for _ in 0..self.indents.len() {
            self.push(Tok::Dedent, line, col);
        }
        self.indents.clear();
        self.push(Tok::EndMarker, line, col);
        Ok(())
    }

    /// The line CPython reports for end of input: the last line, not the empty
    /// "line" after a final newline.
    fn eof_line(&self) -> Line {
        if self.pos >= self.src.len() && self.src.ends_with('\n') {
            self.line.saturating_sub(1).max(1)
        } else {
            self.line
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\x0c' | b'\r') = self.peek_byte(0) {
            self.bump();
        }
    }

    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' {
                break;
            }
            self.bump();
        }
    }

    fn continuation(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        self.bump();
        if self.peek_byte(0) == Some(b'\r') {
            self.bump();
        }
        match self.peek() {
            Some('\n') => {
                self.bump();
                Ok(())
            }
            None => Err(self.error("unexpected EOF while parsing", line, col)),
            Some(_) => Err(self.error(
                "unexpected character after line continuation character",
                line,
                col + 1,
            )),
        }
    }

    /// Measure the indentation of a new line, skipping blank and comment-only lines,
    /// and emit INDENT/DEDENT tokens. Returns false at end of input.
    fn indentation(&mut self) -> LexResult<bool> {
        loop {
            let (mut width, mut alt) = (0u32, 0u32);
            loop {
                match self.peek_byte(0) {
                    Some(b' ') => {
                        width = width.saturating_add(1);
                        alt = alt.saturating_add(1);
                    }
                    Some(b'\t') => {
                        width = (width / 8).saturating_add(1).saturating_mul(8);
                        alt = alt.saturating_add(1);
                    }
                    Some(b'\x0c') => {
                        width = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.bump();
            }
            match self.peek() {
                None => return Ok(false),
                Some('#') => self.skip_comment(),
                Some('\r') if self.peek_byte(1) == Some(b'\n') => {
                    self.bump();
                }
                Some('\n') => {}
                Some(_) => {
                    self.apply_indent(width, alt)?;
                    return Ok(true);
                }
            }
            if self.bump().is_none() {
                return Ok(false);
            }
        }
    }

    fn apply_indent(&mut self, width: u32, alt: u32) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = || SyntaxError {
            msg: String::from("inconsistent use of tabs and spaces in indentation"),
            line,
            col,
            indentation: true,
            too_deep: false,
        };
        if width == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if width > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(SyntaxError {
                    msg: String::from("too many levels of indentation"),
                    line,
                    col,
                    indentation: true,
                    too_deep: false,
                });
            }
            self.indents.push((width, alt));
            self.push(Tok::Indent, line, col);
        } else {
            while self.indents.last().is_some_and(|&(w, _)| w > width) {
                self.indents.pop();
                self.push(Tok::Dedent, line, col);
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if top != width {
                return Err(SyntaxError {
                    msg: String::from("unindent does not match any outer indentation level"),
                    line,
                    col,
                    indentation: true,
                    too_deep: false,
                });
            }
            if top_alt != alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn number(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let (value, len) = scan_number(&self.src.as_bytes()[self.pos..])
            .map_err(|msg| self.error(msg, line, col))?;
        for _ in 0..len {
            self.bump();
        }
        let tok = match value {
            Number::Int(v) => Tok::Int(v),
            Number::BigInt(s) => Tok::BigInt(s),
            Number::Float(f) => Tok::Float(f),
            Number::Imag(f) => Tok::Imag(f),
        };
        self.push(tok, line, col);
        Ok(())
    }

    fn name_or_string(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let start = self.pos;
        while let Some(c) = self.peek() {
            if !is_id_continue(c) {
                break;
            }
            self.bump();
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(), Some('"' | '\'')) && is_string_prefix(word) {
            return self.string(word, line, col);
        }
        let tok = match Kw::from_name(word) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name(String::from(word)),
        };
        self.push(tok, line, col);
        Ok(())
    }

    /// Lex a string literal whose optional prefix has been consumed.
    fn string(&mut self, prefix: &str, line: Line, col: u32) -> LexResult<()> {
        let lower = prefix.to_ascii_lowercase();
        let is_raw = lower.contains('r');
        let is_bytes = lower.contains('b');
        let is_f = lower.contains('f');
        let quote = self.bump().unwrap_or('"');
        let triple =
            self.peek() == Some(quote) && self.src[self.pos..].chars().nth(1) == Some(quote);
        if triple {
            self.bump();
            self.bump();
        }
        let (body_line, body_col) = (self.line, self.col);
        let body_start = self.pos;
        let body_end = self.string_body(quote, triple, line, col)?;
        let raw = &self.src[body_start..body_end];
        let lit = if is_f {
            StrLit::FString(FStringBody {
                raw: String::from(raw),
                is_raw,
                line: body_line,
                col: body_col,
            })
        } else if is_bytes {
            StrLit::Bytes(decode_bytes(raw, is_raw).map_err(|m| self.error(m, line, col))?)
        } else {
            StrLit::Str(decode_str(raw, is_raw).map_err(|m| self.error(m, line, col))?)
        };
        self.push(Tok::Str(lit), line, col);
        Ok(())
    }

    /// Consume a string body and its closing quote(s); returns the body's end offset.
    fn string_body(&mut self, quote: char, triple: bool, line: Line, col: u32) -> LexResult<usize> {
        loop {
            let end = self.pos;
            let Some(c) = self.bump() else {
                return Err(self.unterminated(triple, line, col));
            };
            if c == '\\' {
                // An escaped character never ends the string.
                if self.bump().is_none() {
                    return Err(self.unterminated(triple, line, col));
                }
                continue;
            }
            match c {
                '\n' if !triple => {
                    return Err(self.unterminated(triple, line, col));
                }
                c if c == quote => {
                    if !triple {
                        return Ok(end);
                    }
                    if self.peek() == Some(quote)
                        && self.src[self.pos..].chars().nth(1) == Some(quote)
                    {
                        self.bump();
                        self.bump();
                        return Ok(end);
                    }
                }
                _ => {}
            }
        }
    }

    fn unterminated(&self, triple: bool, line: Line, col: u32) -> SyntaxError {
        let msg = if triple {
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                self.eof_line()
            )
        } else {
            // A single-quoted string ends at its own line.
            let detected = if self.src[..self.pos].ends_with('\n') {
                self.line - 1
            } else {
                self.line
            };
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error(msg, line, col)
    }

    fn operator(&mut self, c: char) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let rest = &self.src[self.pos..];
        let Some(&(text, op)) = OPERATORS.iter().find(|(text, _)| rest.starts_with(text)) else {
            return Err(self.bad_character(c, line, col));
        };
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(self.error("too many nested parentheses", line, col));
                }
                self.brackets.push((c, line, col));
            }
            Op::RPar | Op::RSqb | Op::RBrace => self.close_bracket(c, line, col)?,
            _ => {}
        }
        for _ in 0..text.len() {
            self.bump();
        }
        self.push(Tok::Op(op), line, col);
        Ok(())
    }

    fn close_bracket(&mut self, close: char, line: Line, col: u32) -> LexResult<()> {
        let Some((open, open_line, _)) = self.brackets.pop() else {
            return Err(self.error(format!("unmatched '{close}'"), line, col));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if expected == close {
            return Ok(());
        }
        let msg = if open_line == line {
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
        } else {
            format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
            )
        };
        Err(self.error(msg, line, col))
    }

    fn bad_character(&self, c: char, line: Line, col: u32) -> SyntaxError {
        let msg = if c.is_ascii() && !c.is_ascii_control() {
            String::from("invalid syntax")
        } else if c.is_control() || c.is_whitespace() {
            format!("invalid non-printable character U+{:04X}", c as u32)
        } else {
            format!("invalid character '{}' (U+{:04X})", c, c as u32)
        };
        self.error(msg, line, col)
    }
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii() && (c.is_alphanumeric() || ('\u{300}'..='\u{36F}').contains(&c)))
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

#[cfg(test)]
mod tests;
