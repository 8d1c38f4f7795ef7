//! A small backtracking regular-expression engine for `re`: a parser for Python's
//! pattern syntax (groups, named groups, classes, lazy/counted repeats, backreferences,
//! lookaround, scoped flags) and a bytecode matcher with an explicit backtrack stack
//! (no native recursion, except one level per nested lookaround). Works on `char`
//! slices; bytes subjects are passed as Latin-1 chars with ASCII semantics.
//!
//! The parser, the code generator and the lookaround recursion of the matcher check
//! the VM's native stack guard: a pattern nested deeper than the stack allows is a
//! [`ReError`] with `too_deep` set (the caller raises `RecursionError`).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::stackguard::StackGuard;

pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// A syntax error: message and position in the pattern.
pub struct ReError {
    pub msg: String,
    pub pos: usize,
    /// Groups nested deeper than [`MAX_NESTING`] (CPython's parser runs out of
    /// recursion there), or deeper than the native stack allows (see
    /// `stackguard.rs`): `RecursionError`, not a syntax error.
    pub too_deep: bool,
}

impl ReError {
    fn too_deep() -> ReError {
        ReError {
            msg: String::from("maximum recursion depth exceeded"),
            pos: usize::MAX,
            too_deep: true,
        }
    }
}

/// How deeply groups may nest (the parser, the compiler and lookarounds recurse
/// once per level).
pub const MAX_NESTING: usize = 300;

#[derive(Clone, Copy)]
enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone)]
struct Class {
    items: Vec<ClassItem>,
    negated: bool,
    fold: bool,
    ascii: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Assert {
    StrStart,
    StrEnd,
    LineStart,
    LineEnd,
    Start,
    End,
    WordB,
    NotWordB,
}

#[derive(Clone)]
enum Node {
    Empty,
    Char(char, bool),
    Any(bool),
    Class(Box<Class>),
    Assert(Assert, bool),
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>, bool),
    Backref(usize, bool),
    Look(Box<Node>, bool, bool),
}

#[derive(Clone)]
enum Inst {
    Char(char),
    CharFold(char),
    Any,
    AnyNoNl,
    Class(Box<Class>),
    Assert(Assert, bool),
    Save(usize),
    Split(usize, usize),
    Jmp(usize),
    Mark(usize),
    Progress(usize),
    Backref(usize, bool),
    Look {
        prog: usize,
        ahead: bool,
        neg: bool,
        width: usize,
    },
    Match,
}

/// A compiled pattern.
pub struct Regex {
    progs: Vec<Vec<Inst>>,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    nregs: usize,
    /// Checked on entering a lookaround while matching.
    guard: StackGuard,
    /// Set when a match was abandoned for lack of stack (see [`Regex::too_deep`]).
    too_deep: Cell<bool>,
}

const MAX_PROGRAM: usize = 200_000;

