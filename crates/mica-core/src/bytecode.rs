//! The bytecode: the instruction set the compiler emits and the VM executes, and the
//! code object that carries it.
//!
//! A stack machine in the family of CPython 3.9's: each instruction is an [`Op`] with at
//! most one 32-bit operand, kept as a Rust enum so dispatch is a single `match`.
//! A code object is plain data (no heap references), so the compiler never touches the
//! GC heap; the VM materialises constants and interns names when it loads one.
//!
//! Stack effects below are written `[.., a, b] -> [.., c]` with the top of stack last.
//!
//! # Exception handling
//! Each frame keeps a *block stack*. `SetupFinally(h)` pushes a catch-all block that
//! remembers the value-stack depth. When an exception is raised the VM pops blocks:
//! - an `ExceptHandler` block (see below) is popped, the value stack cut back to its depth,
//!   and the exception that was being handled before it is restored; unwinding continues;
//! - a `SetupFinally(h)` block is popped, the value stack cut back to its depth, then the
//!   VM pushes an `ExceptHandler` block (recording the current depth), makes the new
//!   exception the one *being handled* (for bare `raise`, `sys.exc_info()` and implicit
//!   `__context__`), pushes the exception instance and jumps to `h`.
//!
//! If no block is left the exception propagates to the caller's frame.
//! `PopExcept` ends a handler normally: it pops the (top) `ExceptHandler` block and
//! restores the previously handled exception; it does not touch the value stack.
//!
//! Compile patterns (the compiler must follow these exactly):
//!
//! ```text
//! try: B  except E as n: H  else: O          try: B  finally: F
//!     SetupFinally(X)                             SetupFinally(X)
//!     B                                           B
//!     PopBlock                                    PopBlock
//!     O                                           F               (inline copy, normal path)
//!     Jump(END)                                   Jump(END)
//! X:  DupTop                    [exc, exc]    X:  F               (stack: [exc], handler active)
//!     <E>                       [exc, exc, E]     Reraise         (raises TOS again)
//!     JumpIfNotExcMatch(NEXT)   [exc]         END:
//!     Store n  (or Pop if no `as`)  []
//!     H
//!     PopExcept
//!     LoadConst None; Store n; Delete n     (only with `as n`)
//!     Jump(END)
//! NEXT: ...further clauses...; a bare `except:` is `Pop; H; PopExcept; Jump(END)`
//!     Reraise                   (no clause matched: TOS is the exception)
//! END:
//! ```
//! `try/except/finally` nests the except form inside the finally form.
//!
//! `break`, `continue` and `return` that leave blocks are compiled by unwinding at
//! compile time, innermost first: leaving a `for` loop pops its iterator (`Pop`; for
//! `return`, keep the return value on top by storing it in a hidden local first);
//! leaving a protected `try` body emits `PopBlock` and an inline copy of the finally body
//! (or, for a `with` body, `PopBlock` and the normal `__exit__` call below);
//! leaving an except clause body emits `PopExcept` (after `Pop` of the exception if it is
//! still on the stack, as in a bare `except:` or a finally handler `X:` path).
//!
//! ```text
//! with M as T: B
//!     <M>
//!     BeforeWith                [mgr] -> [exit, enter_result]
//!     SetupFinally(X)
//!     Store T  (or Pop)
//!     B
//!     PopBlock
//!     LoadConst None; LoadConst None; LoadConst None; CallFunction(3); Pop
//!     Jump(END)
//! X:  WithExceptStart           [exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]
//!     PopJumpIfTrue(SUPPRESS)
//!     Reraise                   (TOS is exc)
//! SUPPRESS:
//!     PopExcept; Pop; Pop       (drop exc and exit)
//! END:
//! ```
//! `async with` uses `BeforeAsyncWith` and awaits (`GetAwaitable; LoadConst None;
//! YieldFrom`) the `__aenter__` result and each `__aexit__` call result.
//!
//! ```text
//! for T in I: B  else: O                      async for T in I: B
//!     <I>; GetIter                                <I>; GetAIter
//! TOP: ForIter(DONE)        [it] -> [it, x]   TOP: SetupFinally(X)
//!     Store T                                     GetANext; LoadConst None; YieldFrom
//!     B                                           PopBlock
//!     Jump(TOP)                                   Store T; B; Jump(TOP)
//! DONE: O        (ForIter popped `it`)        X:  EndAsyncFor   (StopAsyncIteration ends the loop)
//!                                                 O
//! ```
//!
//! # Functions and classes
//! Locals of a function live in `varnames` slots (parameters first: positional,
//! keyword-only, then `*args`, then `**kwargs`). A variable captured by an inner function
//! is a *cell*: `LoadDeref(i)` indexes `cellvars` for `i < cellvars.len()`, else
//! `freevars[i - cellvars.len()]`. A parameter that is also a cell keeps its parameter
//! slot; the compiler emits `LoadFast(p); StoreDeref(c)` at the start of the body and uses
//! the cell afterwards.
//!
//! Comprehensions and generator expressions are compiled as nested functions taking the
//! outermost iterator as their single argument `.0`: `MakeFunction; <outer iterable>;
//! GetIter; CallFunction(1)`.
//!
//! A class body is a code object with [`CodeFlags::CLASS_BODY`] that uses
//! `LoadName`/`StoreName` (free variables via `LoadClassDeref`). It starts with
//! `LoadName __name__; StoreName __module__; LoadConst qualname; StoreName __qualname__`
//! (and `StoreName __doc__` for a docstring). When a method uses `super` or `__class__`,
//! the class body owns a cell `__class__` (a free variable of those methods) and ends with
//! `LoadClosure(cell); ReturnValue`; otherwise it ends with `LoadConst None; ReturnValue`.
//! `class C(B, metaclass=M): ...` compiles to `LoadBuildClass; <MakeFunction body>;
//! LoadConst "C"; <B>; <M>; LoadConst ("metaclass",); CallFunctionKw(3)`.

