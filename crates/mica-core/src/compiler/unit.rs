//! The code object under construction: instruction emission, labels and jump patching,
//! constant and name pools (deduplicated), and the line table.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use hashbrown::HashMap;

use crate::ast::{Line, Stmt};
use crate::bytecode::{CodeObject, Const, Op};
use crate::symtable::{name_hash, ScopeId};

/// A jump target; bound to an instruction index by [`Unit::bind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub u32);

const UNBOUND: u32 = u32::MAX;

/// A compile-time block: what must be undone when `break`, `continue` or `return`
/// leaves it.
#[derive(Debug, Clone, Copy)]
pub enum Block<'a> {
    /// A `while` loop: nothing on the stack.
    While { cont: Label, brk: Label },
    /// A `for` / `async for` loop: its iterator is on the stack.
    For { cont: Label, brk: Label },
    /// The protected body of a `try/except`.
    TryExcept,
    /// The protected body of a `try/finally`; leaving it runs the finally body inline.
    TryFinally { finalbody: &'a [Stmt] },
    /// The exceptional path of a finally body: the exception is on the stack.
    FinallyHandler,
    /// An `except` clause body, with its `as` name.
    Handler { name: Option<&'a str> },
    /// The body of a `with` / `async with`: the exit callable is on the stack.
    With { is_async: bool },
}

pub struct Unit<'a> {
    pub scope: ScopeId,
    pub code: CodeObject,
    pub blocks: Vec<Block<'a>>,
    labels: Vec<u32>,
    /// Indices of jump instructions whose operand is still a label id.
    jumps: Vec<usize>,
    /// Positions of `code.names`, hashed by name (the names are not stored twice).
    names: hashbrown::HashTable<u32>,
    /// Positions of `code.varnames` (rebuilt when names were added elsewhere).
    varnames: HashMap<String, u32>,
    /// Positions of the constants in `code.consts`, by [`const_hash`].
    consts: hashbrown::HashTable<u32>,
    /// How many of `code.consts` the index has seen.
    indexed: usize,
    last_line: Line,
    /// `(first instruction index, source line)` in instruction order, packed into
    /// `code.lines` by `finish`.
    lines: Vec<(u32, u32)>,
}

impl<'a> Unit<'a> {
    pub fn new(scope: ScopeId, code: CodeObject) -> Unit<'a> {
        let last_line = 0;
        Unit {
            scope,
            code,
            blocks: Vec::new(),
            labels: Vec::new(),
            jumps: Vec::new(),
            names: hashbrown::HashTable::new(),
            varnames: HashMap::new(),
            consts: hashbrown::HashTable::new(),
            indexed: 0,
            last_line,
            lines: Vec::new(),
        }
    }

    pub fn emit(&mut self, op: Op) {
        self.code.code.to_mut().push(op);
    }

    /// Whether running the code emitted so far can reach its end: its last instruction
    /// goes on to the next one, or a label is bound there (every jump and handler
    /// target is a label, and a function's labels are kept until `finish`).
    pub fn falls_through(&self) -> bool {
        let end = self.code.code.len() as u32;
        let ends = matches!(
            self.code.code.last(),
            Some(Op::ReturnValue | Op::RaiseVarargs(_) | Op::Jump(_))
        );
        !ends || self.labels.contains(&end)
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNBOUND);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = self.code.code.len() as u32;
    }

    /// Emit a jump-family instruction built by `make` from the label id.
    pub fn emit_jump(&mut self, make: fn(u32) -> Op, label: Label) {
        self.jumps.push(self.code.code.len());
        self.emit(make(label.0));
    }

    /// Record that the instructions emitted from now on come from `line`.
    pub fn set_line(&mut self, line: Line) {
        if line == 0 || line == self.last_line {
            return;
        }
        self.last_line = line;
        let pc = self.code.code.len() as u32;
        match self.lines.last_mut() {
            Some(last) if last.0 == pc => last.1 = line,
            _ => self.lines.push((pc, line)),
        }
    }

    pub fn add_const(&mut self, value: Const) -> u32 {
        if matches!(value, Const::Code(_)) {
            self.code.consts.to_mut().push(value);
            return self.code.consts.len() as u32 - 1;
        }
        // Deduplicated through a hash index (a linear search made big modules
        // quadratic to compile); constants added some other way are indexed first.
        let consts = &self.code.consts;
        for i in self.indexed..consts.len() {
            if !matches!(consts[i], Const::Code(_)) {
                self.consts
                    .insert_unique(const_hash(&consts[i]), i as u32, |&j| {
                        const_hash(&consts[j as usize])
                    });
            }
        }
        self.indexed = consts.len();
        let h = const_hash(&value);
        if let Some(&i) = self
            .consts
            .find(h, |&i| same_const(&consts[i as usize], &value))
        {
            return i;
        }
        self.code.consts.to_mut().push(value);
        self.code.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let h = name_hash(name);
        let names = &self.code.names;
        if let Some(&i) = self.names.find(h, |&i| names[i as usize] == name) {
            return i;
        }
        let i = names.len() as u32;
        self.code.names.to_mut().push(name.to_string().into());
        let names = &self.code.names;
        self.names
            .insert_unique(h, i, |&j| name_hash(&names[j as usize]));
        i
    }

    /// The fast slot of `name`, adding a hidden local if it is not there yet.
    pub fn varname(&mut self, name: &str) -> u32 {
        if self.varnames.len() != self.code.varnames.len() {
            self.varnames.clear();
            for (i, v) in self.code.varnames.iter().enumerate() {
                self.varnames.entry(v.to_string()).or_insert(i as u32);
            }
        }
        if let Some(&i) = self.varnames.get(name) {
            return i;
        }
        let i = self.code.varnames.len() as u32;
        self.code.varnames.to_mut().push(name.to_string().into());
        self.varnames.insert(name.to_string(), i);
        i
    }

    /// The cell/free slot of `name` (cells first, then free variables).
    pub fn deref(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.code.cellvars.iter().position(|v| v == name) {
            return Some(i as u32);
        }
        let free = self.code.freevars.iter().position(|v| v == name)?;
        Some((self.code.cellvars.len() + free) as u32)
    }

    /// Patch the jumps emitted so far, whose labels must all be bound (true at the
    /// end of a top-level statement), and forget them and their labels.
    pub fn resolve_jumps(&mut self) {
        if !self.jumps.is_empty() {
            let code = self.code.code.to_mut();
            for &pc in &self.jumps {
                let labels = &self.labels;
                code[pc] = retarget(code[pc], |label| labels[label as usize]);
            }
        }
        self.jumps.clear();
        self.labels.clear();
    }

    /// The same unit for AST nodes of another lifetime (the module's unit between two
    /// top-level statements): there must be no open block, and any is dropped.
    pub fn rebind<'b>(self) -> Unit<'b> {
        Unit {
            scope: self.scope,
            code: self.code,
            blocks: Vec::new(),
            labels: self.labels,
            jumps: self.jumps,
            names: self.names,
            varnames: self.varnames,
            consts: self.consts,
            indexed: self.indexed,
            last_line: self.last_line,
            lines: self.lines,
        }
    }

    /// Resolve jump labels and hand over the finished code object, its tables no
    /// bigger than they need to be (they grew by doubling).
    pub fn finish(mut self) -> CodeObject {
        self.resolve_jumps();
        shrink(&mut self.code.code);
        shrink(&mut self.code.consts);
        shrink(&mut self.code.names);
        let lines = crate::linetable::pack(&self.lines, self.code.first_line);
        self.code.lines = alloc::borrow::Cow::Owned(lines);
        shrink(&mut self.code.lines);
        shrink(&mut self.code.varnames);
        self.code
    }
}