// ---------------------------------------------------------------- parser

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    guard: StackGuard,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos,
        too_deep: false,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' | 'L' => 0,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn parse_alt(&mut self) -> Result<Node, ReError> {
        // Groups nest by recursion through here.
        if self.guard.exhausted() {
            return Err(ReError::too_deep());
        }
        let mut alts = vec![self.parse_concat()?];
        while self.peek() == Some('|') {
            self.i += 1;
            alts.push(self.parse_concat()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn parse_concat(&mut self) -> Result<Node, ReError> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let start = self.i;
            let atom = self.parse_atom()?;
            let atom = self.parse_quantifiers(atom, start)?;
            items.push(atom);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Concat(items)
        })
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor, if it is one.
    fn parse_brace(&mut self) -> Result<Option<(u32, Option<u32>)>, ReError> {
        let save = self.i;
        if self.peek() != Some('{') {
            return Ok(None);
        }
        self.i += 1;
        let num = |s: &mut Self| -> Option<u32> {
            let st = s.i;
            while matches!(s.peek(), Some(c) if c.is_ascii_digit()) {
                s.i += 1;
            }
            if s.i == st {
                return None;
            }
            let t: String = s.p[st..s.i].iter().collect();
            Some(t.parse::<u32>().unwrap_or(u32::MAX))
        };
        let lo = num(self);
        let (lo, hi) = if self.peek() == Some(',') {
            self.i += 1;
            let hi = num(self);
            (lo.unwrap_or(0), hi)
        } else {
            match lo {
                Some(l) => (l, Some(l)),
                None => {
                    self.i = save;
                    return Ok(None);
                }
            }
        };
        if self.peek() != Some('}') {
            self.i = save;
            return Ok(None);
        }
        self.i += 1;
        if let Some(h) = hi {
            if h < lo {
                return err("min repeat greater than max repeat", save + 1);
            }
        }
        if lo > 65535 || hi.is_some_and(|h| h > 65535) {
            return err("the repetition number is too large", save + 1);
        }
        Ok(Some((lo, hi)))
    }

    fn parse_quantifiers(&mut self, mut atom: Node, start: usize) -> Result<Node, ReError> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let qpos = self.i;
            let (lo, hi) = match self.peek() {
                Some('*') => {
                    self.i += 1;
                    (0, None)
                }
                Some('+') => {
                    self.i += 1;
                    (1, None)
                }
                Some('?') => {
                    self.i += 1;
                    (0, Some(1))
                }
                Some('{') => match self.parse_brace()? {
                    Some(b) => b,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if repeated {
                return err("multiple repeat", qpos);
            }
            if matches!(atom, Node::Assert(..) | Node::Empty) {
                return err("nothing to repeat", qpos);
            }
            let _ = start;
            let mut greedy = true;
            if self.peek() == Some('?') {
                self.i += 1;
                greedy = false;
            }
            atom = Node::Repeat(Box::new(atom), lo, hi, greedy);
            repeated = true;
        }
    }

    fn fold(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    fn parse_atom(&mut self) -> Result<Node, ReError> {
        let pos = self.i;
        let c = match self.peek() {
            Some(c) => c,
            None => return Ok(Node::Empty),
        };
        self.i += 1;
        Ok(match c {
            '(' => return self.parse_group(pos),
            '[' => return self.parse_class(pos),
            '.' => Node::Any(self.flags & DOTALL != 0),
            '^' => Node::Assert(
                if self.flags & MULTILINE != 0 {
                    Assert::LineStart
                } else {
                    Assert::Start
                },
                false,
            ),
            '$' => Node::Assert(
                if self.flags & MULTILINE != 0 {
                    Assert::LineEnd
                } else {
                    Assert::End
                },
                false,
            ),
            '*' | '+' | '?' => return err("nothing to repeat", pos),
            '{' => {
                self.i = pos;
                if self.parse_brace()?.is_some() {
                    return err("nothing to repeat", pos);
                }
                self.i = pos + 1;
                Node::Char('{', false)
            }
            '\\' => return self.parse_escape(pos),
            c => Node::Char(c, self.fold()),
        })
    }

    fn parse_name(&mut self, end: char, what: &str) -> Result<String, ReError> {
        let st = self.i;
        while let Some(c) = self.peek() {
            if c == end {
                break;
            }
            self.i += 1;
        }
        if self.peek() != Some(end) {
            return err(alloc::format!("missing {end}, unterminated name"), st);
        }
        let name: String = self.p[st..self.i].iter().collect();
        self.i += 1;
        if name.is_empty() {
            return err(alloc::format!("missing {what}"), st);
        }
        Ok(name)
    }

    fn valid_ident(name: &str) -> bool {
        let mut cs = name.chars();
        match cs.next() {
            Some(c) if c.is_alphabetic() || c == '_' => {}
            _ => return false,
        }
        cs.all(|c| c.is_alphanumeric() || c == '_')
    }

    fn parse_group(&mut self, pos: usize) -> Result<Node, ReError> {
        let mut capture = true;
        let mut name = None;
        let mut look: Option<(bool, bool)> = None;
        let saved_flags = self.flags;
        if self.peek() == Some('?') {
            self.i += 1;
            match self.peek() {
                Some(':') => {
                    self.i += 1;
                    capture = false;
                }
                Some('P') => {
                    self.i += 1;
                    match self.peek() {
                        Some('<') => {
                            self.i += 1;
                            let n = self.parse_name('>', "group name")?;
                            if !Self::valid_ident(&n) {
                                return err(
                                    alloc::format!("bad character in group name '{n}'"),
                                    pos + 4,
                                );
                            }
                            if self.names.iter().any(|(k, _)| *k == n) {
                                return err(
                                    alloc::format!("redefinition of group name '{n}' as group {}; was group {}", self.groups + 1, self.names.iter().find(|(k, _)| *k == n).map(|x| x.1).unwrap_or(0)),
                                    pos + 4,
                                );
                            }
                            name = Some(n);
                        }
                        Some('=') => {
                            self.i += 1;
                            let n = self.parse_name(')', "group name")?;
                            return match self.names.iter().find(|(k, _)| *k == n) {
                                Some(&(_, g)) => Ok(Node::Backref(g, self.fold())),
                                None => err(alloc::format!("unknown group name '{n}'"), pos + 4),
                            };
                        }
                        _ => return err("unknown extension ?P", pos + 1),
                    }
                }
                Some('#') => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(Node::Empty);
                        }
                    }
                    return err("missing ), unterminated comment", pos);
                }
                Some('=') => {
                    self.i += 1;
                    look = Some((true, false));
                }
                Some('!') => {
                    self.i += 1;
                    look = Some((true, true));
                }
                Some('<') => {
                    self.i += 1;
                    match self.peek() {
                        Some('=') => look = Some((false, false)),
                        Some('!') => look = Some((false, true)),
                        _ => {
                            // `(?<name>...)` is 3.12 syntax; not in 3.11.
                            return err("unknown extension ?<", pos + 1);
                        }
                    }
                    self.i += 1;
                }
                Some(c) if flag_of(c).is_some() || c == '-' => {
                    let mut on = 0;
                    let mut off = 0;
                    let mut neg = false;
                    loop {
                        match self.peek() {
                            Some('-') if !neg => {
                                neg = true;
                                self.i += 1;
                            }
                            Some(c) if flag_of(c).is_some() => {
                                let f = flag_of(c).unwrap_or(0);
                                if neg {
                                    off |= f;
                                } else {
                                    on |= f;
                                }
                                self.i += 1;
                            }
                            Some(')') if !neg => {
                                self.i += 1;
                                if pos != 0 && !self.only_flags_before(pos) {
                                    return err(
                                        "global flags not at the start of the expression",
                                        pos,
                                    );
                                }
                                // Global flags were applied by the pre-scan.
                                return Ok(Node::Empty);
                            }
                            Some(':') => {
                                self.i += 1;
                                break;
                            }
                            None => return err("missing -, : or )", self.i),
                            Some(c) => {
                                let _ = c;
                                return err(String::from("unknown flag"), self.i);
                            }
                        }
                    }
                    self.flags = (self.flags | on) & !off;
                    capture = false;
                }
                _ => {
                    let c = self.peek().map(String::from).unwrap_or_default();
                    return err(alloc::format!("unknown extension ?{c}"), pos + 1);
                }
            }
        }
        let idx = if capture && look.is_none() {
            self.groups += 1;
            if let Some(n) = name {
                self.names.push((n, self.groups));
            }
            Some(self.groups)
        } else {
            None
        };
        if self.open.len() >= MAX_NESTING {
            return Err(ReError {
                msg: String::from("maximum recursion depth exceeded"),
                pos,
                too_deep: true,
            });
        }
        self.open.push(pos);
        let inner = self.parse_alt()?;
        self.open.pop();
        self.flags = saved_flags;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", pos);
        }
        self.i += 1;
        if let Some((ahead, neg)) = look {
            if !ahead {
                match width(&inner, self.guard)? {
                    Some((a, b)) if a == b => {}
                    _ => return err("look-behind requires fixed-width pattern", usize::MAX),
                }
            }
            return Ok(Node::Look(Box::new(inner), ahead, neg));
        }
        Ok(Node::Group(Box::new(inner), idx))
    }

    fn only_flags_before(&self, pos: usize) -> bool {
        // True when everything before `pos` is flag groups like `(?i)`.
        let mut i = 0;
        while i < pos {
            if self.p.get(i) != Some(&'(') || self.p.get(i + 1) != Some(&'?') {
                return false;
            }
            i += 2;
            while matches!(self.p.get(i), Some(&c) if flag_of(c).is_some()) {
                i += 1;
            }
            if self.p.get(i) != Some(&')') {
                return false;
            }
            i += 1;
        }
        true
    }

    fn class_escape(
        &mut self,
        pos: usize,
        in_class: bool,
    ) -> Result<Result<char, ClassItem>, ReError> {
        let c = match self.peek() {
            Some(c) => c,
            None => return err("bad escape (end of pattern)", pos),
        };
        self.i += 1;
        Ok(Ok(match c {
            'd' => return Ok(Err(ClassItem::Digit(false))),
            'D' => return Ok(Err(ClassItem::Digit(true))),
            'w' => return Ok(Err(ClassItem::Word(false))),
            'W' => return Ok(Err(ClassItem::Word(true))),
            's' => return Ok(Err(ClassItem::Space(false))),
            'S' => return Ok(Err(ClassItem::Space(true))),
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'b' if in_class => '\x08',
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && matches!(self.peek(), Some(c) if ('0'..='7').contains(&c)) {
                    v = v * 8 + self.peek().and_then(|c| c.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                char::from_u32(v).unwrap_or('\0')
            }
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let st = self.i;
                let mut v = 0u32;
                for _ in 0..n {
                    match self.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v.wrapping_mul(16) + d;
                            self.i += 1;
                        }
                        None => {
                            let s: String = self.p[pos..self.i].iter().collect();
                            return err(alloc::format!("incomplete escape {s}"), pos);
                        }
                    }
                }
                let _ = st;
                match char::from_u32(v) {
                    Some(c) => c,
                    None => {
                        let s: String = self.p[pos..self.i].iter().collect();
                        return err(alloc::format!("bad escape {s}"), pos);
                    }
                }
            }
            c if c.is_ascii_alphanumeric() => {
                return err(alloc::format!("bad escape \\{c}"), pos);
            }
            c => c,
        }))
    }

    fn parse_escape(&mut self, pos: usize) -> Result<Node, ReError> {
        let fold = self.fold();
        match self.peek() {
            Some('A') => {
                self.i += 1;
                return Ok(Node::Assert(Assert::StrStart, false));
            }
            Some('Z') => {
                self.i += 1;
                return Ok(Node::Assert(Assert::StrEnd, false));
            }
            Some('b') => {
                self.i += 1;
                return Ok(Node::Assert(Assert::WordB, self.ascii()));
            }
            Some('B') => {
                self.i += 1;
                return Ok(Node::Assert(Assert::NotWordB, self.ascii()));
            }
            Some(c) if c.is_ascii_digit() && c != '0' => {
                let st = self.i;
                while self.i < st + 2 && matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.i += 1;
                }
                let s: String = self.p[st..self.i].iter().collect();
                let n: usize = s.parse().unwrap_or(0);
                if n > self.groups {
                    return err(alloc::format!("invalid group reference {n}"), st);
                }
                if self.open.iter().any(|_| false) {
                    return err("cannot refer to an open group", pos);
                }
                return Ok(Node::Backref(n, fold));
            }
            _ => {}
        }
        let ascii = self.ascii();
        Ok(match self.class_escape(pos, false)? {
            Ok(c) => Node::Char(c, fold),
            Err(item) => Node::Class(Box::new(Class {
                items: vec![item],
                negated: false,
                fold,
                ascii,
            })),
        })
    }

    fn parse_class(&mut self, pos: usize) -> Result<Node, ReError> {
        let mut items = Vec::new();
        let mut negated = false;
        if self.peek() == Some('^') {
            self.i += 1;
            negated = true;
        }
        let mut first = true;
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return err("unterminated character set", pos),
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let lo_pos = self.i;
            self.i += 1;
            let lo = if c == '\\' {
                match self.class_escape(lo_pos, true)? {
                    Ok(c) => c,
                    Err(item) => {
                        items.push(item);
                        continue;
                    }
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']') {
                self.i += 1;
                let hi_pos = self.i;
                let hc = self.peek().unwrap_or(']');
                self.i += 1;
                let hi = if hc == '\\' {
                    match self.class_escape(hi_pos, true)? {
                        Ok(c) => c,
                        Err(_) => {
                            let s: String = self.p[lo_pos..self.i].iter().collect();
                            return err(alloc::format!("bad character range {s}"), lo_pos);
                        }
                    }
                } else {
                    hc
                };
                if hi < lo {
                    let s: String = self.p[lo_pos..self.i].iter().collect();
                    return err(alloc::format!("bad character range {s}"), lo_pos);
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(Box::new(Class {
            items,
            negated,
            fold: self.fold(),
            ascii: self.ascii(),
        })))
    }
}

/// Minimum and maximum match length (`None` max: unbounded); `None` if a backreference
/// makes it unknown.
fn width(n: &Node, guard: StackGuard) -> Result<Option<(usize, usize)>, ReError> {
    if guard.exhausted() {
        return Err(ReError::too_deep());
    }
    width_of(n, guard)
}

fn width_of(n: &Node, guard: StackGuard) -> Result<Option<(usize, usize)>, ReError> {
    macro_rules! width {
        ($n:expr) => {
            match width($n, guard)? {
                Some(w) => w,
                None => return Ok(None),
            }
        };
    }
    Ok(Some(match n {
        Node::Empty | Node::Assert(..) | Node::Look(..) => (0, 0),
        Node::Char(..) | Node::Any(_) | Node::Class(_) => (1, 1),
        Node::Group(inner, _) => width!(inner),
        Node::Concat(items) => {
            let mut a = 0usize;
            let mut b = 0usize;
            for it in items {
                let (x, y) = width!(it);
                a = a.saturating_add(x);
                b = b.saturating_add(y);
            }
            (a, b)
        }
        Node::Alt(items) => {
            let mut a = usize::MAX;
            let mut b = 0;
            for it in items {
                let (x, y) = width!(it);
                a = a.min(x);
                b = b.max(y);
            }
            (a, b)
        }
        Node::Repeat(inner, lo, hi, _) => {
            let (x, y) = width!(inner);
            (
                x.saturating_mul(*lo as usize),
                match hi {
                    Some(h) => y.saturating_mul(*h as usize),
                    None => usize::MAX,
                },
            )
        }
        Node::Backref(..) => return Ok(None),
    }))
}

// ---------------------------------------------------------------- compiler

struct Compiler {
    progs: Vec<Vec<Inst>>,
    nregs: usize,
    guard: StackGuard,
}

impl Compiler {
    fn emit(&mut self, prog: usize, node: &Node) -> Result<(), ReError> {
        if self.guard.exhausted() {
            return Err(ReError::too_deep());
        }
        if self.progs[prog].len() > MAX_PROGRAM {
            return err("pattern too large", 0);
        }
        match node {
            Node::Empty => {}
            Node::Char(c, fold) => {
                let inst = if *fold {
                    Inst::CharFold(lower(*c))
                } else {
                    Inst::Char(*c)
                };
                self.progs[prog].push(inst);
            }
            Node::Any(dotall) => {
                self.progs[prog].push(if *dotall { Inst::Any } else { Inst::AnyNoNl })
            }
            Node::Class(c) => self.progs[prog].push(Inst::Class(c.clone())),
            Node::Assert(a, ascii) => self.progs[prog].push(Inst::Assert(*a, *ascii)),
            Node::Backref(n, fold) => self.progs[prog].push(Inst::Backref(*n, *fold)),
            Node::Group(inner, idx) => {
                if let Some(i) = idx {
                    self.progs[prog].push(Inst::Save(2 * i));
                }
                self.emit(prog, inner)?;
                if let Some(i) = idx {
                    self.progs[prog].push(Inst::Save(2 * i + 1));
                }
            }
            Node::Concat(items) => {
                for it in items {
                    self.emit(prog, it)?;
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (k, it) in items.iter().enumerate() {
                    if k + 1 < items.len() {
                        let split = self.progs[prog].len();
                        self.progs[prog].push(Inst::Split(split + 1, 0));
                        self.emit(prog, it)?;
                        jumps.push(self.progs[prog].len());
                        self.progs[prog].push(Inst::Jmp(0));
                        let next = self.progs[prog].len();
                        self.progs[prog][split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(prog, it)?;
                    }
                }
                let end = self.progs[prog].len();
                for j in jumps {
                    self.progs[prog][j] = Inst::Jmp(end);
                }
            }
            Node::Repeat(inner, lo, hi, greedy) => {
                for _ in 0..*lo {
                    self.emit(prog, inner)?;
                }
                match hi {
                    None => {
                        let reg = self.nregs;
                        self.nregs += 1;
                        let top = self.progs[prog].len();
                        self.progs[prog].push(Inst::Split(0, 0));
                        self.progs[prog].push(Inst::Mark(reg));
                        self.emit(prog, inner)?;
                        self.progs[prog].push(Inst::Progress(reg));
                        self.progs[prog].push(Inst::Jmp(top));
                        let exit = self.progs[prog].len();
                        self.progs[prog][top] = if *greedy {
                            Inst::Split(top + 1, exit)
                        } else {
                            Inst::Split(exit, top + 1)
                        };
                    }
                    Some(h) => {
                        let mut splits = Vec::new();
                        for _ in *lo..*h {
                            splits.push(self.progs[prog].len());
                            self.progs[prog].push(Inst::Split(0, 0));
                            self.emit(prog, inner)?;
                        }
                        let exit = self.progs[prog].len();
                        for s in splits {
                            self.progs[prog][s] = if *greedy {
                                Inst::Split(s + 1, exit)
                            } else {
                                Inst::Split(exit, s + 1)
                            };
                        }
                    }
                }
            }
            Node::Look(inner, ahead, neg) => {
                let sub = self.progs.len();
                self.progs.push(Vec::new());
                self.emit(sub, inner)?;
                self.progs[sub].push(Inst::Match);
                let w = width(inner, self.guard)?.map(|x| x.0).unwrap_or(0);
                self.progs[prog].push(Inst::Look {
                    prog: sub,
                    ahead: *ahead,
                    neg: *neg,
                    width: w,
                });
            }
        }
        Ok(())
    }
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    c.to_lowercase().next().unwrap_or(c)
}

fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    c.to_uppercase().next().unwrap_or(c)
}

/// Compile `pattern`; recursion (while compiling and, for lookarounds, matching)
/// stops at `guard`.
pub fn compile(pattern: &[char], flags: u32, guard: StackGuard) -> Result<Regex, ReError> {
    // Leading `(?flags)` groups apply to the whole pattern.
    let mut flags = flags;
    let mut i = 0;
    while pattern.get(i) == Some(&'(') && pattern.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(&c) = pattern.get(j) {
            match flag_of(c) {
                Some(x) => f |= x,
                None => break,
            }
            j += 1;
        }
        if j == i + 2 || pattern.get(j) != Some(&')') {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    let mut p = Parser {
        p: pattern,
        i: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        guard,
    };
    let node = p.parse_alt()?;
    if p.i < pattern.len() {
        return err("unbalanced parenthesis", p.i);
    }
    let mut c = Compiler {
        progs: vec![Vec::new()],
        nregs: 0,
        guard,
    };
    c.emit(0, &Node::Group(Box::new(node), Some(0)))?;
    c.progs[0].push(Inst::Match);
    Ok(Regex {
        progs: c.progs,
        groups: p.groups,
        names: p.names,
        nregs: c.nregs,
        guard,
        too_deep: Cell::new(false),
    })
}

// ---------------------------------------------------------------- matcher

enum Bt {
    Alt(usize, usize),
    Save(usize, usize),
    Reg(usize, usize),
}

const UNSET: usize = usize::MAX;

fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric()
    }
}

fn is_digit(c: char, ascii: bool) -> bool {
    c.is_ascii_digit()
        || (!ascii && !c.is_ascii() && c.is_numeric() && c.to_digit(10).is_none() && is_decimal(c))
}

fn is_decimal(c: char) -> bool {
    // Unicode decimal digits come in aligned runs of ten starting at a zero.
    c.is_numeric() && !matches!(c, '²' | '³' | '¹' | '¼' | '½' | '¾')
}

fn is_space(c: char, ascii: bool) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
        || (!ascii
            && (matches!(c, '\x1c'..='\x1f' | '\u{85}') || (!c.is_ascii() && c.is_whitespace())))
}

