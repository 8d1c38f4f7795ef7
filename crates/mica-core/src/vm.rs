//! The bytecode interpreter: the VM state, frames, the dispatch loop, calls, exception
//! unwinding and generator resumption.
//!
//! Python-to-Python calls made by the loop push a [`Frame`] and continue in the same
//! loop, so Python recursion never grows the native stack. Native code that calls back
//! into Python ([`Vm::call`]) runs a nested loop; those nestings are counted and bounded.
//! All frames share one value stack: a frame's locals sit at `stack[base..]`, its
//! operands above them.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use smallvec::SmallVec;

use crate::attrcache::site_tag;
use crate::bytecode::{CodeFlags, Op};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::gc::Heap;
use crate::objcode::Code;
use crate::object::{GenKind, GenObj, GenState, NativeFunc, Obj};
use crate::ops::compare_holds;
use crate::port::Port;
use crate::qstr::{q, Interner, QStr};
use crate::stackguard::StackGuard;
use crate::types::Types;
use crate::value::{ObjRef, Value};

mod callargs;
mod fastops;
mod generators;
mod seqfast;

/// A native function: `(vm, positional args, keyword args) -> result`.
/// For methods, `args[0]` is `self`.
pub type NativeFn = fn(&mut Vm, &[Value], &[(QStr, Value)]) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// `SetupFinally(handler)`.
    Finally,
    /// An active exception handler; `prev_exc` is restored when it ends.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth relative to the frame's `base`.
    pub level: u32,
    pub prev_exc: Value,
}

/// An activation of a code object.
///
/// Kept small because frames are moved on every call, return and generator
/// resumption: the constants and names are reached through `code_ref`, and a suspended
/// generator's handled exception lives in its `GenObj`. The frame's slice of the value
/// stack holds its locals (`stack[base..base + nlocals]`), then its cells (fresh ones
/// for `cellvars`, then the closure's for `freevars`, as `Value::Obj`), then operands;
/// so a call allocates nothing for cells and the stack keeps them rooted.
pub struct Frame {
    pub code: Rc<Code>,
    pub code_ref: ObjRef,
    pub globals: ObjRef,
    /// The namespace mapping of a module or class body (`None` for functions).
    pub locals_dict: Option<ObjRef>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Where this frame's locals start in the value stack.
    pub base: usize,
    /// Stack length to restore when the frame returns (its callee slot).
    pub ret_base: usize,
    pub blocks: Vec<Block>,
    /// The run loop that pushed this frame returns when it returns.
    pub is_entry: bool,
    /// The generator this frame belongs to.
    pub generator: Option<ObjRef>,
    /// For an `__init__` frame run inline by a class call: the new instance, which the
    /// call evaluates to.
    pub init_instance: Option<ObjRef>,
}

impl Frame {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.code_ref));
        f(Value::Obj(self.globals));
        if let Some(d) = self.locals_dict {
            f(Value::Obj(d));
        }
        if let Some(i) = self.init_instance {
            f(Value::Obj(i));
        }
        self.blocks.iter().for_each(|b| f(b.prev_exc));
        if let Some(g) = self.generator {
            f(Value::Obj(g));
        }
    }

    /// Where the frame's cells start in the value stack.
    #[inline]
    pub fn cells_base(&self) -> usize {
        self.base + self.code.nlocals()
    }
}

/// How `Vm::call_at` makes an instance of a class (see `Vm::class_call_plan`).
enum ClassCall {
    /// Call this native `__new__` with the class and the arguments; that is all.
    Native(NativeFunc),
    /// Make the instance directly (an `ExcObj` holding the positional arguments for
    /// exception classes) and run this Python `__init__` as a frame of the loop.
    Init(ObjRef, crate::object::BaseKind),
    /// Go through `call_class`.
    General,
}

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What a generator did when resumed.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

pub use crate::caches::{GlobalCacheEntry, MethodCacheEntry};

/// Operand slots a new generator's saved stack reserves beyond its locals.
const GEN_OPERAND_ROOM: usize = 6;

/// Maximum Python frames, and nested native-to-Python calls.
pub const MAX_FRAMES: usize = 4000;
/// How many values a streaming consumer (`sum`, `min`, ...) takes from a generator
/// at a time (see `Vm::for_each`).
pub const STREAM_CHUNK: usize = 256;

pub const MAX_NESTING: usize = 200;
/// Value-stack slots kept free above a new frame's locals for its operands.
const CALL_STACK_SLACK: usize = 32;
/// Deepest native recursion through nested data (repr, comparison of nested containers).
pub const MAX_DATA_DEPTH: usize = 1000;

pub struct Vm {
    pub heap: Heap,
    pub interner: Interner,
    pub port: Box<dyn Port>,
    pub types: Types,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The `builtins` module's dict: the RAM overlay over the static table of
    /// `builtins_table.rs` (see there).
    pub builtins: ObjRef,
    /// The overlay holds every name of the static table (or the names deleted): the
    /// table is not looked at any more.
    pub builtins_full: bool,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The exception currently being handled (for bare `raise`, `sys.exc_info`).
    pub cur_exc: Value,
    /// Values native code keeps alive across calls back into Python.
    pub temp_roots: Vec<Value>,
    /// Extra roots owned by ports and modules (e.g. `sys` state).
    pub module_roots: Vec<Value>,
    pub nesting: usize,
    pub emergency_memory_error: ObjRef,
    /// `-O` level.
    pub optimize: u8,
    /// How many sources `compile_source` has compiled (tests check that importing a
    /// frozen module compiles nothing).
    pub compiled_sources: u32,
    /// `sys.path` list.
    pub sys_path: Value,
    pub sys_argv: Value,
    /// Last `KeyboardInterrupt` poll counter.
    interrupt_poll: u32,
    /// The return value of the last generator that `iter_next` found exhausted.
    pub last_stop_value: Value,
    /// Whether the last generator suspension came from `YieldFrom` (an `await` passing
    /// a value through) rather than `YieldValue`: async generators tell their own
    /// yields from their awaits with it.
    pub last_yield_was_await: bool,
    /// While `Vm::generator_collect` runs a generator to completion: the frame depth of
    /// that generator's entry frame, whose yields are collected without suspending it
    /// (0: none).
    pub collecting: usize,
    /// How many values that collection takes before it suspends the generator (a
    /// streaming consumer takes them in chunks; `usize::MAX`: all).
    pub collect_limit: usize,
    /// Current native recursion depth through nested data (see `MAX_DATA_DEPTH`).
    pub data_depth: usize,
    /// The native stack limit (see `stackguard.rs`, [`Vm::check_stack`]).
    pub stack_guard: StackGuard,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<ObjRef>,
    /// `(class, name) -> attribute` along the MRO (see `caches.rs`).
    pub method_cache: crate::caches::MethodCache,
    /// `(globals, name) -> dict entry` for `LoadGlobal` (see `caches.rs`).
    pub global_cache: crate::caches::GlobalCache,
    /// Inline caches of the attribute instructions (see `attrcache.rs`).
    pub attr_cache: crate::attrcache::AttrCache,
    /// The sizes the three caches get (see `caches.rs`).
    cache_sizes: crate::caches::CacheSizes,
    /// The caches are allocated when code first runs (`run_entry_frame`).
    caches_pending: bool,
    /// The class of `open()`'s file objects.
    pub file_class: Option<ObjRef>,
    /// The `machine` module's hook: its event state (once imported) and a pending
    /// reset request (see `modules/machine/events.rs`).
    pub machine: crate::modules::MachineHook,
    /// The streams attached with `os.dupterm` (see `console.rs`).
    pub dupterm: [Value; crate::console::DUPTERM_SLOTS],
    /// Native modules registered by the embedder (`embed::Interpreter::register_module`),
    /// importable by name; nothing is built until one is imported. Append only: their
    /// functions are found by index (see `embed::trampoline`).
    pub native_modules: Vec<&'static crate::embed::NativeModule>,
}

impl Vm {
    // Not inlined: its temporaries would stay in the caller's frame (a firmware's
    // `main`) for the whole session.
    #[inline(never)]
    pub fn new(port: Box<dyn Port>, heap_size: usize) -> Vm {
        let mut heap = Heap::new(heap_size);
        let mut interner = Interner::new();
        let types = Types::bootstrap(&mut heap, &mut interner);
        let mut port = port;
        let stack_guard = match (port.stack_limit(), port.stack_info()) {
            (Some(limit), _) => StackGuard::with_limit(limit),
            (None, Some(st)) => {
                StackGuard::with_limit(crate::stackguard::limit_from_size(st.top, st.size))
            }
            (None, None) => StackGuard::below_here(crate::stackguard::DEFAULT_BUDGET),
        };
        let mut vm = Vm {
            heap,
            interner,
            port,
            types,
            // Both grow on demand, fallibly, as calls need room (`reserve_call`).
            stack: Vec::new(),
            frames: Vec::new(),
            builtins: ObjRef(0),
            builtins_full: false,
            modules: ObjRef(0),
            cur_exc: Value::None,
            temp_roots: Vec::new(),
            module_roots: Vec::new(),
            nesting: 0,
            emergency_memory_error: ObjRef(0),
            optimize: 0,
            compiled_sources: 0,
            sys_path: Value::None,
            sys_argv: Value::None,
            interrupt_poll: 0,
            last_stop_value: Value::None,
            last_yield_was_await: false,
            collecting: 0,
            collect_limit: usize::MAX,
            data_depth: 0,
            stack_guard,
            repr_guard: Vec::new(),
            method_cache: crate::caches::MethodCache::new(),
            global_cache: crate::caches::GlobalCache::new(),
            attr_cache: crate::attrcache::AttrCache::new(),
            cache_sizes: crate::caches::CacheSizes::default_for_build(),
            caches_pending: true,
            file_class: None,
            machine: Default::default(),
            dupterm: [Value::None; crate::console::DUPTERM_SLOTS],
            native_modules: Vec::new(),
        };
        vm.init_runtime();
        vm.shrink_startup();
        vm.heap.seal();
        vm
    }

    /// Give back the spare capacity start-up left in the runtime's own tables (class
    /// dicts, `builtins`, MROs, the interner): they are permanent, and most never grow
    /// again.
    fn shrink_startup(&mut self) {
        for o in self.heap.objects_mut() {
            match o {
                Obj::Class(c) => {
                    c.dict.shrink_to_fit();
                    c.natives.shrink_to_fit();
                    c.mro.shrink_to_fit();
                    c.bases.shrink_to_fit();
                }
                Obj::Dict(d) => d.shrink_to_fit(),
                _ => {}
            }
        }
        self.types.exceptions.shrink_to_fit();
        self.interner.shrink_to_fit();
    }

    // ---------------------------------------------------------------- roots & GC

    /// Run a collection now.
    pub fn collect_garbage(&mut self) {
        self.invalidate_method_cache();
        self.global_cache.clear();
        let Vm {
            heap,
            stack,
            frames,
            types,
            temp_roots,
            module_roots,
            cur_exc,
            builtins,
            modules,
            emergency_memory_error,
            sys_path,
            sys_argv,
            last_stop_value,
            dupterm,
            ..
        } = self;
        heap.collect(&mut |mark: &mut dyn FnMut(Value)| {
            stack.iter().for_each(|&v| mark(v));
            frames.iter().for_each(|f| f.trace(mark));
            types.trace(mark);
            temp_roots.iter().for_each(|&v| mark(v));
            module_roots.iter().for_each(|&v| mark(v));
            mark(*cur_exc);
            mark(Value::Obj(*builtins));
            mark(Value::Obj(*modules));
            mark(Value::Obj(*emergency_memory_error));
            mark(*sys_path);
            mark(*sys_argv);
            mark(*last_stop_value);
            dupterm.iter().for_each(|&v| mark(v));
        });
        self.give_back_when_tight();
    }

    /// Size the lookup caches (see `caches.rs`). They are (re)allocated when code next
    /// runs; what they held is dropped.
    pub fn set_cache_sizes(&mut self, sizes: crate::caches::CacheSizes) {
        self.cache_sizes = sizes;
        self.method_cache = crate::caches::MethodCache::new();
        self.global_cache = crate::caches::GlobalCache::new();
        self.attr_cache = crate::attrcache::AttrCache::new();
        self.caches_pending = true;
    }

    /// The sizes the lookup caches have (or get when code first runs).
    pub fn cache_sizes(&self) -> crate::caches::CacheSizes {
        self.cache_sizes
    }

    /// Bytes the lookup caches take now.
    pub fn cache_bytes(&self) -> usize {
        self.attr_cache.len() * crate::attrcache::SITE_BYTES
            + self.method_cache.len() * core::mem::size_of::<core::cell::Cell<MethodCacheEntry>>()
            + self.global_cache.len() * core::mem::size_of::<GlobalCacheEntry>()
    }

    /// Bytes the lookup caches may take: a sixteenth of the port's heap region (see
    /// `caches.rs`), no limit without a region.
    fn cache_room(&self) -> usize {
        match self.heap.memory_probe() {
            Some(probe) => probe().1 / 16,
            None => usize::MAX,
        }
    }

