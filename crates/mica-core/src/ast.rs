//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! Shaped after Python's own `ast` module, minus the load/store/del contexts (the
//! compiler derives those from position). Every statement and expression carries the
//! 1-based source line it starts on, for tracebacks and `SyntaxError`s.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A 1-based source line number.
pub type Line = u32;

/// A whole module (file, `-c` string, `exec` input) or one REPL statement group.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub line: Line,
    pub kind: StmtKind,
}

/// Statements whose fields take more room than an assignment's are boxed, so that a
/// `Stmt` (every element of every body while a statement compiles) stays small: 80
/// bytes on a 64-bit host instead of 232 (see "Compiling a module" in
/// `docs/architecture.md`).
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` holds `[a, b]` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign(Box<AugAssign>),
    AnnAssign(Box<AnnAssign>),
    For(Box<For>),
    While(Box<While>),
    If(Box<If>),
    With(Box<With>),
    Raise(Box<Raise>),
    Try(Box<Try>),
    Assert(Box<Assert>),
    Import(Vec<Alias>),
    /// `from .mod import a as b`: `module` is `None` for `from . import x`; `level` counts dots.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AugAssign {
    pub target: Expr,
    pub op: BinOp,
    pub value: Expr,
}

/// `target: annotation [= value]`. `simple` is true when the target is a bare name.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnAssign {
    pub target: Expr,
    pub annotation: Expr,
    pub value: Option<Expr>,
    pub simple: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct For {
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct While {
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct If {
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Raise {
    pub exc: Option<Expr>,
    pub cause: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assert {
    pub test: Expr,
    pub msg: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's parameter list, as in Python's `ast.arguments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` element; `None` when that argument has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults for the last `defaults.len()` of `posonlyargs + args`.
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: Box<str>,
    pub annotation: Option<Box<Expr>>,
    pub line: Line,
}

/// `name=value` in a call or class header; `name` is `None` for `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
}

/// `import a.b.c as d`: `name` is the dotted name, `asname` the optional alias.
/// For `from m import *`, a single alias with name `"*"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub line: Line,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub line: Line,
    pub kind: ExprKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        op: BoolOp,
        values: Box<[Expr]>,
    },
    /// `target := value`; the target is always a `Name`.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` unpacking whose mapping is in `values`.
    Dict(Box<Dict>),
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Box<[Comprehension]>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Box<[Comprehension]>,
    },
    DictComp(Box<DictComp>),
    GeneratorExp {
        elt: Box<Expr>,
        generators: Box<[Comprehension]>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare(Box<Compare>),
    Call(Box<Call>),
    /// One `{value!conv:spec}` field of an f-string. `conversion` is `'r'`, `'s'` or `'a'`.
    /// `format_spec` is itself a `JoinedStr` (it may hold nested fields).
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: literal `Constant(Str)` parts and `FormattedValue` parts, in order.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Box<str>,
    },
    /// `value[slice]`; `a[i, j]` has a `Tuple` slice, `a[i:j]` a `Slice`.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Box<str>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// Only valid directly as a `Subscript` slice or inside its tuple.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// `{k: v, **m}`: a `None` key marks a `**m` unpacking whose mapping is in `values`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dict {
    pub keys: Vec<Option<Expr>>,
    pub values: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DictComp {
    pub key: Expr,
    pub value: Expr,
    pub generators: Vec<Comprehension>,
}

/// `a < b <= c`: `ops` and `comparators` have the same length.
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub left: Expr,
    pub ops: Vec<CmpOp>,
    pub comparators: Vec<Expr>,
}