impl Class {
    fn item_matches(&self, item: &ClassItem, c: char) -> bool {
        match *item {
            ClassItem::Range(lo, hi) => {
                if lo <= c && c <= hi {
                    return true;
                }
                if self.fold {
                    let (l, u) = (lower(c), upper(c));
                    return (lo <= l && l <= hi) || (lo <= u && u <= hi);
                }
                false
            }
            ClassItem::Digit(neg) => is_digit(c, self.ascii) != neg,
            ClassItem::Word(neg) => is_word(c, self.ascii) != neg,
            ClassItem::Space(neg) => is_space(c, self.ascii) != neg,
        }
    }

    fn matches(&self, c: char) -> bool {
        self.items.iter().any(|it| self.item_matches(it, c)) != self.negated
    }
}

/// One matching attempt's inputs.
pub struct Subject<'a> {
    pub text: &'a [char],
    /// Matching never looks at or past `end` (the `endpos` argument).
    pub end: usize,
}

/// Why matching gave up.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Stop {
    /// `poll` asked to stop (Ctrl-C).
    Interrupted,
    /// More backtracking steps than the budget allows (catastrophic backtracking).
    TooManySteps,
    /// The backtrack stack grew past its bound.
    TooDeep,
}

/// What a match may spend: backtracking steps, backtrack stack entries, and a poll
/// asked every few thousand steps whether to stop (the VM's Ctrl-C check).
pub struct Budget<'a> {
    pub steps: u64,
    pub max_stack: usize,
    pub poll: &'a mut dyn FnMut() -> bool,
    pub stopped: Option<Stop>,
}

