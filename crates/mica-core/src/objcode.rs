//! The `code` type: a compiled function, module or class body as the VM runs it, and its
//! loading from the compiler's output (`Vm::load_code`).
//!
//! The compiler's [`CodeObject`] keeps everything as text, so that it can be frozen into
//! `static` data when Mica is built. Loading turns it into a [`Code`]: the instructions
//! and line table move over (or stay borrowed from flash for frozen code), the constants
//! become values, and every name (operand names, local, cell and free variable names,
//! the code's own name, qualified name and file name) is interned. Nothing textual is
//! kept, so that a loaded code object costs its instructions plus a few words per name
//! and constant (see "Compiled code in RAM" in `docs/architecture.md`).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{CodeFlags, CodeInfo, CodeObject, CodeRef, Const, InfoRef, Op, Table};
use crate::error::PyResult;
use crate::object::Obj;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A loaded code object (what `Obj::Code` holds and a frame runs).
pub struct Code {
    /// The instructions: borrowed from `static` data (flash) for frozen code.
    pub ops: Table<Op>,
    /// The constants as values (traced through the `Obj::Code` holding this code); the
    /// docstring, if any, is the last one.
    pub consts: Box<[Value]>,
    /// The interned names: first the ones the `*Name`, `*Global`, `*Attr`, `LoadMethod`
    /// and import instructions index, then the local, cell and free variable names.
    pub names: Box<[QStr]>,
    /// Which source line each instruction comes from, packed (`linetable.rs`).
    pub lines: Table<u8>,
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`...
    pub name: QStr,
    /// `C.f`, `f.<locals>.g`: what `MakeFunction` gives the function.
    pub qualname: QStr,
    pub filename: QStr,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters, including positional-only ones (as CPython, any number:
    /// the other counts are limited to 65,535, `ValueError` at load).
    pub argcount: u32,
    nlocals: u32,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    ncells: u16,
    nfree: u16,
}

impl Code {
    /// Number of local variables, parameters first.
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.nlocals as usize
    }

    /// Number of variables of this scope captured by inner scopes.
    #[inline]
    pub fn ncells(&self) -> usize {
        self.ncells as usize
    }

    /// Number of variables of enclosing scopes used here.
    #[inline]
    pub fn nfree(&self) -> usize {
        self.nfree as usize
    }

    /// Number of cell plus free variable slots.
    #[inline]
    pub fn n_derefs(&self) -> usize {
        self.ncells() + self.nfree()
    }

    fn locals_at(&self) -> usize {
        self.names.len() - self.nlocals() - self.n_derefs()
    }

    /// The local variable names, parameters first.
    pub fn varnames(&self) -> &[QStr] {
        let at = self.locals_at();
        &self.names[at..at + self.nlocals()]
    }

    /// The cell variable names.
    pub fn cellvars(&self) -> &[QStr] {
        let at = self.locals_at() + self.nlocals();
        &self.names[at..at + self.ncells()]
    }

    /// The free variable names.
    pub fn freevars(&self) -> &[QStr] {
        &self.names[self.names.len() - self.nfree()..]
    }

    /// The name of cell or free variable slot `idx` (cells first).
    pub fn deref_name(&self, idx: usize) -> Option<QStr> {
        let at = self.locals_at() + self.nlocals();
        self.names[at..].get(idx).copied()
    }

    /// The docstring (a `str`), or `None`.
    pub fn doc(&self) -> Value {
        match self.consts.last() {
            Some(&d) if self.flags.has(CodeFlags::HAS_DOC) => d,
            _ => Value::None,
        }
    }

    /// The source line of instruction `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        crate::linetable::line_at(&self.lines, self.first_line, pc)
    }
}

