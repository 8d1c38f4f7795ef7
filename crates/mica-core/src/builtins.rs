//! Start-up of the runtime (the `builtins` namespace, `sys.modules`), compiling and
//! loading source, formatting tracebacks, and the built-in functions and type
//! constructors.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::objdict::Dict;
use crate::object::{IterObj, Obj};
use crate::objstr::kwarg;
use crate::ops::Num;
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::{NativeFn, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

/// Memory a top-level statement takes per token while it compiles (its share of the
/// syntax tree, the symbol tables and the code under construction; the tokens
/// themselves are not kept): 20 words, measured on 64-bit hosts at about 140 bytes on
/// the benchmarks' largest functions (`cargo run --release -p mica-core --example
/// compile_memory`). A module compiles one top-level statement at a time, so this
/// bounds each statement, not the whole source.
pub const COMPILE_BYTES_PER_TOKEN: usize = 20 * core::mem::size_of::<usize>();

/// Compiler memory allowed beyond the free heap (about 5,000 tokens).
pub const COMPILE_ALLOWANCE: usize = 1 << 20;

impl Vm {
    /// Build the `builtins` namespace and the module table.
    pub fn init_runtime(&mut self) {
        let empty = self
            .heap
            .alloc(Obj::Tuple(Box::new([])))
            .expect("heap too small");
        self.module_roots.push(Value::Obj(empty));
        let d = self
            .heap
            .alloc(Obj::Dict(Box::new(Dict::new())))
            .expect("heap too small");
        self.builtins = d;
        let m = self
            .heap
            .alloc(Obj::Dict(Box::new(Dict::new())))
            .expect("heap too small");
        self.modules = m;
        let cls = self.exc_class(ExcKind::MemoryError);
        let args = Value::Obj(empty);
        self.emergency_memory_error = self.new_exception_with_args(cls, args).0;
        self.sys_path = self.new_list(Vec::new()).expect("heap too small");
        self.sys_argv = self.new_list(Vec::new()).expect("heap too small");
        self.register_builtins()
            .expect("heap too small for builtins");
    }

    /// The built-in types' methods and the classes start-up makes; the names of
    /// `builtins` are in the static table of `builtins_table.rs`, made on first use.
    fn register_builtins(&mut self) -> PyResult<()> {
        crate::builtin_types::register(self)?;
        crate::fileio::register(self)?;
        Ok(())
    }

    /// The longest source text that may be read and compiled now: compiling keeps a
    /// few copies of the text's pieces (tokens, the syntax tree's literals, constants)
    /// outside the heap, so a source may be a quarter of what the free heap plus the
    /// compiler's allowance could pay for. Ports read script and module files up to
    /// this length and raise `MemoryError` past it.
    pub fn source_limit(&self) -> usize {
        (self.heap.free_bytes() + COMPILE_ALLOWANCE) / 4
    }

    /// Compile source text into a loaded code object (`MemoryError` when the source is
    /// too big for the memory left: see [`COMPILE_BYTES_PER_TOKEN`] and
    /// [`Vm::source_limit`]).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compiler::Mode,
    ) -> PyResult<ObjRef> {
        // The syntax tree and the compiler's tables of a statement are not charged
        // while it compiles; they take about `COMPILE_BYTES_PER_TOKEN` per token, so
        // each top-level statement (the whole source in `Eval` and `Single` modes) may
        // have as many tokens as the free heap (plus a fixed allowance, so that tiny
        // heaps still compile ordinary scripts) could pay for.
        if source.len() > self.source_limit() {
            return Err(self.memory_error());
        }
        // With a fixed region (a memory probe) there is no allowance: the region's
        // reserve is what absorbs the estimate's error.
        let allowance = match self.heap.probe_reserve() {
            Some(_) => 0,
            None => COMPILE_ALLOWANCE,
        };
        let max_tokens = (self.heap.free_bytes() + allowance) / COMPILE_BYTES_PER_TOKEN;
        // On a fixed region the parser and compiler also stop (with `MemoryError`) once
        // less than half the reserve is left: their work is not charged as it grows.
        self.compiled_sources = self.compiled_sources.wrapping_add(1);
        let guard = match (self.heap.memory_probe(), self.heap.probe_reserve()) {
            (Some(probe), Some(reserve)) => self.stack_guard.with_memory_floor(probe, reserve / 2),
            _ => self.stack_guard,
        };
        let result = crate::compiler::compile_source(
            source,
            filename,
            mode,
            self.optimize,
            max_tokens,
            guard,
        );
        match result {
            Ok(code) => self.load_code(Rc::new(code)),
            Err(e) if e.msg == crate::lexer::TOO_MANY_TOKENS => Err(self.memory_error()),
            Err(e) => Err(self.syntax_error(&e, filename, source)),
        }
    }

    /// Source bytes as text. Bytes that are not UTF-8 are the `SyntaxError` CPython
    /// raises for them (`(unicode error) 'utf-8' codec can't decode byte 0x.. in
    /// position N: ...`, see [`source_utf8_error`]), except in comments.
    pub fn decode_source(&mut self, bytes: Vec<u8>, filename: &str) -> PyResult<String> {
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                match source_utf8_error(e.as_bytes()) {
                    Some((msg, line, col)) => {
                        let mut err = crate::ast::SyntaxError::new(msg, line);
                        err.col = col;
                        Err(self.syntax_error(&err, filename, &text))
                    }
                    // Only comments hold such bytes.
                    None => Ok(text),
                }
            }
        }
    }

    /// Turn a compile error into a `SyntaxError` instance.
    pub fn syntax_error(
        &mut self,
        e: &crate::ast::SyntaxError,
        filename: &str,
        source: &str,
    ) -> PyErr {
        if e.too_deep {
            return self.error(ExcKind::RecursionError, &e.msg);
        }
        let kind = if e.indentation {
            ExcKind::IndentationError
        } else {
            ExcKind::SyntaxError
        };
        let class = self.exc_class(kind);
        let msg = match self.new_str_from(&e.msg) {
            Ok(m) => m,
            Err(err) => return err,
        };
        let err = self.new_exception(class, vec![msg]);
        let fname = self.new_str_from(filename).unwrap_or(Value::None);
        let text = source
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .map(String::from);
        let _ = self.store_instance_attr(err.0, q::filename, fname);
        let _ = self.store_instance_attr(err.0, q::lineno, Value::Int(e.line as i64));
        let _ = self.store_instance_attr(err.0, q::offset, Value::Int(e.col as i64));
        let tv = match text {
            Some(t) => self.new_str(t).unwrap_or(Value::None),
            None => Value::None,
        };
        let _ = self.store_instance_attr(err.0, q::text, tv);
        err
    }

    /// Run source as the `__main__` module (or in the given globals).
    pub fn run_main(
        &mut self,
        source: &str,
        filename: &str,
        globals: Option<ObjRef>,
    ) -> PyResult<ObjRef> {
        let g = match globals {
            Some(g) => g,
            None => self.main_module_dict(filename)?,
        };
        let code = self.compile_source(source, filename, crate::compiler::Mode::Exec)?;
        self.temp_roots.push(Value::Obj(code));
        let r = self.exec_code(code, g, Value::Obj(g));
        self.temp_roots.pop();
        r?;
        Ok(g)
    }

    /// The `__main__` module's dict, created on first use.
    pub fn main_module_dict(&mut self, filename: &str) -> PyResult<ObjRef> {
        let modules = self.modules;
        if let Some(m) = self.dict_get_str(modules, q::__main__) {
            if let Some(d) = self.module_dict(m) {
                return Ok(d);
            }
        }
        let m = self.new_module("__main__")?;
        self.dict_set_str(modules, q::__main__, m)?;
        let d = self.module_dict(m).unwrap_or(self.builtins);
        let f = self.new_str_from(filename)?;
        self.dict_set_str(d, q::__file__, f)?;
        Ok(d)
    }

    /// The traceback text CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, err: PyErr) -> String {
        let mut out = String::new();
        // A user `__str__` may run (and collect) while the text is built.
        let mark = self.temp_roots.len();
        self.temp_roots.push(Value::Obj(err.0));
        // After a `MemoryError` the heap is still full of what the failed code left:
        // collect (the exception is rooted) so that its text can be built.
        if self.heap.gc_pending || self.heap.region_exhausted() {
            self.collect_outside_loop();
        }
        self.format_exception_chain(err.0, &mut out, 0);
        self.temp_roots.truncate(mark);
        out
    }

    fn format_exception_chain(&mut self, r: ObjRef, out: &mut String, depth: usize) {
        let (cause, context, suppress, tb) = match self.heap.get(r) {
            Obj::Exception(e) => (e.cause, e.context, e.suppress_context, e.traceback.clone()),
            _ => return,
        };
        if depth < 10 {
            if let Value::Obj(c) = cause {
                self.format_exception_chain(c, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Value::Obj(c), false) = (context, suppress) {
                self.format_exception_chain(c, out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let (file, line, name) = match self.heap.get(entry.code) {
                    Obj::Code(c) => (
                        String::from(self.interner.get(c.filename)),
                        c.line_for(entry.pc as usize),
                        String::from(self.interner.get(c.name)),
                    ),
                    _ => (String::from("?"), 0, String::from("?")),
                };
                out.push_str(&alloc::format!(
                    "  File \"{file}\", line {line}, in {name}\n"
                ));
            }
        }
        let class = self.exception_class_of(r);
        let name = String::from(self.class_name(class));
        let is_syntax = self.is_exc_subclass(class, ExcKind::SyntaxError);
        if is_syntax {
            let get = |vm: &mut Vm, n: QStr| -> Value {
                match vm.heap.get(r) {
                    Obj::Exception(e) => e
                        .dict
                        .and_then(|d| vm.dict_get_str(d, n))
                        .unwrap_or(Value::None),
                    _ => Value::None,
                }
            };
            let f = get(self, q::filename);
            let l = get(self, q::lineno);
            let t = get(self, q::text);
            if let (Some(fs), Value::Int(ln)) = (self.str_ref(f).map(String::from), l) {
                out.push_str(&alloc::format!("  File \"{fs}\", line {ln}\n"));
                if let Some(ts) = self.str_ref(t).map(String::from) {
                    out.push_str(&alloc::format!("    {}\n", ts.trim()));
                }
            }
        }
        // `str()` of the exception, so a user class's `__str__` is honoured.
        // When `str()` fails because the heap is full, the common cases are still shown:
        // no arguments, or one string.
        let msg = self.to_str_string(Value::Obj(r)).unwrap_or_else(|_| {
            match self.exception_args(r).as_slice() {
                [] => String::new(),
                [a] => String::from(self.str_ref(*a).unwrap_or("<exception str() failed>")),
                _ => String::from("<exception str() failed>"),
            }
        });
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&alloc::format!("{name}: {msg}"));
        }
        out.push('\n');
    }
}