impl Budget<'_> {
    /// Take `n` steps; false (with the reason kept) when matching must stop.
    fn spend(&mut self, n: u64) -> bool {
        if self.stopped.is_some() {
            return false;
        }
        if self.steps < n {
            self.stopped = Some(Stop::TooManySteps);
            return false;
        }
        self.steps -= n;
        if (self.poll)() {
            self.stopped = Some(Stop::Interrupted);
            return false;
        }
        true
    }
}

/// Steps between two budget checks.
const TICK: u32 = 4096;

impl Regex {
    /// Whether the last `match_at`/`search` was abandoned because nested lookarounds
    /// reached the stack limit (its `false` then means "no answer").
    pub fn too_deep(&self) -> bool {
        self.too_deep.get()
    }

    /// Try to match at exactly `start`. `caps` receives 2*(groups+1) positions
    /// (`usize::MAX` for unset). `must_advance` rejects an empty match at `start`;
    /// `full` requires the match to end at `end`.
    pub fn match_at(
        &self,
        s: &Subject,
        start: usize,
        must_advance: bool,
        full: bool,
        caps: &mut Vec<usize>,
        budget: &mut Budget,
    ) -> bool {
        self.too_deep.set(false);
        caps.clear();
        caps.resize(2 * (self.groups + 1), UNSET);
        let mut regs = vec![UNSET; self.nregs];
        self.run(0, s, start, caps, &mut regs, budget, &|pos| {
            !(must_advance && pos == start) && (!full || pos == s.end)
        })
        .is_some()
    }