use alloc::borrow::Cow;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::ast::{BinOp, UnaryOp};

/// One instruction. The operand, where present, is an index (into `consts`, `names`,
/// `varnames`, the cell/free table), a count, a flag set, or an absolute jump target
/// (an index into `CodeObject::code`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Nop,

    // ---- stack manipulation ----
    /// `[.., a] -> [..]`
    Pop,
    /// `[.., a] -> [.., a, a]`
    DupTop,
    /// `[.., a, b] -> [.., a, b, a, b]`
    DupTop2,
    /// `[.., a, b] -> [.., b, a]`
    RotTwo,
    /// `[.., a, b, c] -> [.., c, a, b]`
    RotThree,
    /// `[.., a, b, c, d] -> [.., d, a, b, c]`
    RotFour,

    // ---- constants and variables ----
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push a small integer directly.
    LoadInt(i32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Push the contents of cell/free variable `i` (NameError/UnboundLocalError if empty).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: look `freevars`-name up in the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// Module/class-level name: locals mapping, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),

    // ---- attributes and items ----
    /// `[.., obj] -> [.., obj.name]`
    LoadAttr(u32),
    /// `[.., value, obj] -> [..]` (obj.name = value)
    StoreAttr(u32),
    /// `[.., obj] -> [..]`
    DeleteAttr(u32),
    /// `[.., obj] -> [.., x, y]`: two opaque slots consumed by `CallMethod*`.
    LoadMethod(u32),
    /// `[.., obj, key] -> [.., obj[key]]`
    BinarySubscr,
    /// `[.., value, obj, key] -> [..]`
    StoreSubscr,
    /// `[.., obj, key] -> [..]`
    DeleteSubscr,
    /// `[.., lower, upper] -> [.., slice]` (n=2) or with step (n=3).
    BuildSlice(u32),

    // ---- operators ----
    /// `[.., a, b] -> [.., a op b]`; operand is a [`BinOp`] as `u8`.
    BinaryOp(u32),
    /// `[.., a, b] -> [.., a op= b]` (tries `__iop__` first).
    InplaceOp(u32),
    /// `[.., a] -> [.., op a]`; operand is a [`UnaryOp`] as `u8`.
    UnaryOp(u32),
    /// `[.., a, b] -> [.., a cmp b]`; operand is a [`CompareKind`].
    CompareOp(u32),
    /// `[.., a, b] -> [.., a is b]` (operand 1: `is not`).
    IsOp(u32),
    /// `[.., a, b] -> [.., a in b]` (operand 1: `not in`).
    ContainsOp(u32),

    // ---- control flow ----
    Jump(u32),
    /// `[.., c] -> [..]`, jump if falsy.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is falsy jump (leaving it), else pop it.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[.., x] -> [.., iter(x)]`
    GetIter,
    /// `[.., it] -> [.., it, next(it)]`, or pop `it` and jump when exhausted.
    ForIter(u32),

    // ---- building containers ----
    BuildTuple(u32),
    BuildList(u32),
    /// `{a, b, ...}` from the top `n & !CONST_SET` items; the `CONST_SET` bit marks a
    /// display of three or more constants, which CPython lays out differently.
    BuildSet(u32),
    /// `[.., k1, v1, .. kn, vn] -> [.., dict]`
    BuildMap(u32),
    /// `[.., s1 .. sn] -> [.., s1 + .. + sn]` (all `str`).
    BuildString(u32),
    /// `[.., list, x1 .. x(i-1), v] -> [.., list, x1 .. x(i-1)]`, appending v: the list is
    /// `i` slots below the top after popping `v`.
    ListAppend(u32),
    SetAdd(u32),
    /// `[.., dict, .., k, v] -> [.., dict, ..]`: the dict is `i` slots below after popping.
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]` (list.extend), `i` as for `ListAppend`.
    ListExtend(u32),
    /// `f(*x)`: `[.., callee, list, x] -> [.., callee, list]`, like `ListExtend(1)` but
    /// a non-iterable `x` is "f() argument after * must be an iterable".
    ListExtendCall,
    SetUpdate(u32),
    /// `{**m}`: dict.update.
    DictUpdate(u32),
    /// `f(**m)`: like DictUpdate but a repeated key is a TypeError
    /// ("got multiple values for keyword argument 'k'").
    DictMerge(u32),
    /// `[.., list] -> [.., tuple]`
    ListToTuple,
    /// `[.., seq] -> [.., x(n-1), .., x0]` (x0 on top); ValueError on length mismatch.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand `before | after << 8`; pushes the `after` items, the
    /// starred list, then the `before` items, the first item ending on top.
    UnpackEx(u32),
    /// f-string field: operand bits 0-1 conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`),
    /// bit 2 a format spec is on the stack: `[.., value, (spec)] -> [.., str]`.
    FormatValue(u32),

    // ---- calls and functions ----
    /// `[.., f, a1 .. an] -> [.., f(a1 .. an)]`
    CallFunction(u32),
    /// `[.., f, a1 .. an, names] -> [.., result]`: `names` is a tuple constant naming the
    /// last `len(names)` of the `n` arguments as keywords.
    CallFunctionKw(u32),
    /// `[.., f, args, (kwargs)] -> [.., f(*args, **kwargs)]`; operand bit 0: kwargs present.
    /// `args` is a tuple or list, `kwargs` a dict.
    CallFunctionEx(u32),
    /// `[.., x, y, a1 .. an] -> [.., result]` after `LoadMethod`.
    CallMethod(u32),
    /// `[.., x, y, a1 .. an, names] -> [.., result]` after `LoadMethod`.
    CallMethodKw(u32),
    /// Operand flags: 0x01 defaults tuple, 0x02 keyword-only defaults dict, 0x08 closure
    /// tuple. `[.., (defaults), (kwdefaults), (closure), code] -> [.., function]`.
    MakeFunction(u32),
    /// Push `__build_class__`.
    LoadBuildClass,
    /// `[.., v] -> return v`.
    ReturnValue,

    // ---- generators and coroutines ----
    /// `[.., v] -> yield v`; on resume the sent value is pushed.
    YieldValue,
    /// `[.., it, v] -> [.., result]`: delegate to `it` (send `v`), yielding what it yields,
    /// until it returns.
    YieldFrom,
    /// `[.., x] -> [.., iterator for yield from]` (a generator/coroutine stays as is).
    GetYieldFromIter,
    /// `[.., x] -> [.., awaitable iterator]` (coroutine, or the result of `__await__`).
    GetAwaitable,
    /// `[.., x] -> [.., x.__aiter__()]`
    GetAIter,
    /// `[.., ait] -> [.., ait, awaitable of ait.__anext__()]`
    GetANext,
    /// `[.., ait, exc] -> [..]` if exc is StopAsyncIteration (also pops the handler
    /// block like `PopExcept`), else re-raise exc.
    EndAsyncFor,

    // ---- exceptions ----
    SetupFinally(u32),
    PopBlock,
    PopExcept,
    /// `[.., exc] -> raise exc` again, keeping its traceback.
    Reraise,
    /// 0: re-raise the exception being handled; 1: `[.., exc]`; 2: `[.., exc, cause]`.
    RaiseVarargs(u32),
    /// `[.., exc, type] -> [..]`, jump unless `isinstance(exc, type)` (type may be a tuple).
    JumpIfNotExcMatch(u32),
    /// Push the `AssertionError` class.
    LoadAssertionError,
    /// `[.., mgr] -> [.., bound __exit__, mgr.__enter__()]`
    BeforeWith,
    /// `[.., mgr] -> [.., bound __aexit__, mgr.__aenter__()]` (result still to be awaited).
    BeforeAsyncWith,
    /// `[.., exit, exc] -> [.., exit, exc, exit(type(exc), exc, None)]`
    WithExceptStart,

    // ---- imports ----
    /// `[.., level, fromlist] -> [.., module]`: `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32),
    /// `[.., module] -> [.., module, module.name]` (ImportError "cannot import name" if absent;
    /// falls back to importing the submodule `module.name`).
    ImportFrom(u32),
    /// `[.., module] -> [..]`: `from module import *` into the current namespace.
    ImportStar,

    // ---- interactive ----
    /// `[.., v] -> [..]`: REPL expression statement: print `repr(v)` unless None, set `_`.
    PrintExpr,

    // ---- superinstructions (made by `peephole`, never by the compiler) ----
    // Each replaces the first of two instructions and skips the second, which stays in
    // place unchanged so that a jump to it still works.
    /// `LoadFast(a); LoadFast(b)`: operand `a | b << 16`.
    LoadFast2(u32),
    /// `LoadFast(a); LoadAttr(n)`: operand `a | n << 16`.
    LoadFastAttr(u32),
    /// `LoadFast(a); StoreAttr(n)`: `[.., v] -> [..]` with `a.n = v`; operand `a | n << 16`.
    StoreFastAttr(u32),
    /// `CompareOp(k); PopJumpIfFalse(t)`: operand `k | t << 3`.
    CompareJumpIfFalse(u32),
    /// `StoreFast(a); LoadFast(b)`: operand `a | b << 16`.
    StoreFastLoadFast(u32),
    /// `LoadInt(n); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`): operand
    /// `k | inplace << 4 | (n as u32) << 8` with `n` a signed 24-bit immediate.
    BinaryOpInt(u32),
    /// `ForIter(t); StoreFast(a)`: operand `t | a << 20` (`t < 2^20`, `a < 2^12`).
    ForIterStore(u32),
    /// `LoadFast(a); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`): `[.., x] -> [.., x op a]`;
    /// operand `k | inplace << 4 | a << 8`.
    BinaryOpFast(u32),
    /// `LoadConst(c); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`): `[.., x] -> [.., x op c]`;
    /// operand `k | inplace << 4 | c << 8`.
    BinaryOpConst(u32),
    /// `LoadFast(a); LoadFast(b); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`), skipping two:
    /// `[..] -> [.., a op b]`; operand `k | inplace << 4 | a << 8 | b << 20`
    /// (`a, b < 2^12`).
    BinaryOpFast2(u32),
    /// `LoadFast(a); BinarySubscr`: `[.., x] -> [.., x[a]]`.
    BinarySubscrFast(u32),
    /// `LoadInt(n); BinarySubscr`: `[.., x] -> [.., x[n]]` (`n` a signed 32-bit immediate).
    BinarySubscrInt(i32),
    /// `BuildSlice(2); BinarySubscr`: `[.., x, lo, hi] -> [.., x[lo:hi]]`. Lists and
    /// tuples with int or `None` bounds are sliced without a slice object; otherwise
    /// it builds the slice and the `BinarySubscr` after it runs.
    SliceSubscr,
    /// `LoadFast(a); LoadFast(b); BinarySubscr`, skipping two: `[..] -> [.., a[b]]`;
    /// operand `a | b << 16`.
    BinarySubscrFast2(u32),
    /// `LoadFast(a); LoadFast(b); StoreSubscr`, skipping two: `[.., v] -> [..]` with
    /// `a[b] = v`; operand `a | b << 16`.
    StoreSubscrFast2(u32),
    /// `LoadFast(a); LoadInt(n); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`), skipping two:
    /// `[..] -> [.., a op n]`; operand `k | inplace << 4 | a << 5 | (n as u32) << 13`
    /// (`a < 2^8`, `n` a signed 19-bit immediate).
    BinaryOpFastInt(u32),
    /// `LoadFast(a); LoadFast(b); CompareOp(k); PopJumpIfFalse(t)`, skipping three:
    /// operand `k | a << 3 | b << 11 | t << 19` (`a, b < 2^8`, `t < 2^13`).
    CompareFast2JumpIfFalse(u32),
    /// `LoadFast(a); LoadInt(n); BinarySubscr`, skipping two: `[..] -> [.., a[n]]`;
    /// operand `a | (n as u16) << 16` (`a < 2^16`, `n` a signed 16-bit immediate).
    BinarySubscrFastInt(u32),
    /// `LoadFast(a); LoadInt(n); DupTop2; BinarySubscr` (the start of `a[n] op= x`),
    /// skipping three: `[..] -> [.., a, n, a[n]]`; operand as for `BinarySubscrFastInt`.
    SubscrFastIntDup(u32),
    /// `InplaceOp(k); RotThree; StoreSubscr` (the end of `obj[key] op= x`), skipping
    /// two: `[.., obj, key, old, x] -> [..]` with `obj[key] = old op= x`; operand `k`.
    InplaceStoreSubscr(u32),
    /// `BinaryOp(k); StoreFast(c)` (bit 4 set: `InplaceOp(k)`): `[.., x, y] -> [..]` with
    /// `c = x op y`; operand `k | inplace << 4 | c << 8`.
    BinaryOpStore(u32),
    /// `LoadFast(b); BinaryOp(k); StoreFast(c)` (bit 4 set: `InplaceOp(k)`), skipping
    /// two: `[.., x] -> [..]` with `c = x op b`; operand
    /// `k | inplace << 4 | b << 8 | c << 20` (`b, c < 2^12`).
    BinaryOpFastStore(u32),
    /// `LoadFast(a); LoadFast(b); BinaryOp(k); StoreFast(c)` (bit 4 set: `InplaceOp(k)`),
    /// skipping three: `c = a op b`; operand `k | inplace << 4 | a << 5 | b << 14 | c << 23`
    /// (`a, b, c < 2^9`).
    BinaryOpFast2Store(u32),
    /// `LoadFast(a); LoadInt(n); BinaryOp(k); StoreFast(c)` (bit 4 set: `InplaceOp(k)`),
    /// skipping three: `c = a op n`; operand `k | inplace << 4 | a << 5 | c << 13 | n << 21`
    /// (`a, c < 2^8`, `n` a signed 11-bit immediate).
    BinaryOpFastIntStore(u32),
    /// `LoadConst(c); LoadFast(a); BinaryOp(k)` (bit 4 set: `InplaceOp(k)`), skipping
    /// two: `[..] -> [.., c op a]`; operand `k | inplace << 4 | c << 5 | a << 16`
    /// (`c < 2^11`, `a < 2^16`).
    BinaryOpConstFast(u32),
    /// `UnpackSequence(2); StoreFast(a); StoreFast(b)`, skipping two: `[.., seq] -> [..]`
    /// with `a, b = seq`; operand `a | b << 16`.
    UnpackStore2(u32),
    /// `LoadConst(c); CompareOp(k); PopJumpIfFalse(t)`, skipping two: `[.., x] -> [..]`,
    /// jumping to `t` unless `x cmp c`; operand `k | c << 3 | t << 13` (`c < 2^10`,
    /// `t < 2^19`).
    CompareConstJumpIfFalse(u32),
}