// ---------------------------------------------------------------- helpers

/// The one argument of a built-in that takes exactly one, with CPython's message
/// when it gets another number.
fn one_arg(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Value> {
    match args {
        [v] => Ok(*v),
        _ => Err(vm.type_error(alloc::format!(
            "{fname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// TypeError for a keyword argument `fname` does not take (checked before a
/// streaming builtin walks a possibly endless iterable).
fn only_kwargs(vm: &mut Vm, kw: Kw, allowed: &[QStr], fname: &str) -> PyResult<()> {
    match kw.iter().find(|(k, _)| !allowed.contains(k)) {
        None => Ok(()),
        Some(&(k, _)) => {
            let k = String::from(vm.interner.get(k));
            Err(vm.type_error(if allowed.is_empty() {
                alloc::format!("{fname}() takes no keyword arguments")
            } else {
                alloc::format!("'{k}' is an invalid keyword argument for {fname}()")
            }))
        }
    }
}

fn check_args(vm: &mut Vm, args: Args, min: usize, max: usize, fname: &str) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            alloc::format!(
                "{fname} expected {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            alloc::format!(
                "{fname} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            alloc::format!(
                "{fname} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

// ---------------------------------------------------------------- functions

pub(crate) const BUILTIN_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", bi_print),
    ("len", bi_len),
    ("repr", bi_repr),
    ("ascii", |vm, a, _| {
        let v = one_arg(vm, a, "ascii")?;
        vm.ascii_of(v)
    }),
    ("isinstance", bi_isinstance),
    ("issubclass", bi_issubclass),
    ("hasattr", |vm, a, _| {
        check_args(vm, a, 2, 2, "hasattr")?;
        let n = name_arg(vm, a[1])?;
        match vm.get_attr_opt(a[0], n) {
            Ok(v) => Ok(Value::Bool(v.is_some())),
            Err(e) if vm.err_matches(e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    }),
    ("getattr", |vm, a, _| {
        check_args(vm, a, 2, 3, "getattr")?;
        let n = name_arg(vm, a[1])?;
        match vm.get_attr_opt(a[0], n) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                if a.len() == 3 {
                    Ok(a[2])
                } else {
                    Err(vm.no_attribute(a[0], n))
                }
            }
            Err(e) if a.len() == 3 && vm.err_matches(e, ExcKind::AttributeError) => Ok(a[2]),
            Err(e) => Err(e),
        }
    }),
    ("setattr", |vm, a, _| {
        check_args(vm, a, 3, 3, "setattr")?;
        let n = name_arg(vm, a[1])?;
        vm.set_attr(a[0], n, a[2])?;
        Ok(Value::None)
    }),
    ("delattr", |vm, a, _| {
        check_args(vm, a, 2, 2, "delattr")?;
        let n = name_arg(vm, a[1])?;
        vm.del_attr(a[0], n)?;
        Ok(Value::None)
    }),
    ("id", |vm, a, _| {
        let v = one_arg(vm, a, "id")?;
        Ok(Value::Int(match v {
            Value::Obj(r) => 0x10000 + r.0 as i64 * 16,
            Value::Int(i) => i.wrapping_mul(2).wrapping_add(1),
            Value::Str(qs) => 0x1000_0000 + qs.0 as i64 * 8,
            Value::None => 0x100,
            Value::Bool(b) => 0x200 + b as i64,
            _ => 0x300,
        }))
    }),
    ("hash", |vm, a, _| {
        let v = one_arg(vm, a, "hash")?;
        Ok(Value::Int(vm.hash(v)?))
    }),
    ("callable", |vm, a, _| {
        let v = one_arg(vm, a, "callable")?;
        Ok(Value::Bool(match v {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Function(_)
                | Obj::Native(_)
                | Obj::BoundMethod(_)
                | Obj::Class(_)
                | Obj::StaticMethod(_) => true,
                _ => vm.lookup_special(v, q::__call__).is_some(),
            },
            _ => false,
        }))
    }),
    ("iter", |vm, a, _| {
        check_args(vm, a, 1, 2, "iter")?;
        if a.len() == 2 {
            let r = vm.alloc(Obj::Iter(Box::new(IterObj::Callable {
                func: a[0],
                sentinel: a[1],
            })))?;
            return Ok(Value::Obj(r));
        }
        vm.get_iter(a[0])
    }),
    ("next", |vm, a, _| {
        check_args(vm, a, 1, 2, "next")?;
        let is_iter = matches!(a[0], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(_) | Obj::Generator(_)))
            || vm.lookup_special(a[0], q::__next__).is_some();
        if !is_iter {
            let tn = vm.type_name(a[0]);
            return Err(vm.type_error(alloc::format!("'{tn}' object is not an iterator")));
        }
        match vm.iter_next(a[0])? {
            Some(v) => Ok(v),
            None => {
                if a.len() == 2 {
                    Ok(a[1])
                } else {
                    let v = core::mem::replace(&mut vm.last_stop_value, Value::None);
                    Err(vm.stop_iteration(v))
                }
            }
        }
    }),
    ("abs", |vm, a, _| {
        let v = one_arg(vm, a, "abs")?;
        match vm.to_num(v) {
            Some(Num::Int(i)) => match i.checked_abs() {
                Some(x) => Ok(Value::Int(x)),
                None => vm.new_bigint(num_bigint::BigInt::from(i).magnitude().clone().into()),
            },
            Some(Num::Big(b)) => vm.new_bigint(crate::floatfmt::bigint_abs(&b)),
            Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
            Some(Num::Complex(re, im)) => Ok(Value::Float(crate::fmath::hypot(re, im))),
            None => match vm.lookup_special(v, q::__abs__) {
                Some(m) => vm.call(m, &[v]),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(alloc::format!("bad operand type for abs(): '{tn}'")))
                }
            },
        }
    }),
    ("all", |vm, a, kw| {
        only_kwargs(vm, kw, &[], "all")?;
        let v = one_arg(vm, a, "all")?;
        // One item at a time (they stop early), polling Ctrl-C on long native runs.
        let mut all = true;
        vm.for_each(v, 1, |vm, x| {
            all = vm.truthy(x)?;
            Ok(all)
        })?;
        Ok(Value::Bool(all))
    }),
    ("any", |vm, a, kw| {
        only_kwargs(vm, kw, &[], "any")?;
        let v = one_arg(vm, a, "any")?;
        let mut any = false;
        vm.for_each(v, 1, |vm, x| {
            any = vm.truthy(x)?;
            Ok(!any)
        })?;
        Ok(Value::Bool(any))
    }),
    ("sum", |vm, a, kw| {
        if a.is_empty() {
            return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
        }
        check_args(vm, a, 1, 2, "sum")?;
        only_kwargs(vm, kw, &[q::start], "sum")?;
        let acc = a
            .get(1)
            .copied()
            .or_else(|| kwarg(kw, q::start))
            .unwrap_or(Value::Int(0));
        if vm.is_str(acc) {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        // Streamed: `sum(range(10**7))` needs no list of the items.
        let slot = vm.temp_roots.len();
        vm.temp_roots.push(acc);
        let r = vm.for_each(a[0], crate::vm::STREAM_CHUNK, |vm, x| {
            let acc = vm.temp_roots[slot];
            vm.temp_roots[slot] = vm.binary_op(acc, x, 0)?;
            Ok(true)
        });
        let acc = vm.temp_roots[slot];
        vm.temp_roots.truncate(slot);
        r.map(|_| acc)
    }),
    ("min", |vm, a, kw| min_max(vm, a, kw, true)),
    ("max", |vm, a, kw| min_max(vm, a, kw, false)),
    ("sorted", |vm, a, kw| {
        check_args(vm, a, 1, 1, "sorted")?;
        only_kwargs(vm, kw, &[q::key, q::reverse], "sort")?;
        let sequence =
            matches!(a[0], Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_)));
        let l = if sequence {
            let items = vm.iterate_to_vec(a[0])?;
            vm.new_list(items)?
        } else {
            // Streamed into the new list: only the items are kept, not the garbage an
            // iterator makes on the way (`sorted(map(len, map(str, ...)))`).
            vm.new_list(Vec::new())?
        };
        vm.temp_roots.push(l);
        let r = (|| {
            if !sequence {
                vm.for_each(a[0], crate::vm::STREAM_CHUNK, |vm, x| {
                    vm.list_append(l, x)?;
                    Ok(true)
                })?;
            }
            crate::builtin_types::list_sort_impl(vm, l, kw)
        })();
        vm.temp_roots.pop();
        r?;
        Ok(l)
    }),
    ("chr", |vm, a, _| {
        let v = one_arg(vm, a, "chr")?;
        let n = vm.to_index(v)?;
        match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(c) => vm.char_value(c),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    }),
    ("ord", |vm, a, _| {
        let v = one_arg(vm, a, "ord")?;
        if let Some(s) = vm.str_ref(v) {
            let mut it = s.chars();
            if let (Some(c), None) = (it.next(), it.next()) {
                return Ok(Value::Int(c as i64));
            }
            let n = s.chars().count();
            return Err(vm.type_error(alloc::format!(
                "ord() expected a character, but string of length {n} found"
            )));
        }
        if vm.is_bytes_like(v) {
            let b = vm.bytes_like(v)?;
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            return Err(vm.type_error(alloc::format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        let tn = vm.type_name(v);
        Err(vm.type_error(alloc::format!(
            "ord() expected string of length 1, but {tn} found"
        )))
    }),
    ("bin", |vm, a, _| radix(vm, a, 2, "bin")),
    ("oct", |vm, a, _| radix(vm, a, 8, "oct")),
    ("hex", |vm, a, _| radix(vm, a, 16, "hex")),
    ("divmod", |vm, a, _| {
        check_args(vm, a, 2, 2, "divmod")?;
        if let (Some(x), Some(y)) = (vm.to_num(a[0]), vm.to_num(a[1])) {
            use crate::ops::Num;
            let zero = match y {
                Num::Int(i) => i == 0,
                Num::Float(f) => f == 0.0,
                _ => false,
            };
            if zero {
                let float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
                return Err(vm.zero_division(if float {
                    "float divmod()"
                } else {
                    "integer division or modulo by zero"
                }));
            }
        }
        let numeric = |vm: &Vm, v: Value| {
            matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
        };
        if !(numeric(vm, a[0]) && numeric(vm, a[1])) {
            let (dm, rdm) = (q::__divmod__, q::__rdivmod__);
            if let Some(m) = vm.lookup_special(a[0], dm) {
                let r = vm.call(m, &[a[0], a[1]])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(m) = vm.lookup_special(a[1], rdm) {
                let r = vm.call(m, &[a[1], a[0]])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let (t1, t2) = (vm.type_name(a[0]), vm.type_name(a[1]));
            return Err(vm.type_error(alloc::format!(
                "unsupported operand type(s) for divmod(): '{t1}' and '{t2}'"
            )));
        }
        let q = vm.binary_op(a[0], a[1], 5)?;
        let m = vm.binary_op(a[0], a[1], 6)?;
        vm.new_tuple(vec![q, m])
    }),
    ("pow", |vm, a, kw| {
        let full = merge_kwargs(vm, a, kw, &["base", "exp", "mod"], "pow")?;
        let a = &full[..];
        check_args(vm, a, 2, 3, "pow")?;
        if a.len() == 3 && !a[2].is_none() {
            if let Value::Obj(r) = a[0] {
                if matches!(vm.heap.get(r), Obj::Instance(_)) {
                    if let Some(f) = vm.lookup_special(a[0], q::__pow__) {
                        return vm.call(f, &[a[0], a[1], a[2]]);
                    }
                }
            }
            let (b, e, m) = (vm.to_bigint(a[0]), vm.to_bigint(a[1]), vm.to_bigint(a[2]));
            return match (b, e, m) {
                (Some(b), Some(e), Some(m)) => {
                    use num_traits::{Signed, Zero};
                    if m.is_zero() {
                        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                    }
                    let (b, e) = if e.is_negative() {
                        match modinv(&b, &m) {
                            Some(inv) => (inv, -e),
                            None => {
                                return Err(
                                    vm.value_error("base is not invertible for the given modulus")
                                )
                            }
                        }
                    } else {
                        (b, e)
                    };
                    let mut r = b.modpow(&e, &m);
                    if r.is_negative() != m.is_negative() && !r.is_zero() {
                        r += &m;
                    }
                    vm.new_bigint(r)
                }
                _ if [a[0], a[1], a[2]].iter().all(|&v| vm.to_num(v).is_some()) => Err(vm
                    .type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    )),
                _ => {
                    let names: Vec<String> = a[..3].iter().map(|&v| vm.type_name(v)).collect();
                    Err(vm.type_error(alloc::format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        names[0],
                        names[1],
                        names[2]
                    )))
                }
            };
        }
        vm.binary_op(a[0], a[1], 7)
    }),
    ("round", |vm, a, kw| {
        check_args(vm, a, 1, 2, "round")?;
        let nd = a
            .get(1)
            .copied()
            .or_else(|| kwarg(kw, q::ndigits))
            .unwrap_or(Value::None);
        let v = a[0];
        match vm.to_num(v) {
            Some(Num::Float(f)) => {
                if nd.is_none() {
                    if f.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    let r = libm::rint(f);
                    return match crate::floatfmt::float_to_bigint(r) {
                        Some(b) => vm.new_bigint(b),
                        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
                    };
                }
                let n = vm.to_index(nd)?;
                match crate::floatfmt::float_round(f, n) {
                    Some(r) => Ok(Value::Float(r)),
                    None => Err(vm.overflow_error("rounded value too large to represent")),
                }
            }
            Some(Num::Int(_)) | Some(Num::Big(_)) => {
                if nd.is_none() {
                    return Ok(if let Value::Bool(b) = v {
                        Value::Int(b as i64)
                    } else {
                        v
                    });
                }
                let n = vm.to_index(nd)?;
                if n >= 0 {
                    return Ok(if let Value::Bool(b) = v {
                        Value::Int(b as i64)
                    } else {
                        v
                    });
                }
                let b = vm.to_bigint(v).unwrap_or_default();
                let p =
                    num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n).min(4000) as u32);
                use num_integer::Integer;
                let (qt, r) = b.div_mod_floor(&p);
                let twice = &r * 2;
                let qt = if twice > p || (twice == p && qt.is_odd()) {
                    qt + 1
                } else {
                    qt
                };
                vm.new_bigint(qt * p)
            }
            _ => match vm.lookup_special(v, q::__round__) {
                Some(m) => {
                    if nd.is_none() {
                        vm.call(m, &[v])
                    } else {
                        vm.call(m, &[v, nd])
                    }
                }
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(alloc::format!("type {tn} doesn't define __round__ method")))
                }
            },
        }
    }),
    ("globals", |vm, _, _| {
        let g = match vm.frames.last() {
            Some(f) => f.globals,
            None => vm.builtins_dict()?,
        };
        Ok(Value::Obj(g))
    }),
    ("locals", bi_locals),
    ("dir", bi_dir),
    ("help", crate::help::bi_help),
    ("vars", |vm, a, _| {
        if a.is_empty() {
            return bi_locals(vm, a, &[]);
        }
        match vm.get_attr_opt(a[0], q::__dict__) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            Err(e) if vm.err_matches(e, ExcKind::AttributeError) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        }
    }),
    // `exit()`/`quit()` as CPython's site module provides them: raise SystemExit.
    ("exit", |vm, a, _| {
        let class = vm.exc_class(ExcKind::SystemExit);
        Err(vm.new_exception(
            class,
            alloc::vec![a.first().copied().unwrap_or(Value::None)],
        ))
    }),
    ("quit", |vm, a, _| {
        let class = vm.exc_class(ExcKind::SystemExit);
        Err(vm.new_exception(
            class,
            alloc::vec![a.first().copied().unwrap_or(Value::None)],
        ))
    }),
    ("input", |vm, a, _| {
        if let Some(&p) = a.first() {
            let s = vm.to_str_string(p)?;
            vm.console_write(s.as_bytes());
            vm.port.flush_stdout();
        }
        match vm.console_input_line()? {
            Some(line) => vm.new_str(line),
            None => Err(vm.error(ExcKind::EOFError, "EOF when reading a line")),
        }
    }),
    ("exec", |vm, a, _| exec_eval(vm, a, false)),
    ("eval", |vm, a, _| exec_eval(vm, a, true)),
    ("compile", |vm, a, _| {
        check_args(vm, a, 3, 6, "compile")?;
        let fname = vm.expect_str(a[1], "compile() arg 2")?;
        let src = if vm.is_bytes_like(a[0]) && !vm.is_str(a[0]) {
            let b = vm.bytes_like(a[0])?;
            vm.decode_source(b, &fname)?
        } else {
            vm.expect_str(a[0], "compile() arg 1")?
        };
        let mode = vm.expect_str(a[2], "compile() arg 3")?;
        let m = match mode.as_str() {
            "exec" => crate::compiler::Mode::Exec,
            "eval" => crate::compiler::Mode::Eval,
            "single" => crate::compiler::Mode::Single,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        };
        let code = vm.compile_source(&src, &fname, m)?;
        Ok(Value::Obj(code))
    }),
    ("__import__", |vm, a, kw| {
        check_args(vm, a, 1, 5, "__import__")?;
        let name = vm.expect_str(a[0], "__import__() argument 1")?;
        let nq = vm.interner.intern(&name);
        let fromlist = a
            .get(3)
            .copied()
            .or_else(|| kwarg(kw, q::fromlist))
            .unwrap_or(Value::None);
        let level = a
            .get(4)
            .copied()
            .or_else(|| kwarg(kw, q::level))
            .unwrap_or(Value::Int(0));
        let g = match a.get(1) {
            Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Dict(_)) => r,
            _ => match vm.frames.last() {
                Some(f) => f.globals,
                None => vm.builtins,
            },
        };
        vm.import_name(nq, fromlist, level, g)
    }),
    ("__build_class__", bi_build_class),
];

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<QStr> {
    match vm.intern_str_value(v) {
        Some(q) => Ok(q),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(alloc::format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn modinv(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::One;
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() && g.gcd != -num_bigint::BigInt::one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn radix(vm: &mut Vm, a: Args, r: u32, fname: &str) -> PyResult<Value> {
    let v = one_arg(vm, a, fname)?;
    let iv = match vm.to_num(v) {
        Some(Num::Int(i)) => crate::intparse::IntValue::Small(i),
        Some(Num::Big(b)) => crate::intparse::IntValue::Big(b),
        _ => {
            let i = vm.to_index(v)?;
            crate::intparse::IntValue::Small(i)
        }
    };
    let s = crate::intparse::int_to_str_radix(&iv, r, true);
    vm.new_str(s)
}

fn bi_print(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let text_kw = |vm: &mut Vm, name: QStr, what: &str, default: &str| -> PyResult<String> {
        match kwarg(kw, name) {
            Some(v) if !v.is_none() => match vm.str_ref(v) {
                Some(s) => Ok(String::from(s)),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(alloc::format!("{what} must be None or a string, not {tn}")))
                }
            },
            _ => Ok(String::from(default)),
        }
    };
    let sep = text_kw(vm, q::sep, "sep", " ")?;
    let end = text_kw(vm, q::end, "end", "\n")?;
    let file = match kwarg(kw, q::file).filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => vm.replaced_stdout(),
    };
    match file {
        Some(f) => {
            // A file-like object gets one write() per piece, like CPython.
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(sep.clone())?;
                    vm.call_method(f, q::write, &[s])?;
                }
                let s = vm.str_of(a)?;
                vm.call_method(f, q::write, &[s])?;
            }
            let s = vm.new_str(end)?;
            vm.call_method(f, q::write, &[s])?;
        }
        None => {
            let mut out = String::new();
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                let s = vm.to_str_string(a)?;
                out.push_str(&s);
            }
            out.push_str(&end);
            vm.console_write(out.as_bytes());
        }
    }
    if let Some(fl) = kwarg(kw, q::flush) {
        if vm.truthy(fl)? {
            vm.port.flush_stdout();
        }
    }
    Ok(Value::None)
}