/// Positional `*x` arguments appear in `args` as `Starred`; `**m` as a keyword with no name.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub func: Expr,
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// A literal. Integer literals that do not fit an `i64` keep their decimal digits.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// The digits (no underscores) of an integer too big for `i64`: decimal, or after
    /// their `0x`/`0o`/`0b` prefix; what `intparse::parse_int(_, 0)` reads.
    BigInt(Box<str>),
    Float(f64),
    /// The imaginary part of an imaginary literal such as `2j`.
    Imag(f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// A compile-time error from the lexer, parser or compiler; the VM turns it into a
/// Python `SyntaxError` (or `IndentationError` when `indentation` is set) with
/// `filename`, `lineno` and `offset` attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub msg: String,
    pub line: Line,
    /// 1-based column, 0 when unknown.
    pub col: u32,
    pub indentation: bool,
    /// The source is nested deeper than the native stack allows (see `stackguard.rs`):
    /// the VM raises `RecursionError` rather than `SyntaxError`.
    pub too_deep: bool,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: Line) -> Self {
        SyntaxError {
            msg: msg.into(),
            line,
            col: 0,
            indentation: false,
            too_deep: false,
        }
    }

    /// Out of native stack while parsing or compiling, at `line`.
    pub fn too_deep(line: Line) -> Self {
        SyntaxError {
            too_deep: true,
            ..SyntaxError::new("maximum recursion depth exceeded during compilation", line)
        }
    }
}

// ----- dropping deep trees without deep recursion -----
//
// Chains such as `a+b+c+...`, `a.b.c...`, `f()()()...` and `elif` ladders are built by
// loops in the parser, so an AST can be much deeper than the parser's own recursion.
// The derived drop glue would recurse once per level; these `Drop` impls take the
// children out into a work list instead, so dropping any tree needs a fixed amount of
// native stack. (The compiler and the symbol table recurse with a stack guard.)

/// What a node's children are replaced with while it is taken apart.
const EXPR_HOLE: ExprKind = ExprKind::Constant(Constant::None);

impl ExprKind {
    /// Whether dropping this node would drop other expressions.
    fn has_children(&self) -> bool {
        !matches!(
            self,
            ExprKind::Constant(_) | ExprKind::Name(_) | ExprKind::Yield(None)
        )
    }