/// Operand of [`Op::CompareOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareKind {
    pub fn from_u32(v: u32) -> CompareKind {
        match v {
            0 => CompareKind::Lt,
            1 => CompareKind::Le,
            2 => CompareKind::Eq,
            3 => CompareKind::Ne,
            4 => CompareKind::Gt,
            _ => CompareKind::Ge,
        }
    }
}

/// Decode the operand of [`Op::BinaryOp`] / [`Op::InplaceOp`].
pub fn binop_from_u32(v: u32) -> BinOp {
    match v {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        2 => BinOp::Mult,
        3 => BinOp::MatMult,
        4 => BinOp::Div,
        5 => BinOp::FloorDiv,
        6 => BinOp::Mod,
        7 => BinOp::Pow,
        8 => BinOp::LShift,
        9 => BinOp::RShift,
        10 => BinOp::BitOr,
        11 => BinOp::BitXor,
        _ => BinOp::BitAnd,
    }
}

/// Decode the operand of [`Op::UnaryOp`].
pub fn unaryop_from_u32(v: u32) -> UnaryOp {
    match v {
        0 => UnaryOp::Invert,
        1 => UnaryOp::Not,
        2 => UnaryOp::UAdd,
        _ => UnaryOp::USub,
    }
}

/// A string of a code object: owned when the compiler made it at run time, borrowed from
/// `static` data for a frozen module (see `modules/frozen_code.rs`).
pub type Text = Cow<'static, str>;