fn bi_len(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let v = one_arg(vm, args, "len")?;
    Ok(Value::Int(vm.len_of(v)? as i64))
}

impl Vm {
    /// `len(v)`.
    /// Check what a Python `__len__` returned: a non-negative int that fits.
    pub(crate) fn len_result(&mut self, r: Value) -> PyResult<usize> {
        if let Some(crate::ops::Num::Big(b)) = self.to_num(r) {
            return Err(if num_traits::Signed::is_negative(&b) {
                self.value_error("__len__() should return >= 0")
            } else {
                self.error(
                    crate::error::ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            });
        }
        let n = self.to_index(r)?;
        if n < 0 {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        Ok(n as usize)
    }

    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        match v {
            Value::Str(qs) => return Ok(self.interner.get(qs).chars().count()),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => return Ok(s.char_len),
                Obj::List(l) => return Ok(l.len()),
                Obj::Tuple(t) => return Ok(t.len()),
                Obj::Dict(d) => return Ok(d.len()),
                Obj::Set(s) => return Ok(s.items.len()),
                Obj::Bytes(b) => return Ok(b.len()),
                Obj::ByteArray(b) => return Ok(b.len()),
                Obj::Range(_) => return crate::objrange::range_len(self, r),
                Obj::MemoryView(m) => return Ok(m.len),
                Obj::DictView(d, _) => {
                    let d = *d;
                    return match self.heap.get(d) {
                        Obj::Dict(dd) => Ok(dd.len()),
                        _ => Ok(0),
                    };
                }
                _ => {}
            },
            _ => {}
        }
        if let Some(m) = self.lookup_special(v, q::__len__) {
            let is_native =
                matches!(m, Value::Obj(f) if matches!(self.heap.get(f), Obj::Native(_)));
            if !is_native {
                let r = self.call(m, &[v])?;
                return self.len_result(r);
            }
        }
        let b = self.base_value(v);
        if !b.is(v) {
            return self.len_of(b);
        }
        let tn = self.type_name(v);
        Err(self.type_error(alloc::format!("object of type '{tn}' has no len()")))
    }
}