    /// Move every child expression that has children of its own into `out`, leaving
    /// holes.
    fn take_children(&mut self, out: &mut Vec<ExprKind>) {
        fn take(e: &mut Expr, out: &mut Vec<ExprKind>) {
            if e.kind.has_children() {
                out.push(core::mem::replace(&mut e.kind, EXPR_HOLE));
            }
        }
        fn take_all(v: &mut [Expr], out: &mut Vec<ExprKind>) {
            v.iter_mut().for_each(|e| take(e, out));
        }
        fn take_comps(gens: &mut [Comprehension], out: &mut Vec<ExprKind>) {
            for g in gens {
                take(&mut g.target, out);
                take(&mut g.iter, out);
                take_all(&mut g.ifs, out);
            }
        }
        match self {
            ExprKind::BoolOp { values, .. } => take_all(values, out),
            ExprKind::NamedExpr { target, value } => {
                take(target, out);
                take(value, out);
            }
            ExprKind::BinOp { left, right, .. } => {
                take(left, out);
                take(right, out);
            }
            ExprKind::UnaryOp { operand, .. } => take(operand, out),
            ExprKind::Lambda { args, body } => {
                args.take_exprs(out);
                take(body, out);
            }
            ExprKind::IfExp { test, body, orelse } => {
                take(test, out);
                take(body, out);
                take(orelse, out);
            }
            ExprKind::Dict(d) => {
                d.keys.iter_mut().flatten().for_each(|e| take(e, out));
                take_all(&mut d.values, out);
            }
            ExprKind::Set(elts)
            | ExprKind::JoinedStr(elts)
            | ExprKind::List(elts)
            | ExprKind::Tuple(elts) => take_all(elts, out),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                take(elt, out);
                take_comps(generators, out);
            }
            ExprKind::DictComp(d) => {
                take(&mut d.key, out);
                take(&mut d.value, out);
                take_comps(&mut d.generators, out);
            }
            ExprKind::Await(e)
            | ExprKind::Yield(Some(e))
            | ExprKind::YieldFrom(e)
            | ExprKind::Starred(e) => take(e, out),
            ExprKind::Compare(c) => {
                take(&mut c.left, out);
                take_all(&mut c.comparators, out);
            }
            ExprKind::Call(c) => {
                take(&mut c.func, out);
                take_all(&mut c.args, out);
                c.keywords.iter_mut().for_each(|k| take(&mut k.value, out));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                take(value, out);
                if let Some(spec) = format_spec {
                    take(spec, out);
                }
            }
            ExprKind::Attribute { value, .. } => take(value, out),
            ExprKind::Subscript { value, slice } => {
                take(value, out);
                take(slice, out);
            }
            ExprKind::Slice { lower, upper, step } => {
                for e in [lower, upper, step].into_iter().flatten() {
                    take(e, out);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name(_) | ExprKind::Yield(None) => {}
        }
    }
}

impl Arguments {
    /// Move the default values and annotations out (see `ExprKind::take_children`).
    fn take_exprs(&mut self, out: &mut Vec<ExprKind>) {
        let mut take = |e: &mut Expr| {
            if e.kind.has_children() {
                out.push(core::mem::replace(&mut e.kind, EXPR_HOLE));
            }
        };
        self.defaults.iter_mut().for_each(&mut take);
        self.kw_defaults.iter_mut().flatten().for_each(&mut take);
        let args = self.posonlyargs.iter_mut().chain(&mut self.args);
        let args = args
            .chain(&mut self.kwonlyargs)
            .chain(&mut self.vararg)
            .chain(&mut self.kwarg);
        args.filter_map(|a| a.annotation.as_deref_mut())
            .for_each(take);
    }
}

impl Expr {
    /// Take the node apart (`Expr` has a `Drop`, so its fields cannot be moved out).
    pub fn into_kind(mut self) -> ExprKind {
        core::mem::replace(&mut self.kind, EXPR_HOLE)
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        if !self.kind.has_children() {
            return;
        }
        let mut work = Vec::new();
        work.push(core::mem::replace(&mut self.kind, EXPR_HOLE));
        while let Some(mut kind) = work.pop() {
            kind.take_children(&mut work);
            // `kind` drops here; its children are leaves or holes.
        }
    }
}

impl StmtKind {
    /// Move every nested statement that has a body of its own into `out`, leaving
    /// `pass` in its place. (Expressions drop through their own `Drop`.)
    fn take_children(&mut self, out: &mut Vec<StmtKind>) {
        fn take_all(v: &mut [Stmt], out: &mut Vec<StmtKind>) {
            for s in v {
                if s.kind.has_body() {
                    out.push(core::mem::replace(&mut s.kind, StmtKind::Pass));
                }
            }
        }
        match self {
            StmtKind::FunctionDef(f) => take_all(&mut f.body, out),
            StmtKind::ClassDef(c) => take_all(&mut c.body, out),
            StmtKind::For(f) => {
                take_all(&mut f.body, out);
                take_all(&mut f.orelse, out);
            }
            StmtKind::While(w) => {
                take_all(&mut w.body, out);
                take_all(&mut w.orelse, out);
            }
            StmtKind::If(i) => {
                take_all(&mut i.body, out);
                take_all(&mut i.orelse, out);
            }
            StmtKind::With(w) => take_all(&mut w.body, out),
            StmtKind::Try(t) => {
                take_all(&mut t.body, out);
                t.handlers
                    .iter_mut()
                    .for_each(|h| take_all(&mut h.body, out));
                take_all(&mut t.orelse, out);
                take_all(&mut t.finalbody, out);
            }
            _ => {}
        }
    }

    fn has_body(&self) -> bool {
        matches!(
            self,
            StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
                | StmtKind::For(_)
                | StmtKind::While(_)
                | StmtKind::If(_)
                | StmtKind::With(_)
                | StmtKind::Try(_)
        )
    }
}

impl Stmt {
    /// Take the node apart (`Stmt` has a `Drop`, so its fields cannot be moved out).
    pub fn into_kind(mut self) -> StmtKind {
        core::mem::replace(&mut self.kind, StmtKind::Pass)
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        if !self.kind.has_body() {
            return;
        }
        let mut work = Vec::new();
        work.push(core::mem::replace(&mut self.kind, StmtKind::Pass));
        while let Some(mut kind) = work.pop() {
            kind.take_children(&mut work);
        }
    }
}