    /// After a collection that left less than an eighth of the port's heap region
    /// free, the lookup caches give back all but their starting entries and stop
    /// growing (the program needs the memory more than the speed), and the value stack
    /// and frame list give back what a deeper recursion made them grow to.
    fn give_back_when_tight(&mut self) {
        let Some(probe) = self.heap.memory_probe() else {
            return;
        };
        let (used, size) = probe();
        if size.saturating_sub(used) >= size / 8 {
            return;
        }
        // Each shrink does nothing when its table is already that small.
        let start = crate::caches::START_ENTRIES;
        self.attr_cache.shrink(start);
        self.global_cache.shrink(start);
        self.method_cache.shrink(start);
        // What a deep recursion made the value stack and the frame list grow to, beyond
        // twice what is in use now.
        let keep = (self.stack.len() * 2).max(self.stack.len() + 4 * CALL_STACK_SLACK);
        trim_capacity(&mut self.stack, keep);
        let keep = (self.frames.len() * 2).max(8);
        trim_capacity(&mut self.frames, keep);
    }

    #[cold]
    #[inline(never)]
    fn allocate_caches(&mut self) {
        use crate::caches::pow2;
        let s = self.cache_sizes.fit(self.cache_room());
        self.caches_pending = false;
        self.attr_cache.allocate(pow2(s.attr_sites, 2));
        self.method_cache.allocate(pow2(s.methods, 2));
        self.global_cache.allocate(pow2(s.globals, 2));
    }

    #[inline]
    fn maybe_collect(&mut self) {
        if self.heap.enabled || self.heap.stress {
            self.collect_garbage();
        } else {
            self.heap.gc_pending = false;
        }
    }

    // ---------------------------------------------------------------- stack helpers

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    fn top(&self) -> Value {
        *self.stack.last().unwrap_or(&Value::None)
    }

    // ---------------------------------------------------------------- calls