fn bi_repr(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let v = one_arg(vm, args, "repr")?;
    vm.repr_of(v)
}

fn class_list(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Vec<ObjRef>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Class(_) => Ok(vec![r]),
            Obj::Tuple(items) => {
                let items = items.to_vec();
                // Tuples of classes nest: `isinstance(x, (A, (B, (C, ...))))`.
                vm.enter_data()?;
                let mut out = Vec::new();
                for it in items {
                    match class_list(vm, it, fname) {
                        Ok(classes) => out.extend(classes),
                        Err(e) => {
                            vm.leave_data();
                            return Err(e);
                        }
                    }
                }
                vm.leave_data();
                Ok(out)
            }
            _ => Err(class_list_error(vm, fname)),
        },
        _ => Err(class_list_error(vm, fname)),
    }
}

/// CPython's message for a bad second argument of `isinstance`/`issubclass`.
fn class_list_error(vm: &mut Vm, fname: &str) -> PyErr {
    let msg = if fname == "issubclass" {
        "issubclass() arg 2 must be a class, a tuple of classes, or a union"
    } else {
        "isinstance() arg 2 must be a type, a tuple of types, or a union"
    };
    vm.type_error(msg)
}

fn bi_isinstance(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "isinstance")?;
    let classes = class_list(vm, args[1], "isinstance")?;
    let t = vm.type_of(args[0]);
    for c in classes {
        if vm.is_subclass(t, c) {
            return Ok(Value::Bool(true));
        }
        if let Some(check) = meta_hook(vm, c, "__instancecheck__") {
            let r = vm.call(check, &[Value::Obj(c), args[0]])?;
            if vm.truthy(r)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

/// A Python-level `__instancecheck__`/`__subclasscheck__` on the metaclass of `c`.
fn meta_hook(vm: &mut Vm, c: ObjRef, name: &str) -> Option<Value> {
    let meta = match vm.heap.get(c) {
        Obj::Class(cl) => cl.metaclass?,
        _ => return None,
    };
    let name = vm.interner.intern(name);
    match vm.class_lookup(meta, name)? {
        Value::Obj(f) if matches!(vm.heap.get(f), Obj::Native(_)) => None,
        f => Some(f),
    }
}

fn bi_issubclass(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    check_args(vm, args, 2, 2, "issubclass")?;
    let c = match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => return Err(vm.type_error("issubclass() arg 1 must be a class")),
    };
    let classes = class_list(vm, args[1], "issubclass")?;
    for b in classes {
        if let Some(check) = meta_hook(vm, b, "__subclasscheck__") {
            let r = vm.call(check, &[Value::Obj(b), args[0]])?;
            if vm.truthy(r)? {
                return Ok(Value::Bool(true));
            }
        } else if vm.is_subclass(c, b) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn min_max(vm: &mut Vm, a: Args, kw: Kw, is_min: bool) -> PyResult<Value> {
    let fname = if is_min { "min" } else { "max" };
    only_kwargs(vm, kw, &[q::key, q::default], fname)?;
    let key = kwarg(kw, q::key).filter(|k| !k.is_none());
    let default = kwarg(kw, q::default);
    if a.len() > 1 && default.is_some() {
        return Err(vm.type_error(alloc::format!(
            "Cannot specify a default for {fname}() with multiple positional arguments"
        )));
    }
    if a.is_empty() {
        return Err(vm.type_error(alloc::format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    }
    // The best item and its key so far live in two root slots (Null: none yet); the
    // iterable is streamed.
    let slot = vm.temp_roots.len();
    vm.temp_roots.push(Value::Null);
    vm.temp_roots.push(Value::Null);
    let step = |vm: &mut Vm, x: Value| -> PyResult<bool> {
        let kx = match key {
            Some(k) => vm.call(k, &[x])?,
            None => x,
        };
        let best_key = vm.temp_roots[slot + 1];
        // CPython asks `item < best` for min and `item > best` for max.
        let better = best_key.is_null()
            || match (is_min, kx, best_key) {
                (true, _, _) => vm.less_than(kx, best_key)?,
                (false, Value::Int(x), Value::Int(y)) => x > y,
                (false, Value::Float(x), Value::Float(y)) => x > y,
                (false, _, _) => {
                    let v = vm.compare_op(kx, best_key, 4)?;
                    vm.truthy(v)?
                }
            };
        if better {
            vm.temp_roots[slot] = x;
            vm.temp_roots[slot + 1] = kx;
        }
        Ok(true)
    };
    let r = if a.len() == 1 {
        vm.for_each(a[0], crate::vm::STREAM_CHUNK, step)
    } else {
        a.iter().try_for_each(|&x| step(vm, x).map(|_| ()))
    };
    let best = vm.temp_roots[slot];
    vm.temp_roots.truncate(slot);
    r?;
    if best.is_null() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(alloc::format!("{fname}() arg is an empty sequence"))),
        };
    }
    Ok(best)
}

fn bi_locals(vm: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    let (ld, code_ref, base) = match vm.frames.last() {
        Some(f) => (f.locals_dict, f.code_ref, f.base),
        None => return Ok(Value::Obj(vm.builtins_dict()?)),
    };
    if let Some(d) = ld {
        return Ok(Value::Obj(d));
    }
    let names: Vec<QStr> = match vm.heap.get(code_ref) {
        Obj::Code(c) => c.varnames().to_vec(),
        _ => Vec::new(),
    };
    let d = vm.new_dict()?;
    for (i, n) in names.into_iter().enumerate() {
        let v = vm.stack.get(base + i).copied().unwrap_or(Value::Null);
        if !v.is_null() {
            vm.dict_set_item(d, Value::Str(n), v)?;
        }
    }
    Ok(d)
}

fn bi_dir(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    if a.is_empty() {
        let g = bi_locals(vm, a, &[])?.as_obj().unwrap_or(vm.builtins);
        let keys = match vm.heap.get(g) {
            Obj::Dict(d) => d.keys(),
            _ => Vec::new(),
        };
        for k in keys {
            if let Some(s) = vm.str_ref(k) {
                names.push(String::from(s));
            }
        }
    } else {
        let v = a[0];
        let dir_name = vm.interner.intern_static("__dir__");
        // A module's own `__dir__` function (PEP 562), or an instance's class method.
        let user_dir = match v {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Instance(_) => vm.lookup_special(v, dir_name).map(|m| (m, true)),
                Obj::Module(m) => match vm.heap.get(m.dict) {
                    Obj::Dict(d) => vm.dict_get_qstr_raw(d, dir_name).map(|m| (m, false)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some((m, pass_self)) = user_dir {
            {
                if !matches!(m, Value::Obj(f) if matches!(vm.heap.get(f), Obj::Native(_))) {
                    // A user __dir__: its result, sorted.
                    let r = if pass_self {
                        vm.call(m, &[v])?
                    } else {
                        vm.call(m, &[])?
                    };
                    vm.temp_roots.push(r);
                    let items = vm.iterate_to_vec(r);
                    vm.temp_roots.pop();
                    let items = items?;
                    let mut strs = Vec::with_capacity(items.len());
                    for it in items {
                        match vm.str_ref(it) {
                            Some(s) => strs.push(String::from(s)),
                            None => return Err(vm.type_error("__dir__ must return strings")),
                        }
                    }
                    // (Unstable sorts keep no scratch buffer on the stack.)
                    strs.sort_unstable();
                    let mut vals = Vec::with_capacity(strs.len());
                    for s in strs {
                        vals.push(vm.new_str(s)?);
                    }
                    return vm.new_list(vals);
                }
            }
        }
        let mut dicts: Vec<Vec<Value>> = Vec::new();
        if let Value::Obj(r) = v {
            match vm.heap.get(r) {
                Obj::Instance(i) => {
                    if let Obj::Dict(d) = vm.heap.get(i.dict) {
                        dicts.push(d.keys());
                    }
                }
                Obj::Module(m) if m.dict == vm.builtins => dicts.push(vm.builtin_names()),
                Obj::Module(m) => {
                    if let Obj::Dict(d) = vm.heap.get(m.dict) {
                        dicts.push(d.keys());
                    }
                }
                _ => {}
            }
        }
        let class = match v {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => Some(r),
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module(_)) => None,
            _ => Some(vm.type_of(v)),
        };
        if let Some(c) = class {
            for m in vm.mro(c).to_vec() {
                if let Obj::Class(cl) = vm.heap.get(m) {
                    dicts.push(cl.own_names().collect::<Vec<_>>());
                }
            }
        }
        for keys in dicts {
            for k in keys {
                if let Some(s) = vm.str_ref(k) {
                    names.push(String::from(s));
                }
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    let mut vals = Vec::with_capacity(names.len());
    for n in names {
        vals.push(vm.intern_value(&n));
    }
    vm.new_list(vals)
}

fn exec_eval(vm: &mut Vm, a: Args, is_eval: bool) -> PyResult<Value> {
    let fname = if is_eval { "eval" } else { "exec" };
    check_args(vm, a, 1, 3, fname)?;
    let (cur_globals, cur_locals) = match vm.frames.last() {
        Some(f) => (f.globals, f.locals_dict.map_or(Value::Null, Value::Obj)),
        None => (vm.builtins_dict()?, Value::Null),
    };
    let globals = match a.get(1) {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Dict(_)) => r,
        Some(Value::None) | None => cur_globals,
        Some(_) => return Err(vm.type_error(alloc::format!("{fname}() globals must be a dict"))),
    };
    if vm.dict_get_str(globals, q::__builtins__).is_none() {
        // CPython puts its builtins dict here. The `builtins` module (what `__main__`'s
        // `__builtins__` is in CPython too) serves the same lookups without making every
        // built-in into an object, the exception classes among them: a dict would cost
        // a device ~20 KB on the first `exec` with fresh globals.
        let b = vm.import_name(q::builtins, Value::None, Value::Int(0), globals)?;
        vm.dict_set_str(globals, q::__builtins__, b)?;
    }
    let locals = match a.get(2) {
        Some(&v) if !v.is_none() => v,
        _ => {
            if a.get(1).map(|v| !v.is_none()).unwrap_or(false) {
                Value::Obj(globals)
            } else if cur_locals.is_null() {
                // Inside a function: a snapshot of its locals.
                bi_locals(vm, &[], &[])?
            } else {
                cur_locals
            }
        }
    };
    let code = match a[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Code(_)) => r,
        src => {
            let s = if vm.is_bytes_like(src) {
                let b = vm.bytes_like(src)?;
                vm.decode_source(b, "<string>")?
            } else if vm.is_str(src) {
                vm.expect_str(src, fname)?
            } else {
                return Err(vm.type_error(alloc::format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )));
            };
            let mode = if is_eval {
                crate::compiler::Mode::Eval
            } else {
                crate::compiler::Mode::Exec
            };
            let s = if is_eval {
                String::from(s.trim_start_matches([' ', '\t']))
            } else {
                s
            };
            vm.compile_source(&s, "<string>", mode)?
        }
    };
    vm.temp_roots.push(Value::Obj(code));
    let r = vm.exec_code(code, globals, locals);
    vm.temp_roots.pop();
    let v = r?;
    Ok(if is_eval { v } else { Value::None })
}

fn bi_build_class(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = match a[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_)) => r,
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let name = match vm.intern_str_value(a[1]) {
        Some(q) => q,
        None => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    let mut bases = Vec::new();
    for &b in &a[2..] {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => bases.push(r),
            _ => {
                let tn = vm.type_name(b);
                return Err(vm.type_error(alloc::format!("bases must be types, not {tn}")));
            }
        }
    }
    let mut meta = kwarg(kw, q::metaclass).and_then(|m| m.as_obj());
    if meta.is_none() {
        for &b in &bases {
            if let Obj::Class(c) = vm.heap.get(b) {
                if c.metaclass.is_some() {
                    meta = c.metaclass;
                }
            }
        }
    }
    let ns = match meta {
        Some(m) if m != vm.types.type_ => prepare_namespace(vm, m, name, &bases, kw)?,
        _ => None,
    };
    let ns = match ns {
        Some(ns) => ns,
        None => vm.new_dict()?,
    };
    vm.temp_roots.push(ns);
    let r = (|| {
        let nsr = ns.as_obj().unwrap_or(vm.builtins);
        let cell = vm.exec_class_body(func, nsr)?;
        let other_kw: Vec<(QStr, Value)> = kw
            .iter()
            .filter(|(k, _)| *k != q::metaclass)
            .copied()
            .collect();
        let class_v = match meta {
            Some(m) if m != vm.types.type_ => {
                let bt: Vec<Value> = bases.iter().map(|&b| Value::Obj(b)).collect();
                let bt = vm.new_tuple(bt)?;
                vm.temp_roots.push(bt);
                let r = vm.call_kw(Value::Obj(m), &[Value::Str(name), bt, ns], &other_kw);
                vm.temp_roots.pop();
                r?
            }
            _ => {
                let dict = match vm.heap.get_mut(nsr) {
                    Obj::Dict(d) => d.take(),
                    _ => Dict::new(),
                };
                let c = vm.new_class(name, &bases, dict, None)?;
                let other_kw: Vec<(QStr, Value)> = kw
                    .iter()
                    .filter(|(k, _)| *k != q::metaclass)
                    .copied()
                    .collect();
                finish_class(vm, c, &other_kw)?;
                Value::Obj(c)
            }
        };
        if let Value::Obj(cr) = class_v {
            if let Obj::Class(c) = vm.heap.get_mut(cr) {
                let _ = c;
            }
            // Qualified name from the body's __qualname__.
            if let Obj::Class(c) = vm.heap.get(cr) {
                if let Some(qn) = vm.dict_get_qstr_raw(&c.dict, q::__qualname__) {
                    if let Obj::Class(c) = vm.heap.get_mut(cr) {
                        c.qualname = qn;
                    }
                }
            }
            if let Value::Obj(cell) = cell {
                if let Obj::Cell(slot) = vm.heap.get_mut(cell) {
                    *slot = class_v;
                }
            }
        }
        Ok(class_v)
    })();
    vm.temp_roots.pop();
    r
}

/// The class body's namespace from a metaclass's Python `__prepare__`, if it has one
/// (it must return a dict).
fn prepare_namespace(
    vm: &mut Vm,
    meta: ObjRef,
    name: QStr,
    bases: &[ObjRef],
    kw: Kw,
) -> PyResult<Option<Value>> {
    let Some(prep_name) = vm.interner.lookup("__prepare__") else {
        return Ok(None);
    };
    let prep = match vm.get_attr_opt(Value::Obj(meta), prep_name)? {
        Some(p) => p,
        None => return Ok(None),
    };
    let bt: Vec<Value> = bases.iter().map(|&b| Value::Obj(b)).collect();
    let bt = vm.new_tuple(bt)?;
    vm.temp_roots.push(bt);
    let other_kw: Vec<(QStr, Value)> = kw
        .iter()
        .filter(|(k, _)| *k != q::metaclass)
        .copied()
        .collect();
    let r = vm.call_kw(prep, &[Value::Str(name), bt], &other_kw);
    vm.temp_roots.pop();
    let ns = r?;
    if vm.dict_ref(ns).is_some()
        && matches!(ns, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)))
    {
        Ok(Some(ns))
    } else {
        let tn = vm.type_name(ns);
        Err(vm.type_error(alloc::format!("__prepare__() must return a dict, not {tn}")))
    }
}

/// What `type.__new__` does once the class exists: `__set_name__` on the descriptors
/// in its namespace, then the parent's `__init_subclass__` with the class keywords.
pub(crate) fn finish_class(vm: &mut Vm, cr: ObjRef, kw: &[(QStr, Value)]) -> PyResult<()> {
    let class_v = Value::Obj(cr);
    let attrs: Vec<(Value, Value)> = match vm.heap.get(cr) {
        Obj::Class(c) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
        _ => return Ok(()),
    };
    let mark = vm.temp_roots.len();
    vm.temp_roots.push(class_v);
    for &(k, v) in &attrs {
        vm.temp_roots.push(k);
        vm.temp_roots.push(v);
    }
    let r = (|| {
        for (k, v) in attrs {
            if matches!(v, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Instance(_))) {
                if let Some(sn) = vm.lookup_special(v, q::__set_name__) {
                    vm.call(sn, &[v, class_v, k])?;
                }
            }
        }
        // `super(cls, cls).__init_subclass__(**kw)`: the first class after `cls` in its
        // MRO that defines it.
        let mro: Vec<ObjRef> = match vm.heap.get(cr) {
            Obj::Class(c) => c.mro.iter().skip(1).copied().collect(),
            _ => Vec::new(),
        };
        let isc = mro.iter().find_map(|&m| {
            let own = match vm.heap.get(m) {
                Obj::Class(c) => vm.dict_get_qstr_raw(&c.dict, q::__init_subclass__),
                _ => None,
            };
            own.or_else(|| vm.class_native(m, q::__init_subclass__))
        });
        if let Some(isc) = isc {
            let f = match isc {
                Value::Obj(o) => match vm.heap.get(o) {
                    Obj::ClassMethod(f) => *f,
                    _ => isc,
                },
                _ => isc,
            };
            vm.call_kw(f, &[class_v], kw)?;
        }
        Ok(())
    })();
    vm.temp_roots.truncate(mark);
    r
}