fn shrink<T: Clone>(table: &mut alloc::borrow::Cow<'static, [T]>) {
    if let alloc::borrow::Cow::Owned(v) = table {
        v.shrink_to_fit();
    }
}

/// Replace the target operand of a jump-family instruction.
fn retarget(op: Op, map: impl Fn(u32) -> u32) -> Op {
    match op {
        Op::Jump(t) => Op::Jump(map(t)),
        Op::PopJumpIfFalse(t) => Op::PopJumpIfFalse(map(t)),
        Op::PopJumpIfTrue(t) => Op::PopJumpIfTrue(map(t)),
        Op::JumpIfFalseOrPop(t) => Op::JumpIfFalseOrPop(map(t)),
        Op::JumpIfTrueOrPop(t) => Op::JumpIfTrueOrPop(map(t)),
        Op::ForIter(t) => Op::ForIter(map(t)),
        Op::SetupFinally(t) => Op::SetupFinally(map(t)),
        Op::JumpIfNotExcMatch(t) => Op::JumpIfNotExcMatch(map(t)),
        other => other,
    }
}

/// Constant identity for deduplication: floats compare by bits (so `0.0` and `-0.0`
/// stay apart) and values of different types never merge (`1`, `1.0`, `True`).
/// A hash of a constant consistent with [`same_const`] (floats by their bits).
fn const_hash(c: &Const) -> u64 {
    use core::hash::{Hash, Hasher};
    fn feed(c: &Const, h: &mut impl Hasher) {
        core::mem::discriminant(c).hash(h);
        match c {
            Const::Int(i) => i.hash(h),
            Const::Float(f) => f.to_bits().hash(h),
            Const::Complex { real, imag } => {
                real.to_bits().hash(h);
                imag.to_bits().hash(h);
            }
            Const::Str(s) => s.hash(h),
            Const::BigInt(s) => s.hash(h),
            Const::Bytes(b) => b.hash(h),
            Const::Tuple(items) => {
                items.len().hash(h);
                for it in items.iter() {
                    feed(it, h);
                }
            }
            _ => {}
        }
    }
    /// FNV-1a: deterministic (the index is built across calls).
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
            }
        }
    }
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    feed(c, &mut h);
    h.finish()
}

fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex { real: r1, imag: i1 }, Const::Complex { real: r2, imag: i2 }) => {
            r1.to_bits() == r2.to_bits() && i1.to_bits() == i2.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        _ => a == b,
    }
}