    /// Call `f(*args)` from native code.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Call `f(*args, **kwargs)` from native code.
    pub fn call_kw(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(QStr, Value)],
    ) -> PyResult<Value> {
        let callee_pos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        for &(_, v) in kwargs {
            self.stack.push(v);
        }
        let names: Vec<QStr> = kwargs.iter().map(|&(k, _)| k).collect();
        // Natives calling natives (a built-in method reaching the protocol that called
        // it) recurse in Rust: bound that like nested data.
        if let Err(e) = self.enter_data() {
            self.stack.truncate(callee_pos);
            return Err(e);
        }
        let res = self.call_at(callee_pos, args.len() + kwargs.len(), &names);
        self.leave_data();
        match res {
            Ok(Some(v)) => {
                self.stack.truncate(callee_pos);
                Ok(v)
            }
            Ok(None) => {
                // A Python frame was pushed: run it to completion in a nested loop.
                if let Some(fr) = self.frames.last_mut() {
                    fr.is_entry = true;
                }
                let r = self.run_nested();
                self.stack.truncate(callee_pos);
                r
            }
            Err(e) => {
                self.stack.truncate(callee_pos);
                Err(e)
            }
        }
    }

    fn run_nested(&mut self) -> PyResult<Value> {
        if self.nesting >= MAX_NESTING || self.stack_guard.exhausted() {
            let fr = self.frames.pop();
            if let Some(fr) = fr {
                self.stack.truncate(fr.ret_base);
            }
            return Err(self.recursion_error());
        }
        self.nesting += 1;
        let r = self.run();
        self.nesting -= 1;
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(_)) => Err(self.runtime_error("unexpected yield")),
            Err(e) => Err(e),
        }
    }

    /// Call the object at `stack[callee_pos]` with the `nargs` values above it (the last
    /// `kwnames.len()` of them are keyword arguments). Returns `Some(result)` when the
    /// call completed (the stack above `callee_pos` is left for the caller to truncate),
    /// or `None` when a Python frame was pushed (it will truncate to `callee_pos` and
    /// push the result when it returns).
    pub fn call_at(
        &mut self,
        callee_pos: usize,
        nargs: usize,
        kwnames: &[QStr],
    ) -> PyResult<Option<Value>> {
        let mut nargs = nargs;
        loop {
            let callee = self.stack[callee_pos];
            let r = match callee {
                Value::Obj(r) => r,
                _ => {
                    let tn = self.type_name(callee);
                    return Err(self.type_error(alloc::format!("'{tn}' object is not callable")));
                }
            };
            match self.heap.get(r) {
                Obj::Function(_) => {
                    return self.call_function(r, callee_pos, nargs, kwnames);
                }
                Obj::BoundMethod(m) => {
                    let (func, self_) = (m.func, m.self_);
                    self.stack[callee_pos] = func;
                    self.stack.insert(callee_pos + 1, self_);
                    nargs += 1;
                }
                Obj::Native(n) => {
                    let n = *n;
                    return self
                        .call_native_at(n, Value::Null, callee_pos + 1, nargs, kwnames)
                        .map(Some);
                }
                Obj::Class(_) => {
                    match self.class_call_plan(r) {
                        ClassCall::Native(new) => {
                            // Built-in `__new__` and nothing else to run.
                            return self
                                .call_native_at(new, callee, callee_pos + 1, nargs, kwnames)
                                .map(Some);
                        }
                        ClassCall::Init(init, kind) => {
                            // Make the instance and run the Python `__init__` as an
                            // ordinary frame of this loop.
                            let inst = if kind == crate::object::BaseKind::Exception {
                                let start = callee_pos + 1;
                                let npos = nargs - kwnames.len();
                                let args = self.stack[start..start + npos].to_vec();
                                let args = self.new_tuple(args)?;
                                Value::Obj(self.new_exception_with_args(r, args).0)
                            } else {
                                self.new_instance(r)?
                            };
                            self.stack[callee_pos] = Value::Obj(init);
                            self.stack.insert(callee_pos + 1, inst);
                            return match self.call_function(init, callee_pos, nargs + 1, kwnames)? {
                                None => {
                                    if let Some(f) = self.frames.last_mut() {
                                        f.init_instance = inst.as_obj();
                                    }
                                    Ok(None)
                                }
                                Some(v) => {
                                    let tn = self.type_name(v);
                                    Err(self.type_error(alloc::format!(
                                        "__init__() should return None, not '{tn}'"
                                    )))
                                }
                            };
                        }
                        ClassCall::General => {}
                    }
                    let start = callee_pos + 1;
                    let npos = nargs - kwnames.len();
                    let args: Vec<Value> = self.stack[start..start + npos].to_vec();
                    let kw: Vec<(QStr, Value)> = kwnames
                        .iter()
                        .zip(&self.stack[start + npos..start + nargs])
                        .map(|(&k, &v)| (k, v))
                        .collect();
                    return self.call_class(r, &args, &kw).map(Some);
                }
                Obj::StaticMethod(f) => {
                    self.stack[callee_pos] = *f;
                }
                _ => {
                    // Instances (and other objects) with a `__call__`.
                    match self.lookup_special(callee, q::__call__) {
                        Some(m) => {
                            self.stack[callee_pos] = m;
                            self.stack.insert(callee_pos + 1, callee);
                            nargs += 1;
                        }
                        None => {
                            let tn = self.type_name(callee);
                            return Err(
                                self.type_error(alloc::format!("'{tn}' object is not callable"))
                            );
                        }
                    }
                }
            }
        }
    }

    /// Bind arguments for a Python function and push its frame (or, for generator
    /// functions, create the generator).
    #[inline(always)]
    fn call_function(
        &mut self,
        fref: ObjRef,
        callee_pos: usize,
        nargs: usize,
        kwnames: &[QStr],
    ) -> PyResult<Option<Value>> {
        if self.frames.len() >= MAX_FRAMES {
            return Err(self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        // Calls are polled too: native loops (`list(it)`, `sum(it)`) call `__next__`
        // without any backward jump.
        self.interrupt_poll = self.interrupt_poll.wrapping_add(1);
        if self.interrupt_poll & 0x3f == 0 {
            self.poll_on_call()?;
        }
        let (code_ref, globals, defaults) = match self.heap.get(fref) {
            Obj::Function(f) => (f.code, f.globals, f.defaults),
            _ => unreachable_obj(),
        };
        let code = match self.heap.get(code_ref) {
            Obj::Code(c) => c.clone(),
            _ => unreachable_obj(),
        };
        let nlocals = code.nlocals();
        let values = nlocals + code.ncells() + code.nfree();
        if self.call_room_short(values) {
            self.grow_for_call_collecting(values + CALL_STACK_SLACK)?;
        }
        let argcount = code.argcount as usize;
        let simple = kwnames.is_empty()
            && code.kwonlyargcount == 0
            && !code.flags.has(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS);
        let base = callee_pos + 1;
        if simple && nargs == argcount {
            // (Most functions have no locals beyond their parameters.)
            if self.stack.len() != base + nlocals {
                self.stack.resize(base + nlocals, Value::Null);
            }
        } else if !(simple && nargs < argcount && self.push_defaults(defaults, nargs, argcount)) {
            self.bind_general(fref, &code, callee_pos, nargs, kwnames)?;
        } else {
            self.stack.resize(base + nlocals, Value::Null);
        }
        if code.n_derefs() != 0 {
            self.push_cells(fref, &code)?;
        }
        let flags = code.flags;
        let frame = Frame {
            code,
            code_ref,
            globals,
            locals_dict: None,
            pc: 0,
            base,
            ret_base: callee_pos,
            blocks: Vec::new(),
            is_entry: false,
            generator: None,
            init_instance: None,
        };
        if flags.has(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) {
            return self.make_generator(fref, frame, flags).map(Some);
        }
        self.frames.push(frame);
        Ok(None)
    }

    /// Make room for a call's frame and `values` more stack slots (plus
    /// `CALL_STACK_SLACK` for its operands) with fallible allocation: on a device the
    /// value stack and the frame list live in the fixed heap region, and growing them
    /// past it must be a `MemoryError`, not an allocator abort. The operand pushes of
    /// the frame then use the slack without reallocating in the common case.
    #[inline(always)]
    pub(crate) fn reserve_call(&mut self, values: usize) -> PyResult<()> {
        if self.call_room_short(values) {
            return self.grow_for_call(values + CALL_STACK_SLACK);
        }
        Ok(())
    }

    /// Whether a call's frame and `values` more stack slots (plus `CALL_STACK_SLACK`)
    /// do not fit in what the frame list and the value stack already hold.
    #[inline(always)]
    fn call_room_short(&self, values: usize) -> bool {
        self.stack.capacity() - self.stack.len() < values + CALL_STACK_SLACK
            || self.frames.len() == self.frames.capacity()
    }

    #[cold]
    #[inline(never)]
    fn grow_for_call(&mut self, values: usize) -> PyResult<()> {
        if self.try_grow_for_call(values) {
            Ok(())
        } else {
            Err(self.memory_error())
        }
    }

    /// Whether the stack could take `values` more slots and the frame list one more
    /// frame, growing them (fallibly) as needed.
    fn try_grow_for_call(&mut self, values: usize) -> bool {
        let stack_ok = self.stack.capacity() - self.stack.len() >= values
            || self.stack.try_reserve(values).is_ok()
            || self.stack.try_reserve_exact(values).is_ok();
        let frames_ok = self.frames.len() < self.frames.capacity()
            || self.frames.try_reserve(1).is_ok()
            || self.frames.try_reserve_exact(1).is_ok();
        stack_ok && frames_ok
    }

    /// `grow_for_call` at the start of a Python function's call, where every live value
    /// is rooted (the callee and its arguments are on the stack; native code that calls
    /// Python roots what it holds, as a collection may run in the callee anyway): when
    /// the region cannot give the room, collect and try once more before raising
    /// `MemoryError`. The garbage of a deep recursion's earlier calls is often what
    /// stands in the way.
    #[cold]
    #[inline(never)]
    fn grow_for_call_collecting(&mut self, values: usize) -> PyResult<()> {
        if !self.try_grow_for_call(values) {
            self.collect_outside_loop();
        }
        self.grow_for_call(values)
    }

    /// Collect now, when collection is enabled, from a safe point outside the dispatch
    /// loop (a call's start, a traceback being formatted, the embedding facade).
    /// `gc_pending` also tells the loop that scheduled callbacks wait, and a collection
    /// clears it: it is raised again for them, so they still run at the loop's next
    /// safe point.
    pub(crate) fn collect_outside_loop(&mut self) {
        if self.heap.enabled || self.heap.stress {
            self.collect_garbage();
            if !self.heap.scheduled.is_empty() {
                self.heap.gc_pending = true;
            }
        }
    }

    /// The rare part of a call's polling: `machine` events and Ctrl-C.
    #[inline(never)]
    fn poll_on_call(&mut self) -> PyResult<()> {
        // Frames, blocks and cells are not charged as calls make them: deep recursion
        // on a nearly full region stops here, before it eats the reserve. A call's
        // start is a safe point (see `grow_for_call_collecting`): collect first, and
        // raise only when the live data really fills the region.
        if self.heap.region_exhausted() {
            self.collect_outside_loop();
            if self.heap.region_exhausted() {
                self.heap.gc_pending = true;
                return Err(self.memory_error());
            }
        }
        if self.machine.active() {
            crate::modules::machine_poll(self)?;
        }
        if self.interrupt_poll & 0x3ff == 0 && self.port.take_interrupt() {
            return Err(self.error_noargs(ExcKind::KeyboardInterrupt));
        }
        Ok(())
    }

    /// Push the defaults for the missing trailing positionals of a call with `nargs`
    /// positional arguments only; `false` (nothing pushed) when the defaults do not
    /// cover them, so the general binder reports the missing ones.
    #[inline]
    fn push_defaults(&mut self, defaults: Option<ObjRef>, nargs: usize, argcount: usize) -> bool {
        let Some(d) = defaults else { return false };
        let Obj::Tuple(defs) = self.heap.get(d) else {
            return false;
        };
        let first_default = argcount.saturating_sub(defs.len());
        if nargs < first_default {
            return false;
        }
        let from = nargs - first_default;
        let to = argcount - first_default;
        match defs.get(from..to) {
            Some(vals) => {
                self.stack.extend_from_slice(vals);
                true
            }
            None => false,
        }
    }

    /// Push a new frame's cells above its locals: fresh cells for its `cellvars`, then
    /// the closure's cells for its `freevars` (`Null` where the closure is short).
    #[inline(never)]
    fn push_cells(&mut self, fref: ObjRef, code: &Code) -> PyResult<()> {
        self.push_new_cells(code.ncells())?;
        let nfree = code.nfree();
        if nfree > 0 {
            let closure: &[ObjRef] = match self.heap.get(fref) {
                Obj::Function(f) => &f.closure,
                _ => &[],
            };
            push_free(&mut self.stack, closure, nfree);
        }
        Ok(())
    }

    /// Push `n` new empty cells (a frame's cell variables).
    fn push_new_cells(&mut self, n: usize) -> PyResult<()> {
        for _ in 0..n {
            let c = self.alloc(Obj::Cell(Value::Null))?;
            self.stack.push(Value::Obj(c));
        }
        Ok(())
    }

    /// Turn the frame of a generator or coroutine function's call into its generator
    /// object, taking the frame's slice of the stack with it.
    #[inline(never)]
    fn make_generator(&mut self, fref: ObjRef, frame: Frame, flags: CodeFlags) -> PyResult<Value> {
        let kind = if flags.has(CodeFlags::ASYNC_GENERATOR) {
            GenKind::AsyncGenerator
        } else if flags.has(CodeFlags::COROUTINE) {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        // Room for the operands it will hold when suspended, so that suspending
        // does not reallocate.
        let mut stack = Vec::with_capacity(self.stack.len() - frame.base + GEN_OPERAND_ROOM);
        stack.extend_from_slice(&self.stack[frame.base..]);
        self.stack.truncate(frame.base);
        let (name, qualname) = match self.heap.get(fref) {
            Obj::Function(f) => (f.name, self.function_qualname(f)),
            _ => (q::EMPTY, Value::None),
        };
        let gen = self.alloc(Obj::Generator(Box::new(GenObj {
            kind,
            state: GenState::Created,
            frame: Some(frame),
            stack,
            name,
            qualname,
            gen_exc: Value::None,
            collected: Vec::new(),
        })))?;
        Ok(Value::Obj(gen))
    }

    /// The general argument binder: positional, defaults, keywords, `*args`, `**kwargs`,
    /// keyword-only. Leaves `stack[callee_pos + 1..]` holding exactly the locals: the
    /// positionals that fill parameters stay where they are, the rest is bound around
    /// them. (The keyword values and surplus positionals taken off the stack meanwhile
    /// stay safe: allocation never collects, and string-keyed stores run no Python.)
    #[inline(never)]
    fn bind_general(
        &mut self,
        fref: ObjRef,
        code: &Code,
        callee_pos: usize,
        nargs: usize,
        kwnames: &[QStr],
    ) -> PyResult<()> {
        let start = callee_pos + 1;
        let npos = nargs - kwnames.len();
        let nlocals = code.nlocals();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags.has(CodeFlags::VARARGS);
        let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
        if argcount + kwonly + has_varargs as usize + has_varkw as usize > nlocals {
            return Err(self.runtime_error("bad code object: too few locals"));
        }
        // `*args`: the surplus positionals.
        let varargs = if npos > argcount {
            if !has_varargs {
                let ndefaults = match self.heap.get(fref) {
                    Obj::Function(f) => match f.defaults.map(|d| self.heap.get(d)) {
                        Some(Obj::Tuple(t)) => t.len(),
                        _ => 0,
                    },
                    _ => 0,
                };
                let fname = self.function_name(fref);
                let msg = too_many_positional(&fname, argcount, ndefaults, npos);
                return Err(self.type_error(msg));
            }
            let extra = self.stack[start + argcount..start + npos].to_vec();
            Some(self.new_tuple(extra)?)
        } else if has_varargs {
            Some(self.new_tuple(Vec::new())?)
        } else {
            None
        };
        let kwvals: SmallVec<[Value; 8]> =
            SmallVec::from_slice(&self.stack[start + npos..start + nargs]);
        self.stack.truncate(start + npos.min(argcount));
        self.stack.resize(start + nlocals, Value::Null);
        let locals = start;
        if let Some(t) = varargs {
            self.stack[locals + argcount + kwonly] = t;
        }
        // **kwargs dict.
        let varkw = if has_varkw {
            // Room for every keyword up front (small dicts otherwise grow one at a time).
            let d = Value::Obj(self.alloc(Obj::Dict(Box::new(
                crate::objdict::Dict::with_capacity(kwnames.len()),
            )))?);
            self.stack[locals + argcount + kwonly + has_varargs as usize] = d;
            Some(d)
        } else {
            None
        };
        // Keywords, matched against the interned parameter names.
        let varnames_q = code.varnames();
        let first_kw = (code.posonlyargcount as usize).min(argcount);
        let named =
            &varnames_q[first_kw.min(varnames_q.len())..(argcount + kwonly).min(varnames_q.len())];
        for (i, &name) in kwnames.iter().enumerate() {
            let value = kwvals[i];
            match named.iter().position(|&n| n == name) {
                Some(k) => {
                    let j = locals + first_kw + k;
                    if !self.stack[j].is_null() {
                        let fname = self.function_name(fref);
                        let an = self.interner.get(name);
                        let msg =
                            alloc::format!("{fname}() got multiple values for argument '{an}'");
                        return Err(self.type_error(msg));
                    }
                    self.stack[j] = value;
                }
                None => match varkw {
                    Some(d) => {
                        self.dict_set_item(d, Value::Str(name), value)?;
                    }
                    None if varnames_q[..first_kw.min(varnames_q.len())].contains(&name) => {
                        let fname = self.function_name(fref);
                        let an = self.interner.get(name);
                        let msg = alloc::format!(
                            "{fname}() got some positional-only arguments passed as keyword arguments: '{an}'"
                        );
                        return Err(self.type_error(msg));
                    }
                    None => {
                        let fname = self.function_name(fref);
                        let an = self.interner.get(name);
                        let msg =
                            alloc::format!("{fname}() got an unexpected keyword argument '{an}'");
                        return Err(self.type_error(msg));
                    }
                },
            }
        }
        // Defaults for missing positionals.
        let (defaults, kwdefaults) = match self.heap.get(fref) {
            Obj::Function(f) => (f.defaults, f.kwdefaults),
            _ => (None, None),
        };
        let defs: &[Value] = match defaults.map(|d| self.heap.get(d)) {
            Some(Obj::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argcount.saturating_sub(defs.len());
        let mut missing: SmallVec<[usize; 4]> = SmallVec::new();
        for j in 0..argcount {
            if self.stack[locals + j].is_null() {
                if j >= first_default {
                    self.stack[locals + j] = defs[j - first_default];
                } else {
                    missing.push(j);
                }
            }
        }
        if !missing.is_empty() {
            let fname = self.function_name(fref);
            let names: Vec<String> = missing
                .iter()
                .map(|&j| alloc::format!("'{}'", self.interner.get(varnames_q[j])))
                .collect();
            let msg = alloc::format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&names)
            );
            return Err(self.type_error(msg));
        }
        // Keyword-only defaults.
        let mut missing_kw = Vec::new();
        let kwonly_names = varnames_q.iter().enumerate().skip(argcount).take(kwonly);
        for (j, &name) in kwonly_names {
            if self.stack[locals + j].is_null() {
                let default = match kwdefaults {
                    Some(d) => self.dict_get_str(d, name),
                    None => None,
                };
                match default {
                    Some(v) => self.stack[locals + j] = v,
                    None => missing_kw.push(alloc::format!("'{}'", self.interner.get(name))),
                }
            }
        }
        if !missing_kw.is_empty() {
            let fname = self.function_name(fref);
            let msg = alloc::format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                join_names(&missing_kw)
            );
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// Call native `n` with the arguments at `stack[start..start + nargs]` (the last
    /// `kwnames.len()` of them keywords), after its bound `self` and `first` (when not
    /// `Null`). The arguments stay on the stack, rooted, during the call.
    #[inline]
    fn call_native_at(
        &mut self,
        n: NativeFunc,
        first: Value,
        start: usize,
        nargs: usize,
        kwnames: &[QStr],
    ) -> PyResult<Value> {
        let npos = nargs - kwnames.len();
        let mut lead = 0;
        let mut buf = [Value::Null; 6];
        if !n.self_.is_null() {
            buf[0] = n.self_;
            lead = 1;
        }
        if !first.is_null() {
            buf[lead] = first;
            lead += 1;
        }
        let total = lead + npos;
        if n.signature() != 0 {
            self.check_signature(n, &buf[..lead], start, npos, kwnames)?;
        }
        if total < n.min_args() as usize {
            let self_ = if lead > 0 {
                Some(buf[0])
            } else {
                self.stack.get(start).copied().filter(|_| npos > 0)
            };
            return Err(self.native_arity_error(n, total, self_));
        }
        if kwnames.is_empty() && total <= buf.len() {
            buf[lead..total].copy_from_slice(&self.stack[start..start + npos]);
            return (n.f)(self, &buf[..total], &[]);
        }
        let mut args: SmallVec<[Value; 8]> = SmallVec::from_slice(&buf[..lead]);
        args.extend_from_slice(&self.stack[start..start + npos]);
        let kw: SmallVec<[(QStr, Value); 4]> = kwnames
            .iter()
            .zip(&self.stack[start + npos..start + nargs])
            .map(|(&k, &v)| (k, v))
            .collect();
        (n.f)(self, &args, &kw)
    }

    /// How a call of class `cls` can skip the generic `type.__call__` protocol.
    fn class_call_plan(&mut self, cls: ObjRef) -> ClassCall {
        use crate::object::BaseKind;
        let kind = match self.heap.get(cls) {
            Obj::Class(c) if c.metaclass.is_none() => c.kind,
            _ => return ClassCall::General,
        };
        let Some(new) = self.class_lookup(cls, q::__new__) else {
            return ClassCall::General;
        };
        let init = self.class_lookup(cls, q::__init__);
        let init_fn = match init {
            Some(Value::Obj(f)) if matches!(self.heap.get(f), Obj::Function(_)) => Some(f),
            _ => None,
        };
        let native_init = match init {
            None => true,
            Some(Value::Obj(f)) => matches!(self.heap.get(f), Obj::Native(_)),
            _ => false,
        };
        let new_native = match new {
            Value::Obj(f) => match self.heap.get(f) {
                Obj::Native(n) => Some(*n),
                Obj::StaticMethod(Value::Obj(g)) => match self.heap.get(*g) {
                    Obj::Native(n) => Some(*n),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        match kind {
            BaseKind::Exception => {
                // `BaseException.__init__` only stores the arguments `__new__` already
                // stored, so it need not run.
                let base = self.exc_class(crate::error::ExcKind::BaseException);
                if self
                    .class_lookup(base, q::__new__)
                    .is_none_or(|n| !n.is(new))
                {
                    return ClassCall::General;
                }
                match (init_fn, new_native, init) {
                    (Some(f), _, _) => ClassCall::Init(f, kind),
                    (None, Some(n), Some(i))
                        if self
                            .class_lookup(base, q::__init__)
                            .is_some_and(|b| b.is(i)) =>
                    {
                        ClassCall::Native(n)
                    }
                    _ => ClassCall::General,
                }
            }
            _ => {
                if let Some(f) = init_fn {
                    // Instances made directly: `__new__` must be `object.__new__`.
                    let plain = kind == BaseKind::Object
                        && self
                            .class_lookup(self.types.object, q::__new__)
                            .is_some_and(|o| o.is(new));
                    return if plain {
                        ClassCall::Init(f, kind)
                    } else {
                        ClassCall::General
                    };
                }
                match new_native {
                    // Native `__init__`s of built-in types are not run after `__new__`.
                    Some(n) if native_init => ClassCall::Native(n),
                    _ => ClassCall::General,
                }
            }
        }
    }

    fn function_name(&self, fref: ObjRef) -> String {
        match self.heap.get(fref) {
            // CPython names the function by its qualified name ("C.m() missing ...").
            Obj::Function(f) => match self.str_ref(self.function_qualname(f)) {
                Some(q) if !q.is_empty() => String::from(q),
                _ => String::from(self.interner.get(f.name)),
            },
            _ => String::from("function"),
        }
    }

    // ---------------------------------------------------------------- running code

    /// Execute a loaded code object with the given globals (and class/module namespace).
    pub fn exec_code(
        &mut self,
        code_ref: ObjRef,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Value> {
        self.run_entry_frame(code_ref, globals, locals, &[])
    }

    /// `async for`: `[.., obj] -> [.., obj.__aiter__()]`, with CPython's TypeErrors.
    #[inline(never)]
    fn get_aiter(&mut self) -> PyResult<()> {
        let v = self.top();
        if self.lookup_special(v, q::__aiter__).is_none() {
            let tn = self.type_name(v);
            return Err(self.type_error(alloc::format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        }
        let m = self.call_method(v, q::__aiter__, &[])?;
        if self.lookup_special(m, q::__anext__).is_none() {
            let tn = self.type_name(m);
            return Err(self.type_error(alloc::format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        let n = self.stack.len();
        self.stack[n - 1] = m;
        Ok(())
    }

    /// `with`: `[.., mgr] -> [.., exit, mgr.__enter__()]` (the `async` names for
    /// `async with`). `__enter__` is looked up first, as CPython does, so an object
    /// with neither gets the plain message; each value stays on the stack while
    /// Python code (a `__get__`, the `__enter__` call) can run.
    #[inline(never)]
    fn before_with(&mut self, enter_name: QStr, exit_name: QStr) -> PyResult<()> {
        let mgr = self.top();
        let en = self.interner.get(enter_name);
        let en = String::from(en);
        let enter = self.get_special_bound(mgr, enter_name, &en)?;
        self.stack.push(enter);
        let xn = String::from(self.interner.get(exit_name));
        let exit = self.get_special_bound(mgr, exit_name, &xn)?;
        let n = self.stack.len();
        self.stack[n - 1] = exit;
        self.stack.push(enter);
        let r = self.call(enter, &[]);
        self.stack.pop();
        let r = r?;
        let n = self.stack.len();
        self.stack[n - 2] = exit;
        self.stack[n - 1] = r;
        Ok(())
    }

    /// Execute a class body with an existing closure (for `__build_class__`).
    pub fn exec_class_body(&mut self, func: ObjRef, namespace: ObjRef) -> PyResult<Value> {
        let (code_ref, globals, closure) = match self.heap.get(func) {
            Obj::Function(f) => (f.code, f.globals, f.closure.to_vec()),
            _ => return Err(self.type_error("class body must be a function")),
        };
        self.run_entry_frame(code_ref, globals, Value::Obj(namespace), &closure)
    }

    /// Push an entry frame for `code_ref` (fresh cells for its cellvars, then `closure`)
    /// and run it to completion in a nested loop.
    fn run_entry_frame(
        &mut self,
        code_ref: ObjRef,
        globals: ObjRef,
        locals: Value,
        closure: &[ObjRef],
    ) -> PyResult<Value> {
        if self.caches_pending {
            self.allocate_caches();
        }
        let code = match self.heap.get(code_ref) {
            Obj::Code(c) => c.clone(),
            _ => return Err(self.type_error("exec() arg 1 must be a code object")),
        };
        if self.frames.len() >= MAX_FRAMES {
            return Err(self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let ret_base = self.stack.len();
        let nlocals = code.nlocals();
        self.reserve_call(nlocals + code.ncells() + closure.len())?;
        self.stack.resize(ret_base + nlocals, Value::Null);
        if let Err(e) = self.push_new_cells(code.ncells()) {
            self.stack.truncate(ret_base);
            return Err(e);
        }
        push_free(&mut self.stack, closure, code.nfree());
        self.frames.push(Frame {
            code,
            code_ref,
            globals,
            locals_dict: locals.as_obj(),
            pc: 0,
            base: ret_base,
            ret_base,
            blocks: Vec::new(),
            is_entry: true,
            generator: None,
            init_instance: None,
        });
        self.run_nested()
    }

    // ---------------------------------------------------------------- exceptions

    /// Attach a traceback line for the top frame.
    fn add_traceback(&mut self, err: PyErr) {
        let (code_ref, pc) = match self.frames.last() {
            Some(f) => (f.code_ref, f.pc.saturating_sub(1) as u32),
            None => return,
        };
        if let Obj::Exception(e) = self.heap.get_mut(err.0) {
            if e.traceback.len() < 200 {
                e.traceback
                    .push(crate::object::TbEntry { code: code_ref, pc });
            }
        }
    }

    /// Unwind from the top frame towards the entry frame looking for a handler.
    /// `Ok(())`: a handler was found and the VM is ready to continue the loop.
    /// `Err(e)`: the entry frame was popped; `e` propagates to the native caller.
    fn handle_exception(&mut self, mut err: PyErr, add_tb: bool) -> Result<(), PyErr> {
        if add_tb {
            self.add_traceback(err);
        }
        loop {
            let frame = match self.frames.last_mut() {
                Some(f) => f,
                None => return Err(err),
            };
            if self.machine.reset.is_some() {
                // A board reset cannot be caught: no handler or `finally` runs.
                frame.blocks.clear();
            }
            while let Some(block) = frame.blocks.pop() {
                let level = frame.base + block.level as usize;
                match block.kind {
                    BlockKind::ExceptHandler => {
                        self.stack.truncate(level);
                        self.cur_exc = block.prev_exc;
                    }
                    BlockKind::Finally => {
                        self.stack.truncate(level);
                        let depth = (self.stack.len() - frame.base) as u32;
                        frame.blocks.push(Block {
                            kind: BlockKind::ExceptHandler,
                            handler: 0,
                            level: depth,
                            prev_exc: self.cur_exc,
                        });
                        self.cur_exc = Value::Obj(err.0);
                        self.stack.push(Value::Obj(err.0));
                        frame.pc = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            // No handler in this frame: pop it.
            let frame = match self.frames.pop() {
                Some(f) => f,
                None => return Err(err),
            };
            self.stack.truncate(frame.ret_base);
            if frame.is_entry {
                return Err(err);
            }
            if let Some(gen) = frame.generator {
                // An inline-resumed generator: the error goes on to its resumer.
                err = self.generator_failed(gen, err);
            }
            self.add_traceback(err);
        }
    }

    /// Record the exception being handled as the implicit `__context__` of `err`.
    fn set_context(&mut self, err: PyErr) {
        let cur = self.cur_exc;
        if let Value::Obj(c) = cur {
            if c != err.0 {
                if let Obj::Exception(e) = self.heap.get_mut(err.0) {
                    if e.context.is_none() {
                        e.context = cur;
                    }
                }
            }
        }
    }

    pub fn set_exc_cause(&mut self, err: PyErr, cause: Value) {
        if let Obj::Exception(e) = self.heap.get_mut(err.0) {
            e.cause = cause;
            e.suppress_context = true;
        }
    }

    // ---------------------------------------------------------------- the loop

    /// Run the top frame (and the frames it calls) until the entry frame returns or
    /// a generator frame yields.
    pub fn run(&mut self) -> PyResult<Exit> {
        loop {
            match self.execute() {
                Ok(exit) => return Ok(exit),
                Err((err, add_tb)) => {
                    self.set_context(err);
                    self.handle_exception(err, add_tb)?;
                    // A MemoryError leaves garbage from the failed instruction behind:
                    // collect now that every live value is rooted again. What the
                    // handler lets go of (the data that filled the heap) is only garbage
                    // once it has run: collect once more when it ends (`PopExcept`), so
                    // the program's next allocations find that room.
                    if self.heap.gc_pending || self.heap.region_exhausted() {
                        self.maybe_collect();
                        self.heap.collect_after_handler = true;
                    }
                }
            }
        }
    }

    /// The dispatch loop. Errors carry whether a traceback entry should be added for the
    /// current frame (not for re-raises).
    fn execute(&mut self) -> Result<Exit, (PyErr, bool)> {
        let mut fi = self.frames.len() - 1;
        let mut code = self.frames[fi].code.clone();
        let mut base = self.frames[fi].base;
        let mut cells_base = self.frames[fi].cells_base();
        let mut pc = self.frames[fi].pc;

        // The code object the loop holds (with its runtime constants and names, see
        // `RuntimeTables`): a call or return between activations of one function
        // (recursion) keeps it without touching the reference count. The frame being
        // left or entered roots the code object until the comparison, so its slot
        // cannot have been reused meanwhile.
        let mut code_ref = self.frames[fi].code_ref;
        macro_rules! reload {
            () => {{
                fi = self.frames.len() - 1;
                let f = &self.frames[fi];
                if f.code_ref != code_ref {
                    code_ref = f.code_ref;
                    code = f.code.clone();
                }
                base = f.base;
                cells_base = f.cells_base();
                pc = f.pc;
            }};
        }
        macro_rules! cell {
            ($i:expr) => {
                match self.stack.get(cells_base + $i as usize) {
                    Some(&Value::Obj(c)) => c,
                    _ => {
                        self.frames[fi].pc = pc;
                        return Err((self.runtime_error("bad cell index"), true));
                    }
                }
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        self.frames[fi].pc = pc;
                        return Err((e, true));
                    }
                }
            };
        }
        // The next item of the iterator `it` for `ForIter`/`ForIterStore` (`None` when
        // exhausted); a Python generator is resumed inline instead (the loop goes on in
        // its frame).
        macro_rules! for_next {
            ($it:expr) => {
                match self.for_iter_fast($it) {
                    Some(next) => next,
                    None => {
                        if let Value::Obj(r) = $it {
                            self.frames[fi].pc = pc;
                            if tri!(self.enter_generator_inline(r, Value::None, false)) {
                                reload!();
                                continue;
                            }
                        }
                        tri!(self.iter_next($it))
                    }
                }
            };
        }
        macro_rules! pop {
            () => {
                self.stack.pop().unwrap_or(Value::None)
            };
        }
        macro_rules! name {
            ($i:expr) => {
                code.names[$i as usize]
            };
        }

        loop {
            if self.heap.gc_pending {
                self.frames[fi].pc = pc;
                self.maybe_collect();
                self.interrupt_poll = self.interrupt_poll.wrapping_add(1);
                if !self.heap.scheduled.is_empty() && !self.heap.sched_running {
                    tri!(crate::modules::run_scheduled(self));
                }
            }
            let op = code.ops[pc];
            pc += 1;
            match op {
                Op::Nop => {}
                Op::Pop => {
                    self.stack.pop();
                }
                Op::DupTop => {
                    let v = self.top();
                    self.stack.push(v);
                }
                Op::DupTop2 => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Op::RotTwo => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - 2);
                }
                Op::RotThree => {
                    let v = pop!();
                    let n = self.stack.len();
                    self.stack.insert(n - 2, v);
                }
                Op::RotFour => {
                    let v = pop!();
                    let n = self.stack.len();
                    self.stack.insert(n - 3, v);
                }
                Op::LoadConst(i) => {
                    let v = code.consts[i as usize];
                    self.stack.push(v);
                }
                Op::LoadInt(i) => self.stack.push(Value::Int(i as i64)),
                Op::LoadFast(i) => {
                    // A float moves as tag and payload (see `fastops`).
                    match self.stack[base + i as usize] {
                        Value::Float(f) => self.stack.push(Value::Float(f)),
                        Value::Null => {
                            self.frames[fi].pc = pc;
                            let e = self.unbound_local(&code, i as usize);
                            return Err((e, true));
                        }
                        v => self.stack.push(v),
                    }
                }
                Op::StoreFast(i) => {
                    let v = pop!();
                    self.stack[base + i as usize] = v;
                }
                Op::DeleteFast(i) => {
                    if self.stack[base + i as usize].is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, i as usize);
                        return Err((e, true));
                    }
                    self.stack[base + i as usize] = Value::Null;
                }
                Op::LoadDeref(i) => {
                    let cell = cell!(i);
                    let v = match self.heap.get(cell) {
                        Obj::Cell(v) => *v,
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_deref(&code, i as usize);
                        return Err((e, true));
                    }
                    self.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = pop!();
                    let cell = cell!(i);
                    if let Obj::Cell(c) = self.heap.get_mut(cell) {
                        *c = v;
                    }
                }
                Op::DeleteDeref(i) => {
                    let cell = cell!(i);
                    if let Obj::Cell(c) = self.heap.get_mut(cell) {
                        *c = Value::Null;
                    }
                }
                Op::LoadClosure(i) => {
                    let cell = cell!(i);
                    self.stack.push(Value::Obj(cell));
                }
                Op::LoadClassDeref(i) => {
                    let idx = i as usize;
                    let Some(nq) = code.deref_name(idx) else {
                        self.frames[fi].pc = pc;
                        return Err((self.runtime_error("bad cell index"), true));
                    };
                    let ld = self.frames[fi].locals_dict;
                    let mut found = None;
                    if let Some(d) = ld {
                        found = tri!(self.mapping_get_str(d, nq));
                    }
                    let v = match found {
                        Some(v) => v,
                        None => {
                            let cell = cell!(idx);
                            let v = match self.heap.get(cell) {
                                Obj::Cell(v) => *v,
                                _ => Value::Null,
                            };
                            if v.is_null() {
                                self.frames[fi].pc = pc;
                                let e = self.unbound_deref(&code, idx);
                                return Err((e, true));
                            }
                            v
                        }
                    };
                    self.stack.push(v);
                }
                Op::LoadName(i) => {
                    let nq = name!(i);
                    let ld = self.frames[fi].locals_dict;
                    let g = self.frames[fi].globals;
                    let mut found = None;
                    if let Some(d) = ld {
                        if d != g {
                            found = tri!(self.mapping_get_str(d, nq));
                        }
                    }
                    let v = match found {
                        Some(v) => v,
                        None => tri!(self.load_global(g, nq)),
                    };
                    self.stack.push(v);
                }
                Op::StoreName(i) => {
                    let nq = name!(i);
                    let v = pop!();
                    let ld = self.frames[fi].locals_dict;
                    let target = ld.unwrap_or(self.frames[fi].globals);
                    tri!(self.mapping_set_str(target, nq, v));
                }
                Op::DeleteName(i) => {
                    let nq = name!(i);
                    let ld = self.frames[fi].locals_dict;
                    let target = ld.unwrap_or(self.frames[fi].globals);
                    let removed = tri!(self.dict_del_str(target, nq));
                    if !removed {
                        self.frames[fi].pc = pc;
                        return Err((self.name_not_defined(nq), true));
                    }
                }
                Op::LoadGlobal(i) => {
                    let nq = name!(i);
                    let g = self.frames[fi].globals;
                    let v = tri!(self.load_global(g, nq));
                    self.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let nq = name!(i);
                    let v = pop!();
                    let g = self.frames[fi].globals;
                    tri!(self.dict_set_str(g, nq, v));
                }
                Op::DeleteGlobal(i) => {
                    let nq = name!(i);
                    let g = self.frames[fi].globals;
                    let removed = tri!(self.dict_del_str(g, nq));
                    if !removed {
                        self.frames[fi].pc = pc;
                        return Err((self.name_not_defined(nq), true));
                    }
                }
                Op::LoadAttr(i) => {
                    let obj = self.top();
                    let tag = site_tag(self.frames[fi].code_ref, pc);
                    let v = match self.load_attr_hit(tag, obj, name!(i)) {
                        Some(v) => v,
                        None => tri!(self.load_attr_cached(tag, obj, name!(i))),
                    };
                    let n = self.stack.len();
                    self.stack[n - 1] = v;
                }
                Op::StoreAttr(i) => {
                    let n = self.stack.len();
                    let (value, obj) = (self.stack[n - 2], self.stack[n - 1]);
                    let tag = site_tag(self.frames[fi].code_ref, pc);
                    if !self.store_attr_hit(tag, obj, name!(i), value) {
                        tri!(self.store_attr_cached(tag, obj, name!(i), value));
                    }
                    self.stack.truncate(n - 2);
                }
                Op::DeleteAttr(i) => {
                    let obj = self.top();
                    tri!(self.del_attr(obj, name!(i)));
                    self.stack.pop();
                }
                Op::LoadMethod(i) => {
                    let obj = self.top();
                    let tag = site_tag(self.frames[fi].code_ref, pc);
                    let (a, b) = match self.load_method_hit(tag, obj, name!(i)) {
                        Some(pair) => pair,
                        None => tri!(self.load_method_cached(tag, obj, name!(i))),
                    };
                    let n = self.stack.len();
                    self.stack[n - 1] = a;
                    self.stack.push(b);
                }
                Op::BinarySubscr => {
                    let n = self.stack.len();
                    let (obj, key) = (self.stack[n - 2], self.stack[n - 1]);
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.get_item(obj, key)),
                    };
                    self.stack.truncate(n - 1);
                    self.stack[n - 2] = v;
                }
                Op::StoreSubscr => {
                    let n = self.stack.len();
                    let (value, obj, key) =
                        (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                    tri!(self.store_subscr(obj, key, value));
                    self.stack.truncate(n - 3);
                }
                Op::DeleteSubscr => {
                    let n = self.stack.len();
                    let (obj, key) = (self.stack[n - 2], self.stack[n - 1]);
                    tri!(self.del_item(obj, key));
                    self.stack.truncate(n - 2);
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    let s = tri!(self.alloc(Obj::Slice(Box::new([start, stop, step]))));
                    self.stack.push(Value::Obj(s));
                }
                Op::SliceSubscr => {
                    let n = self.stack.len();
                    let (obj, lo, hi) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                    match self.slice_fast(obj, lo, hi) {
                        Some(r) => {
                            pc += 1;
                            let v = tri!(r);
                            self.stack.truncate(n - 2);
                            self.stack[n - 3] = v;
                        }
                        None => {
                            // As `BuildSlice(2)`; the `BinarySubscr` after it runs next.
                            let s = tri!(self.alloc(Obj::Slice(Box::new([lo, hi, Value::None]))));
                            self.stack.truncate(n - 2);
                            self.stack.push(Value::Obj(s));
                        }
                    }
                }
                Op::BinaryOp(k) | Op::InplaceOp(k) => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            tri!(self.binary_slow(a, b, k, matches!(op, Op::InplaceOp(_))))
                        }
                    };
                    self.stack.truncate(n - 1);
                    self.stack[n - 2] = v;
                }
                Op::UnaryOp(k) => {
                    let a = self.top();
                    let v = tri!(self.unary_op(a, k));
                    let n = self.stack.len();
                    self.stack[n - 1] = v;
                }
                Op::CompareOp(k) => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let v = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(compare_holds(x, y, k)),
                        (Value::Float(x), Value::Float(y)) => Value::Bool(compare_holds(x, y, k)),
                        (Value::Str(x), Value::Str(y)) if k == 2 || k == 3 => {
                            Value::Bool((x == y) == (k == 2))
                        }
                        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
                            Value::Bool(compare_holds(x, y as f64, k))
                        }
                        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
                            Value::Bool(compare_holds(x as f64, y, k))
                        }
                        _ => {
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            tri!(self.compare_op(a, b, k))
                        }
                    };
                    self.stack.truncate(n - 2);
                    self.stack.push(v);
                }
                Op::IsOp(inv) => {
                    let b = pop!();
                    let a = pop!();
                    self.stack.push(Value::Bool(a.is(b) != (inv != 0)));
                }
                Op::ContainsOp(inv) => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let r = tri!(self.contains(b, a));
                    self.stack.truncate(n - 2);
                    self.stack.push(Value::Bool(r != (inv != 0)));
                }
                Op::Jump(t) => {
                    if (t as usize) < pc {
                        self.poll_interrupt(fi, pc).map_err(|e| (e, true))?;
                    }
                    pc = t as usize;
                }
                Op::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = tri!(self.truth_of_popped(v));
                    if !b {
                        pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = tri!(self.truth_of_popped(v));
                    if b {
                        pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = self.top();
                    if !tri!(self.truthy(v)) {
                        pc = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = self.top();
                    if tri!(self.truthy(v)) {
                        pc = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = self.top();
                    let it = tri!(self.get_iter(v));
                    let n = self.stack.len();
                    self.stack[n - 1] = it;
                }
                Op::ForIter(t) => {
                    let it = self.top();
                    let next = for_next!(it);
                    match next {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            pc = t as usize;
                        }
                    }
                }
                Op::BuildTuple(n) => {
                    let at = self.stack.len() - n as usize;
                    let items: Vec<Value> = self.stack[at..].to_vec();
                    let t = tri!(self.new_tuple(items));
                    self.stack.truncate(at);
                    self.stack.push(t);
                }
                Op::BuildList(n) => {
                    let at = self.stack.len() - n as usize;
                    let items: Vec<Value> = self.stack[at..].to_vec();
                    let l = tri!(self.new_list(items));
                    self.stack.truncate(at);
                    self.stack.push(l);
                }
                Op::BuildSet(raw) => {
                    let n = raw & !crate::bytecode::CONST_SET;
                    let at = self.stack.len() - n as usize;
                    let s = tri!(self.new_set(false));
                    self.stack.push(s);
                    for j in 0..n as usize {
                        let item = self.stack[at + j];
                        tri!(self.set_add(s, item));
                    }
                    if raw & crate::bytecode::CONST_SET != 0 {
                        crate::objset::finish_display(self, s);
                    }
                    self.stack.truncate(at);
                    self.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let at = self.stack.len() - 2 * n as usize;
                    let d = tri!(self.new_dict());
                    self.stack.push(d);
                    for j in 0..n as usize {
                        let (k, v) = (self.stack[at + 2 * j], self.stack[at + 2 * j + 1]);
                        tri!(self.dict_set_item(d, k, v));
                    }
                    self.stack.truncate(at);
                    self.stack.push(d);
                }
                Op::BuildString(n) => {
                    let at = self.stack.len() - n as usize;
                    let mut s = String::new();
                    for j in 0..n as usize {
                        let v = self.stack[at + j];
                        s.push_str(self.str_ref(v).unwrap_or(""));
                    }
                    let v = tri!(self.new_str(s));
                    self.stack.truncate(at);
                    self.stack.push(v);
                }
                Op::ListAppend(i) => {
                    let v = pop!();
                    let n = self.stack.len();
                    let l = self.stack[n - i as usize];
                    tri!(self.list_append(l, v));
                }
                Op::SetAdd(i) => {
                    let v = self.top();
                    let n = self.stack.len();
                    let s = self.stack[n - 1 - i as usize];
                    tri!(self.set_add(s, v));
                    self.stack.pop();
                }
                Op::MapAdd(i) => {
                    let n = self.stack.len();
                    let (k, v) = (self.stack[n - 2], self.stack[n - 1]);
                    let d = self.stack[n - 2 - i as usize];
                    tri!(self.dict_set_item(d, k, v));
                    self.stack.truncate(n - 2);
                }
                Op::ListExtend(i) => tri!(self.extend_display_list(i as usize)),
                Op::SetUpdate(i) => {
                    let v = self.top();
                    let n = self.stack.len();
                    let s = self.stack[n - 1 - i as usize];
                    tri!(self.set_update(s, v));
                    self.stack.pop();
                }
                Op::DictUpdate(i) => tri!(self.update_display_dict(i as usize)),
                Op::DictMerge(i) => tri!(self.merge_call_kwargs(i as usize)),
                Op::ListExtendCall => tri!(self.extend_call_args()),
                Op::ListToTuple => {
                    let l = self.top();
                    let items = tri!(self.seq_to_vec(l));
                    let t = tri!(self.new_tuple(items));
                    let n = self.stack.len();
                    self.stack[n - 1] = t;
                }
                Op::UnpackSequence(cnt) => {
                    if self.unpack_fast(cnt as usize) {
                        continue;
                    }
                    let seq = self.top();
                    let items = tri!(self.unpack_exact(seq, cnt as usize));
                    self.stack.pop();
                    self.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = self.top();
                    if !self.is_iterable(seq) {
                        let tn = self.type_name(seq);
                        let e = self
                            .type_error(alloc::format!("cannot unpack non-iterable {tn} object"));
                        self.frames[fi].pc = pc;
                        return Err((e, true));
                    }
                    let items = tri!(self.iterate_to_vec(seq));
                    if items.len() < before + after {
                        self.frames[fi].pc = pc;
                        let e = self.value_error(alloc::format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                        return Err((e, true));
                    }
                    self.stack.pop();
                    let mid_end = items.len() - after;
                    for &v in items[mid_end..].iter().rev() {
                        self.stack.push(v);
                    }
                    let mid = tri!(self.new_list(items[before..mid_end].to_vec()));
                    self.stack.push(mid);
                    for &v in items[..before].iter().rev() {
                        self.stack.push(v);
                    }
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { pop!() } else { Value::Null };
                    let v = self.top();
                    let converted = match flags & 3 {
                        1 => tri!(self.str_of(v)),
                        2 => tri!(self.repr_of(v)),
                        3 => tri!(self.ascii_of(v)),
                        _ => v,
                    };
                    self.stack.push(converted);
                    let s = tri!(self.format_value(converted, spec));
                    self.stack.pop();
                    let n = self.stack.len();
                    self.stack[n - 1] = s;
                }
                Op::CallFunction(argc)
                | Op::CallMethod(argc)
                | Op::CallFunctionKw(argc)
                | Op::CallMethodKw(argc) => {
                    let kwnames: SmallVec<[QStr; 4]> = match op {
                        Op::CallFunctionKw(_) | Op::CallMethodKw(_) => {
                            let t = pop!();
                            tri!(self.kwnames_small(t))
                        }
                        _ => SmallVec::new(),
                    };
                    let mut nargs = argc as usize;
                    let mut callee_pos = self.stack.len() - nargs - 1;
                    // Where the result goes: below the callee, or below the `Null` that
                    // `LoadMethod` left when it found no method to bind.
                    let mut result_pos = callee_pos;
                    if matches!(op, Op::CallMethod(_) | Op::CallMethodKw(_)) {
                        // [x, y, args]: x is Null when y is the callable.
                        let x = self.stack[callee_pos - 1];
                        if x.is_null() {
                            result_pos = callee_pos - 1;
                        } else {
                            callee_pos -= 1;
                            result_pos = callee_pos;
                            nargs += 1;
                        }
                    }
                    self.frames[fi].pc = pc;
                    let call = match self.call_shortcut(op, code.ops.get(pc).copied()) {
                        Some((r, skip_next)) => {
                            pc += skip_next as usize;
                            r
                        }
                        None => self.call_at(callee_pos, nargs, &kwnames),
                    };
                    match call {
                        Ok(Some(v)) => {
                            self.stack.truncate(result_pos);
                            self.stack.push(v);
                        }
                        Ok(None) => {
                            // A generator resumed by `send` (maybe with the delegates
                            // of its `yield from` above it) keeps its own `ret_base`.
                            if let Some(f) = self.frames.last_mut() {
                                if f.generator.is_none() {
                                    f.ret_base = result_pos;
                                }
                            }
                            reload!();
                        }
                        Err(e) => {
                            self.stack.truncate(result_pos);
                            return Err((e, true));
                        }
                    }
                }
                Op::CallFunctionEx(flags) => {
                    let kwargs = if flags & 1 != 0 { pop!() } else { Value::Null };
                    let args = pop!();
                    let callee_pos = self.stack.len() - 1;
                    self.stack.push(args);
                    self.stack.push(kwargs);
                    let posv = tri!(self.seq_to_vec(args));
                    let mut kwv: Vec<(QStr, Value)> = Vec::new();
                    if !kwargs.is_null() {
                        kwv = tri!(self.kwargs_of(kwargs));
                    }
                    self.stack.truncate(callee_pos + 1);
                    let npos = posv.len();
                    self.stack.extend(posv);
                    let names: Vec<QStr> = kwv.iter().map(|&(k, _)| k).collect();
                    self.stack.extend(kwv.iter().map(|&(_, v)| v));
                    self.frames[fi].pc = pc;
                    match self.call_at(callee_pos, npos + names.len(), &names) {
                        Ok(Some(v)) => {
                            self.stack.truncate(callee_pos);
                            self.stack.push(v);
                        }
                        Ok(None) => reload!(),
                        Err(e) => {
                            self.stack.truncate(callee_pos);
                            return Err((e, true));
                        }
                    }
                }
                Op::MakeFunction(flags) => {
                    let code_v = pop!();
                    let closure = if flags & 8 != 0 { pop!() } else { Value::Null };
                    let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::Null };
                    let defaults = if flags & 1 != 0 { pop!() } else { Value::Null };
                    self.stack.push(code_v);
                    self.stack.push(closure);
                    self.stack.push(kwdefaults);
                    self.stack.push(defaults);
                    let g = self.frames[fi].globals;
                    let f = tri!(self.make_function(code_v, g, defaults, kwdefaults, closure));
                    self.stack.truncate(self.stack.len() - 4);
                    self.stack.push(f);
                }
                Op::LoadBuildClass => {
                    let v = tri!(self.load_global(self.builtins, q::__build_class__));
                    self.stack.push(v);
                }
                Op::ReturnValue => {
                    let mut v = pop!();
                    // A handler that returns ends without `PopExcept` (see there).
                    if self.heap.collect_after_handler {
                        self.heap.collect_after_handler = false;
                        self.heap.gc_pending = true;
                    }
                    if let Some(inst) = self.frames[fi].init_instance {
                        if !v.is_none() {
                            let tn = self.type_name(v);
                            self.frames[fi].pc = pc;
                            let e = self.type_error(alloc::format!(
                                "__init__() should return None, not '{tn}'"
                            ));
                            return Err((e, true));
                        }
                        v = Value::Obj(inst);
                    }
                    // The frame is dropped where it is: moving it out of the list
                    // would copy it.
                    let Some(f) = self.frames.last() else {
                        return Ok(Exit::Return(v));
                    };
                    let (ret_base, is_entry, generator) = (f.ret_base, f.is_entry, f.generator);
                    self.frames.truncate(self.frames.len() - 1);
                    self.stack.truncate(ret_base);
                    if is_entry {
                        return Ok(Exit::Return(v));
                    }
                    if let Some(gen) = generator {
                        // An inline-resumed generator finished.
                        let r = self.return_inline(gen, v);
                        reload!();
                        tri!(r);
                        continue;
                    }
                    self.stack.push(v);
                    reload!();
                }
                Op::YieldValue => {
                    let v = pop!();
                    self.last_yield_was_await = false;
                    self.frames[fi].pc = pc;
                    let f = &self.frames[fi];
                    if f.generator.is_none() {
                        let e = self.runtime_error("yield outside a generator frame");
                        return Err((e, true));
                    }
                    if f.is_entry {
                        if self.collecting == fi + 1 && self.collect_yield(v) {
                            continue;
                        }
                        return Ok(Exit::Yield(v));
                    }
                    // Back to the frame that resumed this one, in this loop.
                    let r = self.yield_inline(v);
                    if let Ok(Some(exit)) = r {
                        return Ok(exit);
                    }
                    reload!();
                    tri!(r);
                }
                Op::YieldFrom => {
                    let n = self.stack.len();
                    let (it, v) = (self.stack[n - 2], self.stack[n - 1]);
                    self.frames[fi].pc = pc;
                    if let Value::Obj(r) = it {
                        if tri!(self.enter_generator_inline(r, v, true)) {
                            reload!();
                            continue;
                        }
                    }
                    match tri!(self.delegate_send(it, v)) {
                        GenStep::Yielded(y) => {
                            self.stack.pop();
                            // Re-execute YieldFrom when resumed with the sent value.
                            self.frames[fi].pc = pc - 1;
                            self.last_yield_was_await = true;
                            let f = &self.frames[fi];
                            if f.generator.is_none() {
                                let e = self.runtime_error("yield outside a generator frame");
                                return Err((e, true));
                            }
                            if f.is_entry {
                                if self.collecting == fi + 1 && self.collect_yield(y) {
                                    // Run the `YieldFrom` again, sending None.
                                    pc -= 1;
                                    continue;
                                }
                                return Ok(Exit::Yield(y));
                            }
                            let r = self.yield_inline(y);
                            if let Ok(Some(exit)) = r {
                                return Ok(exit);
                            }
                            reload!();
                            tri!(r);
                        }
                        GenStep::Returned(r) => {
                            self.stack.truncate(n - 2);
                            self.stack.push(r);
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = self.top();
                    let is_gen =
                        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)));
                    if !is_gen {
                        let it = tri!(self.get_iter(v));
                        let n = self.stack.len();
                        self.stack[n - 1] = it;
                    }
                }
                Op::GetAwaitable => {
                    let v = self.top();
                    let it = tri!(self.get_awaitable(v));
                    let n = self.stack.len();
                    self.stack[n - 1] = it;
                }
                Op::GetAIter => tri!(self.get_aiter()),
                Op::GetANext => {
                    let v = self.top();
                    let m = tri!(self.call_method(v, q::__anext__, &[]));
                    self.stack.push(m);
                    let aw = tri!(self.get_awaitable(m));
                    let n = self.stack.len();
                    self.stack[n - 1] = aw;
                }
                Op::EndAsyncFor => {
                    let exc = pop!();
                    let cls = self.exc_class(ExcKind::StopAsyncIteration);
                    let is_stop = match exc {
                        Value::Obj(r) => {
                            let c = self.exception_class_of(r);
                            self.is_subclass(c, cls)
                        }
                        _ => false,
                    };
                    if is_stop {
                        if let Some(b) = self.frames[fi].blocks.pop() {
                            self.cur_exc = b.prev_exc;
                        }
                        self.stack.pop();
                    } else if let Value::Obj(r) = exc {
                        self.frames[fi].pc = pc;
                        return Err((PyErr(r), false));
                    }
                }
                Op::SetupFinally(t) => {
                    let mut level = (self.stack.len() - base) as u32;
                    // A `with` block protects the stack below the `__enter__` result
                    // (which the body is about to store), as CPython's SETUP_WITH does.
                    let prev = if pc >= 2 {
                        Some(code.ops[pc - 2])
                    } else {
                        None
                    };
                    let after_async_enter = pc >= 5
                        && matches!(prev, Some(Op::YieldFrom))
                        && matches!(code.ops[pc - 5], Op::BeforeAsyncWith);
                    if matches!(prev, Some(Op::BeforeWith)) || after_async_enter {
                        level = level.saturating_sub(1);
                    }
                    self.frames[fi].blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: t,
                        level,
                        prev_exc: Value::None,
                    });
                }
                Op::PopBlock => {
                    self.frames[fi].blocks.pop();
                }
                Op::PopExcept => {
                    if let Some(b) = self.frames[fi].blocks.pop() {
                        self.cur_exc = b.prev_exc;
                    }
                    if self.heap.collect_after_handler {
                        self.heap.collect_after_handler = false;
                        self.heap.gc_pending = true;
                    }
                }
                Op::Reraise => {
                    let exc = pop!();
                    self.frames[fi].pc = pc;
                    match exc {
                        Value::Obj(r) => return Err((PyErr(r), false)),
                        _ => {
                            let e = self.runtime_error("No active exception to reraise");
                            return Err((e, true));
                        }
                    }
                }
                Op::RaiseVarargs(n) => {
                    self.frames[fi].pc = pc;
                    let e = match n {
                        0 => match self.cur_exc {
                            Value::Obj(r) => return Err((PyErr(r), true)),
                            _ => self.runtime_error("No active exception to reraise"),
                        },
                        1 => {
                            let exc = pop!();
                            match self.make_exception(exc) {
                                Ok(e) | Err(e) => e,
                            }
                        }
                        _ => {
                            let cause = pop!();
                            let exc = pop!();
                            match self.make_exception(exc) {
                                Ok(e) => match self.make_cause(cause) {
                                    Ok(c) => {
                                        self.set_exc_cause(e, c);
                                        e
                                    }
                                    Err(e2) => e2,
                                },
                                Err(e) => e,
                            }
                        }
                    };
                    return Err((e, true));
                }
                Op::JumpIfNotExcMatch(t) => {
                    let typ = pop!();
                    let exc = pop!();
                    let m = tri!(self.exception_matches(exc, typ));
                    if !m {
                        pc = t as usize;
                    }
                }
                Op::LoadAssertionError => {
                    let c = self.exc_class(ExcKind::AssertionError);
                    self.stack.push(Value::Obj(c));
                }
                Op::BeforeWith => tri!(self.before_with(q::__enter__, q::__exit__)),
                Op::BeforeAsyncWith => tri!(self.before_with(q::__aenter__, q::__aexit__)),
                Op::WithExceptStart => {
                    let n = self.stack.len();
                    let (exit, exc) = (self.stack[n - 2], self.stack[n - 1]);
                    let typ = match exc {
                        Value::Obj(r) => Value::Obj(self.exception_class_of(r)),
                        _ => Value::None,
                    };
                    let tb = tri!(self.exc_traceback_value(exc));
                    let r = tri!(self.call(exit, &[typ, exc, tb]));
                    self.stack.push(r);
                }
                Op::ImportName(i) => {
                    let n = self.stack.len();
                    let (level, fromlist) = (self.stack[n - 2], self.stack[n - 1]);
                    let g = self.frames[fi].globals;
                    let m = tri!(self.import_name(name!(i), fromlist, level, g));
                    self.stack.truncate(n - 2);
                    self.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = self.top();
                    let v = tri!(self.import_from(m, name!(i)));
                    self.stack.push(v);
                }
                Op::ImportStar => {
                    let m = self.top();
                    let ld = self.frames[fi].locals_dict;
                    let target = ld.unwrap_or(self.frames[fi].globals);
                    tri!(self.import_star(m, target));
                    self.stack.pop();
                }
                Op::LoadFast2(ab) => {
                    let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                    let (va, vb) = (self.stack[base + a], self.stack[base + b]);
                    if va.is_null() || vb.is_null() {
                        let which = if va.is_null() { a } else { b };
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, which);
                        return Err((e, true));
                    }
                    self.stack.push(va);
                    self.stack.push(vb);
                    pc += 1;
                }
                Op::LoadFastAttr(an) => {
                    let (a, nm) = ((an & 0xffff) as usize, code.names[(an >> 16) as usize]);
                    let obj = self.stack[base + a];
                    if obj.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, a);
                        return Err((e, true));
                    }
                    pc += 1;
                    self.stack.push(obj);
                    let tag = site_tag(self.frames[fi].code_ref, pc);
                    let v = match self.load_attr_hit(tag, obj, nm) {
                        Some(v) => v,
                        None => tri!(self.load_attr_cached(tag, obj, nm)),
                    };
                    let n = self.stack.len();
                    self.stack[n - 1] = v;
                }
                Op::StoreFastAttr(an) => {
                    let (a, nm) = ((an & 0xffff) as usize, code.names[(an >> 16) as usize]);
                    let obj = self.stack[base + a];
                    if obj.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, a);
                        return Err((e, true));
                    }
                    pc += 1;
                    let n = self.stack.len();
                    let value = self.stack[n - 1];
                    let tag = site_tag(self.frames[fi].code_ref, pc);
                    if !self.store_attr_hit(tag, obj, nm, value) {
                        tri!(self.store_attr_cached(tag, obj, nm, value));
                    }
                    self.stack.truncate(n - 1);
                }
                Op::StoreFastLoadFast(ab) => {
                    let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                    let v = pop!();
                    self.stack[base + a] = v;
                    let w = self.stack[base + b];
                    if w.is_null() {
                        pc += 1;
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, b);
                        return Err((e, true));
                    }
                    self.stack.push(w);
                    pc += 1;
                }
                Op::BinaryOpInt(arg) => {
                    let k = arg & 0xf;
                    let inplace = arg & 0x10 != 0;
                    let imm = (arg as i32) >> 8;
                    pc += 1;
                    let n = self.stack.len();
                    let a = self.stack[n - 1];
                    let fast = match a {
                        Value::Int(x) => int_fast(x, imm as i64, k),
                        Value::Float(x) => float_fast(x, imm as f64, k),
                        _ => None,
                    };
                    let v = match fast {
                        Some(v) => v,
                        None => {
                            let b = Value::Int(imm as i64);
                            if inplace {
                                tri!(self.inplace_op(a, b, k))
                            } else {
                                tri!(self.binary_op(a, b, k))
                            }
                        }
                    };
                    self.stack[n - 1] = v;
                }
                Op::BinaryOpFast(arg) => {
                    let (k, i) = (arg & 0xf, (arg >> 8) as usize);
                    let b = self.stack[base + i];
                    pc += 1;
                    if b.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, i);
                        return Err((e, true));
                    }
                    let n = self.stack.len();
                    let a = self.stack[n - 1];
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 1], self.stack[base + i]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    self.stack[n - 1] = v;
                }
                Op::BinaryOpConst(arg) => {
                    let k = arg & 0xf;
                    let b = code.consts[(arg >> 8) as usize];
                    pc += 1;
                    let n = self.stack.len();
                    let a = self.stack[n - 1];
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 1], code.consts[(arg >> 8) as usize]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    self.stack[n - 1] = v;
                }
                Op::BinaryOpFast2(arg) => {
                    let k = arg & 0xf;
                    let (i, j) = (((arg >> 8) & 0xfff) as usize, (arg >> 20) as usize);
                    let (a, b) = (self.stack[base + i], self.stack[base + j]);
                    if a.is_null() || b.is_null() {
                        pc += 1;
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, if a.is_null() { i } else { j });
                        return Err((e, true));
                    }
                    pc += 2;
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[base + i], self.stack[base + j]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    self.stack.push(v);
                }
                Op::BinarySubscrFast(i) => {
                    let key = self.stack[base + i as usize];
                    pc += 1;
                    if key.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, i as usize);
                        return Err((e, true));
                    }
                    let n = self.stack.len();
                    let obj = self.stack[n - 1];
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => {
                            // Keep the key rooted while `__getitem__` may run Python code.
                            self.stack.push(key);
                            let v = tri!(self.get_item(obj, key));
                            self.stack.pop();
                            v
                        }
                    };
                    self.stack[n - 1] = v;
                }
                Op::BinarySubscrInt(i) => {
                    let key = Value::Int(i as i64);
                    pc += 1;
                    let n = self.stack.len();
                    let obj = self.stack[n - 1];
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.get_item(obj, key)),
                    };
                    self.stack[n - 1] = v;
                }
                Op::BinarySubscrFast2(ab) => {
                    let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                    let (obj, key) = (self.stack[base + a], self.stack[base + b]);
                    if obj.is_null() || key.is_null() {
                        pc += 1;
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, if obj.is_null() { a } else { b });
                        return Err((e, true));
                    }
                    pc += 2;
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.get_item(obj, key)),
                    };
                    self.stack.push(v);
                }
                Op::StoreSubscrFast2(ab) => {
                    let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                    let (obj, key) = (self.stack[base + a], self.stack[base + b]);
                    if obj.is_null() || key.is_null() {
                        pc += 1;
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, if obj.is_null() { a } else { b });
                        return Err((e, true));
                    }
                    pc += 2;
                    let n = self.stack.len();
                    let value = self.stack[n - 1];
                    tri!(self.store_subscr(obj, key, value));
                    self.stack.truncate(n - 1);
                }
                Op::BinaryOpFastInt(arg) => {
                    let (k, i) = (arg & 0xf, ((arg >> 5) & 0xff) as usize);
                    let imm = (arg as i32) >> 13;
                    let a = self.stack[base + i];
                    if a.is_null() {
                        self.frames[fi].pc = pc;
                        let e = self.unbound_local(&code, i);
                        return Err((e, true));
                    }
                    pc += 2;
                    let b = Value::Int(imm as i64);
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[base + i], b);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    self.stack.push(v);
                }
                Op::CompareFast2JumpIfFalse(arg) => {
                    let k = arg & 7;
                    let (i, j) = (((arg >> 3) & 0xff) as usize, ((arg >> 11) & 0xff) as usize);
                    let t = (arg >> 19) as usize;
                    let (a, b) = (self.stack[base + i], self.stack[base + j]);
                    // Now at the PopJumpIfFalse: errors report the comparison's line.
                    pc += 2;
                    let truth = match fastops::compare_fast(a, b, k) {
                        Some(t) => t,
                        None => {
                            if a.is_null() || b.is_null() {
                                self.frames[fi].pc = pc;
                                let e = self.unbound_local(&code, if a.is_null() { i } else { j });
                                return Err((e, true));
                            }
                            let (a, b) = (self.stack[base + i], self.stack[base + j]);
                            let v = tri!(self.compare_op(a, b, k));
                            tri!(self.truth_of_popped(v))
                        }
                    };
                    if truth {
                        pc += 1;
                    } else {
                        pc = t;
                    }
                }
                Op::ForIterStore(ta) => {
                    let (t, a) = ((ta & 0xf_ffff) as usize, (ta >> 20) as usize);
                    let it = self.top();
                    let next = for_next!(it);
                    match next {
                        Some(v) => {
                            self.stack[base + a] = v;
                            pc += 1;
                        }
                        None => {
                            self.stack.pop();
                            pc = t;
                        }
                    }
                }
                Op::CompareJumpIfFalse(kt) => {
                    let (k, t) = (kt & 7, kt >> 3);
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let truth = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => compare_holds(x, y, k),
                        (Value::Float(x), Value::Float(y)) => compare_holds(x, y, k),
                        (Value::Str(x), Value::Str(y)) if k == 2 || k == 3 => (x == y) == (k == 2),
                        _ => {
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            let v = tri!(self.compare_op(a, b, k));
                            tri!(self.truth_of_popped(v))
                        }
                    };
                    self.stack.truncate(n - 2);
                    if truth {
                        pc += 1;
                    } else {
                        pc = t as usize;
                    }
                }
                Op::BinarySubscrFastInt(arg) => {
                    let a = (arg & 0xffff) as usize;
                    let key = Value::Int((arg >> 16) as u16 as i16 as i64);
                    let obj = self.stack[base + a];
                    if obj.is_null() {
                        self.frames[fi].pc = pc;
                        return Err((self.unbound_local(&code, a), true));
                    }
                    pc += 2;
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.get_item(obj, key)),
                    };
                    self.stack.push(v);
                }
                Op::SubscrFastIntDup(arg) => {
                    let a = (arg & 0xffff) as usize;
                    let key = Value::Int((arg >> 16) as u16 as i16 as i64);
                    let obj = self.stack[base + a];
                    if obj.is_null() {
                        self.frames[fi].pc = pc;
                        return Err((self.unbound_local(&code, a), true));
                    }
                    pc += 3;
                    self.stack.push(obj);
                    self.stack.push(key);
                    let v = match self.subscr_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.get_item(obj, key)),
                    };
                    self.stack.push(v);
                }
                Op::InplaceStoreSubscr(k) => {
                    // `[.., obj, key, old, x]`: all four stay rooted until the store is done.
                    let n = self.stack.len();
                    let (old, x) = (self.stack[n - 2], self.stack[n - 1]);
                    let v = match arith_fast(old, x, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            tri!(self.binary_slow(a, b, k, true))
                        }
                    };
                    pc += 2;
                    self.stack[n - 1] = v;
                    let (obj, key) = (self.stack[n - 4], self.stack[n - 3]);
                    tri!(self.store_subscr(obj, key, v));
                    self.stack.truncate(n - 4);
                }
                Op::BinaryOpStore(arg) => {
                    let k = arg & 0xf;
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    pc += 1;
                    self.stack.truncate(n - 2);
                    self.stack[base + (arg >> 8) as usize] = v;
                }
                Op::BinaryOpFastStore(arg) => {
                    let k = arg & 0xf;
                    let (j, c) = (((arg >> 8) & 0xfff) as usize, (arg >> 20) as usize);
                    let b = self.stack[base + j];
                    if b.is_null() {
                        self.frames[fi].pc = pc;
                        return Err((self.unbound_local(&code, j), true));
                    }
                    pc += 1;
                    let n = self.stack.len();
                    let a = self.stack[n - 1];
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[n - 1], self.stack[base + j]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    pc += 1;
                    self.stack.truncate(n - 1);
                    self.stack[base + c] = v;
                }
                Op::BinaryOpFast2Store(arg) => {
                    let k = arg & 0xf;
                    let (i, j) = (
                        ((arg >> 5) & 0x1ff) as usize,
                        ((arg >> 14) & 0x1ff) as usize,
                    );
                    let (a, b) = (self.stack[base + i], self.stack[base + j]);
                    if a.is_null() || b.is_null() {
                        let (at, slot) = if a.is_null() { (pc, i) } else { (pc + 1, j) };
                        self.frames[fi].pc = at;
                        return Err((self.unbound_local(&code, slot), true));
                    }
                    pc += 2;
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[base + i], self.stack[base + j]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    pc += 1;
                    self.stack[base + (arg >> 23) as usize] = v;
                }
                Op::BinaryOpFastIntStore(arg) => {
                    let k = arg & 0xf;
                    let (i, c) = (((arg >> 5) & 0xff) as usize, ((arg >> 13) & 0xff) as usize);
                    let a = self.stack[base + i];
                    if a.is_null() {
                        self.frames[fi].pc = pc;
                        return Err((self.unbound_local(&code, i), true));
                    }
                    pc += 2;
                    let b = Value::Int(((arg as i32) >> 21) as i64);
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (self.stack[base + i], b);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    pc += 1;
                    self.stack[base + c] = v;
                }
                Op::BinaryOpConstFast(arg) => {
                    let k = arg & 0xf;
                    let (c, j) = (((arg >> 5) & 0x7ff) as usize, (arg >> 16) as usize);
                    let (a, b) = (code.consts[c], self.stack[base + j]);
                    pc += 1;
                    if b.is_null() {
                        self.frames[fi].pc = pc;
                        return Err((self.unbound_local(&code, j), true));
                    }
                    pc += 1;
                    let v = match arith_fast(a, b, k) {
                        Some(v) => v,
                        None => {
                            let (a, b) = (code.consts[c], self.stack[base + j]);
                            tri!(self.binary_slow(a, b, k, arg & 0x10 != 0))
                        }
                    };
                    self.stack.push(v);
                }
                Op::UnpackStore2(ab) => {
                    let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                    let seq = self.top();
                    let (x0, x1) = match self.pair_items(seq) {
                        Some(p) => p,
                        None => {
                            let items = tri!(self.unpack_exact(seq, 2));
                            (items[0], items[1])
                        }
                    };
                    pc += 2;
                    self.stack.pop();
                    self.stack[base + a] = x0;
                    self.stack[base + b] = x1;
                }
                Op::CompareConstJumpIfFalse(arg) => {
                    let k = arg & 7;
                    let b = code.consts[((arg >> 3) & 0x3ff) as usize];
                    let n = self.stack.len();
                    let a = self.stack[n - 1];
                    // Now at the PopJumpIfFalse: errors report the comparison's line.
                    pc += 1;
                    let truth = match fastops::compare_fast(a, b, k) {
                        Some(t) => t,
                        None => {
                            let (a, b) = (
                                self.stack[n - 1],
                                code.consts[((arg >> 3) & 0x3ff) as usize],
                            );
                            let v = tri!(self.compare_op(a, b, k));
                            tri!(self.truth_of_popped(v))
                        }
                    };
                    self.stack.truncate(n - 1);
                    if truth {
                        pc += 1;
                    } else {
                        pc = (arg >> 13) as usize;
                    }
                }
                Op::PrintExpr => {
                    let v = self.top();
                    tri!(self.print_expr(v));
                    self.stack.pop();
                }
            }
        }
    }

    /// The interned names of a call's keyword-names tuple.
    fn kwnames_small(&mut self, t: Value) -> PyResult<SmallVec<[QStr; 4]>> {
        let mut out = SmallVec::new();
        if let Value::Obj(r) = t {
            if let Obj::Tuple(items) = self.heap.get(r) {
                if items.iter().all(|v| matches!(v, Value::Str(_))) {
                    out.extend(items.iter().map(|v| match v {
                        Value::Str(q) => *q,
                        _ => q::EMPTY,
                    }));
                    return Ok(out);
                }
            }
        }
        out.extend(self.kwnames_of(t)?);
        Ok(out)
    }

    /// `obj[key]` for a list, tuple or ASCII str indexed by an in-range int; `None`
    /// otherwise.
    #[inline(always)]
    fn subscr_fast(&self, obj: Value, key: Value) -> Option<Value> {
        match (obj, key) {
            (Value::Obj(r), Value::Int(i)) => match self.heap.get(r) {
                Obj::List(l) => index_fast(l, i),
                Obj::Tuple(t) => index_fast(t, i),
                Obj::Str(_) => crate::objstr::str_index_fast(self, obj, i),
                _ => None,
            },
            (Value::Str(_), Value::Int(i)) => crate::objstr::str_index_fast(self, obj, i),
            _ => None,
        }
    }

    /// The general path of a binary operator (`inplace`: try `__iop__` first).
    #[inline(never)]
    fn binary_slow(&mut self, a: Value, b: Value, k: u32, inplace: bool) -> PyResult<Value> {
        if inplace {
            self.inplace_op(a, b, k)
        } else {
            self.binary_op(a, b, k)
        }
    }

    /// The truth of a value held off the stack (just popped, or a comparison result):
    /// a `bool` inline, anything else through `truthy` with the value pushed back
    /// meanwhile, so that a `__bool__` or `__len__` call cannot let the collector free it.
    #[inline(always)]
    fn truth_of_popped(&mut self, v: Value) -> PyResult<bool> {
        if let Value::Bool(b) = v {
            return Ok(b);
        }
        self.stack.push(v);
        let r = self.truthy(v);
        self.stack.pop();
        r
    }

    /// `obj[key] = value`, with an inline path for a list indexed by an in-range int.
    #[inline(always)]
    fn store_subscr(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
            if let Obj::List(l) = self.heap.get_mut(r) {
                let len = l.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j >= 0 && j < len {
                    l[j as usize] = value;
                    return Ok(());
                }
            }
        }
        self.set_item(obj, key, value)
    }

    fn poll_interrupt(&mut self, fi: usize, pc: usize) -> PyResult<()> {
        self.interrupt_poll = self.interrupt_poll.wrapping_add(1);
        if self.interrupt_poll & 0x3f == 0 && self.machine.active() {
            self.frames[fi].pc = pc;
            crate::modules::machine_poll(self)?;
        }
        if self.interrupt_poll & 0x3ff == 0 && self.port.take_interrupt() {
            self.frames[fi].pc = pc;
            return Err(self.error_noargs(ExcKind::KeyboardInterrupt));
        }
        Ok(())
    }

    fn name_not_defined(&mut self, name: QStr) -> PyErr {
        let n = String::from(self.interner.get(name));
        self.error(
            ExcKind::NameError,
            alloc::format!("name '{n}' is not defined"),
        )
    }

    fn unbound_local(&mut self, code: &Code, idx: usize) -> PyErr {
        let name = match code.varnames().get(idx) {
            Some(&n) => String::from(self.interner.get(n)),
            None => String::new(),
        };
        self.error(
            ExcKind::UnboundLocalError,
            alloc::format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&mut self, code: &Code, idx: usize) -> PyErr {
        let name = match code.deref_name(idx) {
            Some(n) => String::from(self.interner.get(n)),
            None => String::new(),
        };
        if idx < code.ncells() {
            self.error(
                ExcKind::UnboundLocalError,
                alloc::format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.error(
                ExcKind::NameError,
                alloc::format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    /// Refuse a call of native `n` with more positional arguments than its signature
    /// allows (`lead`: its bound `self` and first argument; the others at
    /// `stack[start..start + npos]`) or a keyword it does not take.
    #[inline]
    fn check_signature(
        &mut self,
        n: NativeFunc,
        lead: &[Value],
        start: usize,
        npos: usize,
        kwnames: &[QStr],
    ) -> PyResult<()> {
        let sig = crate::native_arity::signature(n.signature());
        let given = (lead.len() + npos).saturating_sub(n.has_receiver() as usize);
        let too_many = sig.max != crate::native_arity::VAR && given > sig.max as usize;
        if !too_many
            && (kwnames.is_empty() || matches!(sig.keywords, crate::native_arity::Keywords::Any))
        {
            return Ok(());
        }
        let receiver = if !n.has_receiver() {
            None
        } else {
            lead.first()
                .copied()
                .or_else(|| self.stack.get(start).copied().filter(|_| npos > 0))
        };
        match self.signature_error(n, receiver, given, kwnames) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    #[cold]
    fn signature_error(
        &mut self,
        n: NativeFunc,
        receiver: Option<Value>,
        given: usize,
        kwnames: &[QStr],
    ) -> Option<PyErr> {
        let name = String::from(self.interner.get(n.name()));
        let owner = match receiver {
            None => String::from(crate::native_arity::function_owner(n.signature())),
            Some(Value::Obj(r)) if matches!(self.heap.get(r), Obj::Class(_)) => {
                String::from(self.class_name(r))
            }
            Some(v) => self.type_name(v),
        };
        let keywords: Vec<&str> = kwnames.iter().map(|&k| self.interner.get(k)).collect();
        let sig = crate::native_arity::signature(n.signature());
        let required = (n.min_args() as usize).saturating_sub(n.has_receiver() as usize);
        let msg = crate::native_arity::check(sig, &owner, &name, required, given, &keywords)?;
        Some(self.type_error(msg))
    }

    #[cold]
    fn native_arity_error(&mut self, n: NativeFunc, given: usize, self_: Option<Value>) -> PyErr {
        let name = String::from(self.interner.get(n.name()));
        if let Some(s) = self_ {
            let type_name = match s {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => {
                    String::from(self.class_name(r))
                }
                _ => self.type_name(s),
            };
            let (required, given) = ((n.min_args() as usize).saturating_sub(1), given - 1);
            if let Some(msg) =
                crate::native_arity::cpython_message(&type_name, &name, required, given)
            {
                return self.type_error(msg);
            }
        }
        // Counts include `self`, as MicroPython's messages do.
        self.type_error(alloc::format!(
            "{name}() takes at least {} positional arguments but {given} were given",
            n.min_args()
        ))
    }

    /// Enter one level of native recursion through nested data; pair with
    /// [`Vm::leave_data`]. Raises `RecursionError` past `MAX_DATA_DEPTH` or when the
    /// native stack runs out.
    pub fn enter_data(&mut self) -> PyResult<()> {
        if self.data_depth >= MAX_DATA_DEPTH || self.stack_guard.exhausted() {
            return Err(self.recursion_error());
        }
        // Each level may allocate a little that is not charged (iteration state): on a
        // nearly full region, stop before the reserve is gone.
        if self.heap.region_exhausted() {
            self.heap.gc_pending = true;
            return Err(self.memory_error());
        }
        self.data_depth += 1;
        Ok(())
    }

    /// Raise `RecursionError` if the native stack has reached its limit: call at every
    /// point where native code recurses (see `stackguard.rs`).
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        if self.stack_guard.exhausted() {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Raise `RecursionError` unless `bytes` of native stack are left above the limit
    /// (so `bytes` plus the margin below the caller): for native code that needs more
    /// in one go than the margin covers (`zlib`'s state is built on the stack).
    pub fn check_stack_room(&mut self, bytes: usize) -> PyResult<()> {
        if self.stack_guard.remaining() < bytes {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Set the native stack limit: the lowest usable stack address plus a margin
    /// (see [`crate::stackguard::limit_from_lowest`]); native recursion past it raises
    /// `RecursionError`.
    pub fn set_stack_limit(&mut self, limit: usize) {
        self.stack_guard = StackGuard::with_limit(limit);
    }

    /// Allow native recursion `budget` bytes below the caller's stack pointer (the
    /// margin included), for an embedder that knows how much stack is left there.
    pub fn set_stack_budget(&mut self, budget: usize) {
        self.stack_guard = StackGuard::below_here(budget);
    }

    /// Bytes of native stack left above the limit at the caller.
    #[inline]
    pub fn stack_remaining(&self) -> usize {
        self.stack_guard.remaining()
    }

    /// The `RecursionError` raised when native recursion goes too deep.
    #[cold]
    #[inline(never)]
    pub fn recursion_error(&mut self) -> PyErr {
        self.error(ExcKind::RecursionError, "maximum recursion depth exceeded")
    }

    pub fn leave_data(&mut self) {
        self.data_depth = self.data_depth.saturating_sub(1);
    }

    /// `KeyboardInterrupt` if Ctrl-C came: for long native loops (the regex engine,
    /// big reads) to call every so often.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.port.take_interrupt() {
            return Err(self.error_noargs(ExcKind::KeyboardInterrupt));
        }
        Ok(())
    }

    /// `MemoryError` unless `bytes` more fit in the heap budget now: checked before
    /// building something whose size the program chose (a file's contents, a split's
    /// pieces), so it is never built outside the heap first.
    #[inline]
    pub fn room_for(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.can_charge(bytes) {
            Ok(())
        } else {
            self.heap.gc_pending = true;
            Err(self.memory_error())
        }
    }

    /// Allocate, turning budget exhaustion into `MemoryError`.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> PyResult<ObjRef> {
        match self.heap.alloc(obj) {
            Ok(r) => Ok(r),
            Err(_) => Err(self.memory_error()),
        }
    }
}

/// Give back the capacity of `v` beyond `keep` when it holds more than twice that, by
/// moving it to a block of `keep` (fallibly: when there is no room it stays as it is).
fn trim_capacity<T>(v: &mut Vec<T>, keep: usize) {
    if v.capacity() > 2 * keep {
        let mut smaller = Vec::new();
        if smaller.try_reserve_exact(keep).is_ok() {
            smaller.append(v);
            *v = smaller;
        }
    }
}

/// Push a frame's `nfree` free variables: the cells of `closure`, and `Null` for any it
/// lacks.
fn push_free(stack: &mut Vec<Value>, closure: &[ObjRef], nfree: usize) {
    let have = closure.len().min(nfree);
    stack.extend(closure[..have].iter().map(|&c| Value::Obj(c)));
    stack.resize(stack.len() + (nfree - have), Value::Null);
}

/// `seq[i]` for an in-range int index.
#[inline(always)]
fn index_fast(items: &[Value], i: i64) -> Option<Value> {
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j >= 0 && j < len {
        Some(items[j as usize])
    } else {
        None
    }
}

/// The inline arithmetic of the dispatch loop: ints and floats (mixed when the int
/// converts exactly); `None` sends the operation down the general path.
#[inline(always)]
fn arith_fast(a: Value, b: Value, k: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_fast(x, y, k),
        (Value::Float(x), Value::Float(y)) => float_fast(x, y, k),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_fast(x, y as f64, k)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            float_fast(x as f64, y, k)
        }
        _ => None,
    }
}

/// Int arithmetic that cannot fail or overflow; `None` sends the operation down the
/// general path (big ints, errors, true division).
#[inline(always)]
fn int_fast(x: i64, y: i64, k: u32) -> Option<Value> {
    let r = match k {
        0 => x.checked_add(y)?,
        1 => x.checked_sub(y)?,
        2 => x.checked_mul(y)?,
        5 => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        6 => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let m = x % y;
            if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            }
        }
        8 => {
            if !(0..63).contains(&y) || x.unsigned_abs() >= (1u64 << (62 - y)) {
                return None;
            }
            x << y
        }
        9 => {
            if !(0..64).contains(&y) {
                return None;
            }
            x >> y
        }
        10 => x | y,
        11 => x ^ y,
        12 => x & y,
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn float_fast(x: f64, y: f64, k: u32) -> Option<Value> {
    Some(Value::Float(match k {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        4 if y != 0.0 => x / y,
        7 if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = if y == 0.5 {
                crate::fmath::sqrt(x)
            } else {
                crate::floatfmt::pow_positive(x, y)
            };
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    }))
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => alloc::format!("{} and {}", names[0], names[1]),
        n => {
            let mut s = names[..n - 1].join(", ");
            s.push_str(", and ");
            s.push_str(&names[n - 1]);
            s
        }
    }
}

#[cold]
fn unreachable_obj() -> ! {
    panic!("mica: object of unexpected kind")
}

/// CPython's message for a call passing more positional arguments than `argcount`.
fn too_many_positional(fname: &str, argcount: usize, ndefaults: usize, given: usize) -> String {
    let takes = if ndefaults > 0 && ndefaults <= argcount {
        alloc::format!("from {} to {argcount}", argcount - ndefaults)
    } else {
        alloc::format!("{argcount}")
    };
    let plural = if argcount == 1 && ndefaults == 0 {
        ""
    } else {
        "s"
    };
    let verb = if given == 1 { "was" } else { "were" };
    alloc::format!("{fname}() takes {takes} positional argument{plural} but {given} {verb} given")
}