/// Positional arguments followed by the keyword ones named in `names` (in order), for
/// built-ins whose parameters may be passed by keyword.
fn merge_kwargs(
    vm: &mut Vm,
    a: &[Value],
    kw: &[(crate::qstr::QStr, Value)],
    names: &[&str],
    func: &str,
) -> PyResult<Vec<Value>> {
    let mut out = a.to_vec();
    for &(k, _) in kw {
        let kn = vm.interner.get(k);
        match names.iter().position(|n| *n == kn) {
            Some(p) if p < a.len() => {
                return Err(vm.type_error(alloc::format!(
                    "argument for {func}() given by name ('{kn}') and position ({})",
                    p + 1
                )))
            }
            Some(_) => {}
            None => {
                let kn = String::from(kn);
                return Err(vm.type_error(alloc::format!(
                    "'{kn}' is an invalid keyword argument for {func}()"
                )));
            }
        }
    }
    for name in &names[a.len().min(names.len())..] {
        let v = vm
            .interner
            .lookup(name)
            .and_then(|q| kw.iter().find(|(k, _)| *k == q).map(|&(_, v)| v));
        match v {
            Some(v) => out.push(v),
            None => break,
        }
    }
    Ok(out)
}

/// `range(...)` arguments.
pub fn make_range(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::objrange::make_range(vm, a)
}