/// A table of a code object (instructions, names, constants, line numbers): owned when
/// the compiler made it at run time, borrowed from `static` data for a frozen module.
pub type Table<T> = Cow<'static, [T]>;

/// The longest string constant loading a code object interns (`Vm::load_code`); longer
/// ones become `str` objects.
pub const INTERNED_STR_MAX: usize = 64;

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// The digits of an integer literal as `ast::Constant::BigInt` has them (decimal, or
    /// after a `0x`/`0o`/`0b` prefix), optionally after a `-`.
    BigInt(Text),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Text),
    Bytes(Cow<'static, [u8]>),
    Tuple(Table<Const>),
    Code(CodeRef),
}

/// A nested code object in a constant table: shared with the compiler's output, or a
/// frozen module's code object in static data (flash on a device).
#[derive(Debug, Clone)]
pub enum CodeRef {
    Owned(Rc<CodeObject>),
    Frozen(&'static CodeObject),
}

impl CodeRef {
    /// The code object to load: a frozen one is copied shallowly (its tables stay
    /// borrowed from static data; only the struct itself is allocated).
    pub fn to_rc(&self) -> Rc<CodeObject> {
        match self {
            CodeRef::Owned(rc) => rc.clone(),
            CodeRef::Frozen(code) => Rc::new((*code).clone()),
        }
    }
}

impl core::ops::Deref for CodeRef {
    type Target = CodeObject;
    fn deref(&self) -> &CodeObject {
        match self {
            CodeRef::Owned(rc) => rc,
            CodeRef::Frozen(code) => code,
        }
    }
}

impl PartialEq for CodeRef {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl From<Rc<CodeObject>> for CodeRef {
    fn from(rc: Rc<CodeObject>) -> CodeRef {
        CodeRef::Owned(rc)
    }
}

/// Bit flags describing a code object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Takes `*args` (the slot after the keyword-only parameters).
    pub const VARARGS: u32 = 0x01;
    /// Takes `**kwargs` (the slot after `*args`, or after the keyword-only parameters).
    pub const VARKEYWORDS: u32 = 0x02;
    /// Calling it creates a generator.
    pub const GENERATOR: u32 = 0x04;
    /// `async def`: calling it creates a coroutine.
    pub const COROUTINE: u32 = 0x08;
    /// `async def` containing `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x10;
    /// Module-level code: names resolve through `LoadName` against globals.
    pub const MODULE: u32 = 0x20;
    /// A class body.
    pub const CLASS_BODY: u32 = 0x40;
    /// The peephole pass has run (`peephole::fuse`): frozen code is fused when it is
    /// frozen, so loading it leaves its static instructions untouched.
    pub const FUSED: u32 = 0x80;
    /// A loaded code object's last constant is its docstring (`objcode::Code::doc`).
    pub const HAS_DOC: u32 = 0x100;

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

/// A compiled function body, module or class body: its instructions and runtime tables
/// (what the dispatch loop reads on every instruction, kept in the struct itself) and
/// everything else behind [`CodeObject::info`] (reached through `Deref`: `code.names`,
/// `code.flags`...). The compiler builds one with owned tables; a frozen module's code
/// objects are `static` data whose instructions and [`CodeInfo`] are borrowed, so loading
/// one copies only this small struct (see "Frozen modules" in `docs/architecture.md`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeObject {
    pub code: Table<Op>,
    /// The rest of the code object: static for frozen code, owned otherwise.
    pub info: InfoRef,
}

impl CodeObject {
    /// A code object with no instructions yet.
    pub fn new(info: CodeInfo) -> CodeObject {
        CodeObject {
            code: Table::Owned(Vec::new()),
            info: InfoRef::Owned(alloc::boxed::Box::new(info)),
        }
    }
}

impl core::ops::Deref for CodeObject {
    type Target = CodeInfo;
    #[inline]
    fn deref(&self) -> &CodeInfo {
        &self.info
    }
}

impl core::ops::DerefMut for CodeObject {
    #[inline]
    fn deref_mut(&mut self) -> &mut CodeInfo {
        &mut self.info
    }
}

/// A code object's [`CodeInfo`]: borrowed from `static` data for a frozen module, owned
/// (boxed) when the compiler made it. Writing to a borrowed one copies it first.
#[derive(Clone)]
pub enum InfoRef {
    Static(&'static CodeInfo),
    Owned(alloc::boxed::Box<CodeInfo>),
}

impl Default for InfoRef {
    fn default() -> Self {
        InfoRef::Owned(alloc::boxed::Box::default())
    }
}

impl core::ops::Deref for InfoRef {
    type Target = CodeInfo;
    #[inline]
    fn deref(&self) -> &CodeInfo {
        match self {
            InfoRef::Static(i) => i,
            InfoRef::Owned(b) => b,
        }
    }
}

impl core::ops::DerefMut for InfoRef {
    fn deref_mut(&mut self) -> &mut CodeInfo {
        if let InfoRef::Static(i) = *self {
            *self = InfoRef::Owned(alloc::boxed::Box::new(i.clone()));
        }
        match self {
            InfoRef::Owned(b) => b,
            // Made owned just above.
            InfoRef::Static(_) => unreachable!(),
        }
    }
}

impl PartialEq for InfoRef {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl core::fmt::Debug for InfoRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        (**self).fmt(f)
    }
}

/// What a code object holds besides its instructions and runtime tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeInfo {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`...
    pub name: Text,
    /// `C.f`, `f.<locals>.g`.
    pub qualname: Text,
    pub filename: Text,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Local variable names, parameters first.
    pub varnames: Table<Text>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Table<Text>,
    /// Variables of enclosing scopes used here.
    pub freevars: Table<Text>,
    /// Global, attribute and imported names used by the `*Name`, `*Global`, `*Attr`,
    /// `LoadMethod` and import instructions.
    pub names: Table<Text>,
    pub consts: Table<Const>,
    /// Which source line each instruction comes from, packed (`linetable.rs`).
    pub lines: Table<u8>,
    /// The docstring of a function, if any.
    pub doc: Option<Text>,
}

impl CodeInfo {
    /// The source line of instruction `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        crate::linetable::line_at(&self.lines, self.first_line, pc)
    }

    /// Number of cell plus free variable slots.
    pub fn n_derefs(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}

/// Flag bit in `BuildSet`'s operand: every item is a constant (see `objset::finish_display`).
pub const CONST_SET: u32 = 1 << 31;