impl Vm {
    /// Load a compiled code object: materialise its constants on the heap, intern its
    /// names, and drop its text (see the module comment).
    ///
    /// The compiler's tables are moved, not copied: its constants table is consumed, so
    /// that its nested code objects, now uniquely owned, load without a copy too. A
    /// frozen module's tables are `static` and stay where they are.
    pub fn load_code(&mut self, code: Rc<CodeObject>) -> PyResult<ObjRef> {
        // Nested functions' code objects load recursively (through `const_value`).
        self.check_stack()?;
        let mut code = code;
        if !code.flags.has(CodeFlags::FUSED) {
            crate::peephole::fuse(Rc::make_mut(&mut code));
        }
        let CodeObject { code: ops, info } =
            Rc::try_unwrap(code).unwrap_or_else(|rc| (*rc).clone());
        let info: CodeInfo = match info {
            // A frozen code object's tables and texts are borrowed: this copies pointers.
            InfoRef::Static(i) => i.clone(),
            InfoRef::Owned(b) => *b,
        };
        let small = |n: usize| u16::try_from(n).ok();
        let (Some(nlocals), Some(posonlyargcount), Some(kwonlyargcount), Some(ncells), Some(nfree)) = (
            u32::try_from(info.varnames.len()).ok(),
            small(info.posonlyargcount as usize),
            small(info.kwonlyargcount as usize),
            small(info.cellvars.len()),
            small(info.freevars.len()),
        ) else {
            return Err(self.value_error("code object too large"));
        };
        let mark = self.temp_roots.len();
        let consts = self.load_consts(info.consts, info.doc);
        self.temp_roots.truncate(mark);
        let (consts, has_doc) = consts?;
        let mut names = Vec::with_capacity(
            info.names.len() + info.varnames.len() + info.cellvars.len() + info.freevars.len(),
        );
        for table in [&info.names, &info.varnames, &info.cellvars, &info.freevars] {
            names.extend(table.iter().map(|n| self.interner.intern(n)));
        }
        let code = Code {
            ops,
            consts,
            names: names.into_boxed_slice(),
            lines: info.lines,
            name: self.interner.intern(&info.name),
            qualname: self.interner.intern(&info.qualname),
            filename: self.interner.intern(&info.filename),
            first_line: info.first_line,
            flags: CodeFlags(info.flags.0 | if has_doc { CodeFlags::HAS_DOC } else { 0 }),
            argcount: info.argcount,
            posonlyargcount,
            kwonlyargcount,
            nlocals,
            ncells,
            nfree,
        };
        self.alloc(Obj::Code(Rc::new(code)))
    }

    /// The constants of a code object being loaded, as values, with its docstring last
    /// (and whether there is one). Each value is pushed on `temp_roots` while the rest
    /// load; the caller truncates them.
    fn load_consts(
        &mut self,
        table: Table<Const>,
        doc: Option<crate::bytecode::Text>,
    ) -> PyResult<(Box<[Value]>, bool)> {
        let mut consts = Vec::with_capacity(table.len() + doc.is_some() as usize);
        match table {
            alloc::borrow::Cow::Borrowed(t) => {
                for c in t {
                    let v = self.const_value(c)?;
                    self.temp_roots.push(v);
                    consts.push(v);
                }
            }
            alloc::borrow::Cow::Owned(t) => {
                for c in t {
                    // The table's reference is gone: a nested code object has one owner
                    // and `load_code` takes it without a copy.
                    let v = match c {
                        Const::Code(CodeRef::Owned(rc)) => Value::Obj(self.load_code(rc)?),
                        c => self.const_value(&c)?,
                    };
                    self.temp_roots.push(v);
                    consts.push(v);
                }
            }
        }
        let has_doc = doc.is_some();
        if let Some(d) = doc {
            consts.push(self.new_str(String::from(&*d))?);
        }
        Ok((consts.into_boxed_slice(), has_doc))
    }

    fn const_value(&mut self, c: &Const) -> PyResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::True => Value::Bool(true),
            Const::False => Value::Bool(false),
            Const::Ellipsis => Value::Ellipsis,
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(s) => {
                // The integer and a working copy while it converts.
                self.room_for(2 * crate::intparse::int_bytes_bound(s.len(), 10))?;
                let b = match crate::intparse::parse_int(s, 0) {
                    Ok(v) => v.to_bigint(),
                    Err(_) => return Err(self.value_error("bad integer constant")),
                };
                self.new_bigint(b)?
            }
            Const::Float(f) => Value::Float(*f),
            Const::Complex { real, imag } => Value::Obj(self.alloc(Obj::Complex(*real, *imag))?),
            Const::Str(s) => {
                if s.len() <= crate::bytecode::INTERNED_STR_MAX {
                    Value::Str(self.interner.intern(s))
                } else {
                    self.new_str(String::from(&**s))?
                }
            }
            Const::Bytes(b) => self.new_bytes(b.to_vec())?,
            Const::Tuple(items) => {
                // Constant tuples nest (`((1,),)`).
                self.check_stack()?;
                let mut vals = Vec::with_capacity(items.len());
                let mark = self.temp_roots.len();
                for it in items.iter() {
                    let v = self.const_value(it)?;
                    self.temp_roots.push(v);
                    vals.push(v);
                }
                self.temp_roots.truncate(mark);
                self.new_tuple(vals)?
            }
            Const::Code(code) => Value::Obj(self.load_code(code.to_rc())?),
        })
    }
}