    /// Search from `start` onward; returns whether a match was found (in `caps`).
    pub fn search(
        &self,
        s: &Subject,
        start: usize,
        must_advance: bool,
        caps: &mut Vec<usize>,
        budget: &mut Budget,
    ) -> bool {
        let first = match self.progs[0].get(1) {
            Some(Inst::Char(c)) => Some(*c),
            _ => None,
        };
        let mut pos = start;
        while pos <= s.end {
            if let Some(c) = first {
                while pos < s.end && s.text[pos] != c {
                    pos += 1;
                }
                if pos >= s.end {
                    return false;
                }
            }
            if self.match_at(s, pos, must_advance && pos == start, false, caps, budget) {
                return true;
            }
            if self.too_deep() || budget.stopped.is_some() {
                return false;
            }
            pos += 1;
        }
        false
    }

    #[allow(clippy::too_many_arguments)] // the matcher's whole state, threaded through lookarounds
    fn run(
        &self,
        prog_idx: usize,
        s: &Subject,
        start: usize,
        caps: &mut [usize],
        regs: &mut [usize],
        budget: &mut Budget,
        accept: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let prog = &self.progs[prog_idx];
        let text = s.text;
        let end = s.end;
        let mut stack: Vec<Bt> = Vec::new();
        let mut pc = 0usize;
        let mut pos = start;
        let mut ticks = 0u32;
        loop {
            ticks += 1;
            if ticks == TICK {
                ticks = 0;
                if !budget.spend(TICK as u64) {
                    return None;
                }
                if stack.len() > budget.max_stack {
                    budget.stopped = Some(Stop::TooDeep);
                    return None;
                }
            }
            let ok = match &prog[pc] {
                Inst::Char(c) => {
                    if pos < end && text[pos] == *c {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::CharFold(c) => {
                    if pos < end && (lower(text[pos]) == *c || text[pos] == *c) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Any => {
                    if pos < end {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::AnyNoNl => {
                    if pos < end && text[pos] != '\n' {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Class(cl) => {
                    if pos < end && cl.matches(text[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a, ascii) => {
                    let ok = match a {
                        Assert::StrStart | Assert::Start => pos == 0,
                        Assert::StrEnd => pos == end,
                        Assert::LineStart => pos == 0 || text[pos - 1] == '\n',
                        Assert::LineEnd => pos == end || text[pos] == '\n',
                        Assert::End => pos == end || (pos + 1 == end && text[pos] == '\n'),
                        Assert::WordB | Assert::NotWordB => {
                            let before = pos > 0 && is_word(text[pos - 1], *ascii);
                            let after = pos < end && is_word(text[pos], *ascii);
                            (before != after) == (*a == Assert::WordB)
                        }
                    };
                    if ok {
                        pc += 1;
                    }
                    ok
                }
                Inst::Save(slot) => {
                    stack.push(Bt::Save(*slot, caps[*slot]));
                    caps[*slot] = pos;
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    stack.push(Bt::Alt(*b, pos));
                    pc = *a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    true
                }
                Inst::Mark(r) => {
                    stack.push(Bt::Reg(*r, regs[*r]));
                    regs[*r] = pos;
                    pc += 1;
                    true
                }
                Inst::Progress(r) => {
                    if regs[*r] == pos {
                        false
                    } else {
                        pc += 1;
                        true
                    }
                }
                Inst::Backref(n, fold) => {
                    let (a, b) = (caps[2 * n], caps[2 * n + 1]);
                    if a == UNSET || b == UNSET {
                        false
                    } else {
                        let len = b - a;
                        let eq = pos + len <= end
                            && (0..len).all(|k| {
                                let (x, y) = (text[a + k], text[pos + k]);
                                x == y || (*fold && lower(x) == lower(y))
                            });
                        if eq {
                            pos += len;
                            pc += 1;
                        }
                        eq
                    }
                }
                Inst::Look {
                    prog: sub,
                    ahead,
                    neg,
                    width,
                } => {
                    let at = if *ahead {
                        Some(pos)
                    } else {
                        pos.checked_sub(*width)
                    };
                    if self.guard.exhausted() || self.too_deep.get() {
                        // Abandon the whole match (every enclosing `run` returns too).
                        self.too_deep.set(true);
                        return None;
                    }
                    let mut sub_caps = caps.to_vec();
                    let target = pos;
                    let found = match at {
                        Some(at) => {
                            let behind = !*ahead;
                            let sub_s = Subject {
                                text,
                                end: if behind { target } else { end },
                            };
                            let r = self.run(*sub, &sub_s, at, &mut sub_caps, regs, budget, &|p| {
                                !behind || p == target
                            });
                            if self.too_deep.get() {
                                return None;
                            }
                            r.is_some()
                        }
                        None => false,
                    };
                    if budget.stopped.is_some() {
                        return None;
                    }
                    if found != *neg {
                        if found {
                            for (k, &v) in sub_caps.iter().enumerate() {
                                if caps[k] != v {
                                    stack.push(Bt::Save(k, caps[k]));
                                    caps[k] = v;
                                }
                            }
                        }
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Match => {
                    if accept(pos) {
                        return Some(pos);
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                match stack.pop() {
                    None => return None,
                    Some(Bt::Save(slot, old)) => caps[slot] = old,
                    Some(Bt::Reg(r, old)) => regs[r] = old,
                    Some(Bt::Alt(p, ps)) => {
                        pc = p;
                        pos = ps;
                        break;
                    }
                }
            }
        }
    }
}