/// The line (1-based) and value of the first byte of `b` that is not UTF-8.
pub fn first_invalid_utf8(b: &[u8]) -> Option<(u32, u8)> {
    let at = core::str::from_utf8(b).err()?.valid_up_to();
    let line = b[..at].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
    Some((line, b[at]))
}

/// The complaint about bytes that are not UTF-8 in source `b`, where CPython's
/// tokenizer makes it: each string literal (its pieces between escapes) and each
/// name is decoded on its own, so the position counts from the start of that piece;
/// such bytes in a comment are no error (`None`). Answers the message, line and column.
pub fn source_utf8_error(b: &[u8]) -> Option<(String, u32, u32)> {
    let at = |pos: usize, msg: String| {
        let line_start = b[..pos]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |i| i + 1);
        let line = b[..pos].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
        Some((msg, line, (pos - line_start) as u32 + 1))
    };
    // Decode one piece `b[from..to]` as the codec would.
    let piece = |from: usize, to: usize| -> Option<(String, u32, u32)> {
        let e = core::str::from_utf8(&b[from..to]).err()?;
        let pos = e.valid_up_to();
        let (len, reason) = match e.error_len() {
            None => (to - from - pos, "unexpected end of data"),
            Some(n) => {
                let first = b[from + pos];
                if (0x80..0xc2).contains(&first) || first > 0xf4 {
                    (n, "invalid start byte")
                } else {
                    (n, "invalid continuation byte")
                }
            }
        };
        let msg = if len > 1 {
            alloc::format!(
                "(unicode error) 'utf-8' codec can't decode bytes in position {}-{}: {reason}",
                pos,
                pos + len - 1
            )
        } else {
            alloc::format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {pos}: \
                 {reason}",
                b[from + pos]
            )
        };
        at(from + pos, msg)
    };
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c == b'#' {
            while i < n && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'"' || c == b'\'' {
            let mut p = i;
            while p > 0 && b[p - 1].is_ascii_alphabetic() {
                p -= 1;
            }
            let prefix = b[p..i].to_ascii_lowercase();
            let (bytes, raw, fmt) = (
                prefix.contains(&b'b'),
                prefix.contains(&b'r'),
                prefix.contains(&b'f'),
            );
            let triple = b[i..].starts_with(&[c, c, c]);
            let q = if triple { 3 } else { 1 };
            let mut j = i + q;
            let mut seg = j;
            let end = loop {
                if j >= n {
                    break n;
                }
                let d = b[j];
                if d == b'\\' {
                    if !raw {
                        if let Some(e) = piece(seg, j) {
                            return Some(e);
                        }
                        seg = (j + 2).min(n);
                    }
                    j = (j + 2).min(n);
                    continue;
                }
                if fmt && d == b'{' {
                    if b.get(j + 1) == Some(&b'{') {
                        j += 2;
                        continue;
                    }
                    if let Some(e) = piece(seg, j) {
                        return Some(e);
                    }
                    while j < n && b[j] != b'}' && b[j] != b'\n' {
                        j += 1;
                    }
                    seg = (j + 1).min(n);
                    j = seg;
                    continue;
                }
                if d == c && (!triple || b[j..].starts_with(&[c, c, c])) {
                    break j;
                }
                if d == b'\n' && !triple {
                    break j;
                }
                j += 1;
            };
            if bytes {
                if b[i..end].iter().any(|&x| x >= 0x80) {
                    return at(
                        i,
                        String::from("bytes can only contain ASCII literal characters"),
                    );
                }
            } else if let Some(e) = piece(seg, end) {
                return Some(e);
            }
            i = if end < n && b[end] == c { end + q } else { end };
            continue;
        }
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < n && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            if let Some(e) = piece(start, i) {
                return Some(e);
            }
            continue;
        }
        i += 1;
    }
    None
}
