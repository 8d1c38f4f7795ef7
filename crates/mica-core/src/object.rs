//! The heap object layouts: one [`Obj`] variant per built-in kind of object.
//!
//! Behaviour lives in the per-type files (`objstr`, `objlist`, ...); this file only says
//! what each object holds, how the collector finds the values inside it
//! ([`Obj::trace`]) and what it costs against the heap budget ([`Obj::heap_size`]).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;
use core::mem::size_of;

use num_bigint::BigInt;

use crate::native_arity::Binding;
use crate::objdict::Dict;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::{Frame, NativeFn};

/// A heap object. Every object is one slot of the heap's table, so the size of `Obj`
/// is the cost of every object: variants whose payload would not fit beside the tag in
/// the sizes below are boxed (see the assertions after the enum).
pub enum Obj {
    Str(StrObj),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    BigInt(Box<BigInt>),
    Complex(f64, f64),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<Dict>),
    /// `set` and `frozenset`: a dict whose values are unused.
    Set(Box<SetObj>),
    /// Boxed: a range's three machine-word bounds would make every slot bigger.
    Range(Box<RangeObj>),
    Slice(Box<[Value; 3]>),
    Cell(Value),
    Code(Rc<crate::objcode::Code>),
    Function(Box<Function>),
    Native(NativeFunc),
    BoundMethod(Box<BoundMethod>),
    Class(Box<Class>),
    /// Inline, not boxed: it fits beside the tag, and attribute access skips a pointer.
    Instance(Instance),
    Module(Box<Module>),
    Exception(Box<ExcObj>),
    Generator(Box<GenObj>),
    Iter(Box<IterObj>),
    /// `property(fget, fset, fdel)` plus its docstring slot.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<SuperObj>),
    MemoryView(Box<MemoryViewObj>),
    /// A `dict.keys()`/`values()`/`items()` view.
    DictView(ObjRef, DictViewKind),
    /// Port- or module-defined native data (file objects, regex programs...).
    Host(Box<HostObj>),
}

// A slot is 32 bytes on 32-bit targets (the devices): no payload is bigger than 24
// bytes (a native function with its bound `self`, a str, an instance), so the tag fits
// in front of it. 40 bytes on 64-bit hosts, where a str's pointer, length, hash and
// character count take 32.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(size_of::<Obj>() == 32 && size_of::<NativeFunc>() <= 24);
#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<Obj>() == 40);
// What a `def` and a loaded code object cost on a device (see "Compiled code in RAM"
// in `docs/architecture.md`): kept from growing back.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(size_of::<Function>() <= 48 && size_of::<crate::objcode::Code>() <= 76);

/// A heap string. `char_len` makes indexing of ASCII strings O(1).
pub struct StrObj {
    pub s: Box<str>,
    pub hash: i64,
    pub char_len: usize,
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let hash = crate::qstr::str_hash(s.as_bytes());
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj { s, hash, char_len }
    }
}

pub struct SetObj {
    pub items: Dict,
    pub frozen: bool,
}

#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// When a bound does not fit in `i64`: a tuple `(start, stop, step)` of ints, and the
    /// machine-word fields are unused (see `objrange`).
    pub big: Option<ObjRef>,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A Python function. Its `__qualname__` and `__doc__` are its code object's and its
/// `__module__` is its globals' `__name__` (read when asked for), until assigned: see
/// `Vm::{function_qualname, function_module, function_doc}`.
pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: QStr,
    pub defaults: Option<ObjRef>,
    pub kwdefaults: Option<ObjRef>,
    /// Cell objects for the code's free variables.
    pub closure: Box<[ObjRef]>,
    /// Attributes assigned to the function (`f.x = 1`), created on demand.
    pub dict: Option<ObjRef>,
    /// `__qualname__`, `__module__`, `__doc__` once one is assigned (rare).
    pub assigned: Option<Box<FunctionNames>>,
}

/// A function's assigned `__qualname__`, `__module__` and `__doc__` (`None`: not
/// assigned, the default holds).
#[derive(Default)]
pub struct FunctionNames {
    pub qualname: Option<Value>,
    pub module: Option<Value>,
    pub doc: Option<Value>,
}

/// A native (Rust) function. `self_` is set for methods bound to a built-in object.
///
/// The name, the fewest positional arguments `f` may be given (`self` included) and its
/// signature in `native_arity` (most positional arguments, keywords) share one word, so
/// that the whole is 24 bytes on a 32-bit target and `Obj` stays 32 bytes with a plain
/// tag (see the size assertions above).
#[derive(Clone, Copy)]
pub struct NativeFunc {
    /// `name << 11 | signature << 5 | receiver << 4 | min_args`.
    name_args: u32,
    pub f: NativeFn,
    pub self_: Value,
}

impl NativeFunc {
    /// Interned names past 2^21 (never reached by a native's name: each costs RAM)
    /// keep their low bits (`Vm::add_method` keeps such a name in the class dict).
    pub(crate) const NAME_SHIFT: u32 = 11;
    const SIG_SHIFT: u32 = 5;
    const RECEIVER: u32 = 1 << 4;

    /// An unbound native named `name` that needs at least `min_args` (at most 15)
    /// positional arguments.
    pub fn new(name: QStr, f: NativeFn, min_args: u8) -> NativeFunc {
        debug_assert!(min_args < 16);
        NativeFunc {
            name_args: name.0 << Self::NAME_SHIFT | (min_args as u32 & 0xf),
            f,
            self_: Value::Null,
        }
    }

    /// The same native, checked against signature `sig` of `native_arity` when called;
    /// `receiver`: its first argument (`self`, or the class of `__new__`) is not one of
    /// the arguments the signature counts.
    pub fn with_signature(mut self, sig: u8, receiver: bool) -> NativeFunc {
        debug_assert!((sig as u32) < 1 << (Self::NAME_SHIFT - Self::SIG_SHIFT));
        self.name_args |= (sig as u32) << Self::SIG_SHIFT;
        if receiver {
            self.name_args |= Self::RECEIVER;
        }
        self
    }

    #[inline]
    pub fn name(&self) -> QStr {
        QStr(self.name_args >> Self::NAME_SHIFT)
    }

    /// Fewest positional arguments `f` may be given (`self` included).
    #[inline]
    pub fn min_args(&self) -> u8 {
        (self.name_args & 0xf) as u8
    }

    /// Its signature's index in `native_arity` (0: none, only `min_args` is checked).
    #[inline]
    pub fn signature(&self) -> u8 {
        ((self.name_args >> Self::SIG_SHIFT) & 0x3f) as u8
    }

    /// Whether its first argument is `self` (or a class), outside the signature's count.
    #[inline]
    pub fn has_receiver(&self) -> bool {
        self.name_args & Self::RECEIVER != 0
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// What native layout the instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    /// Plain objects: attributes in a dict.
    Object,
    /// Instances are `ExcObj`s.
    Exception,
    /// Instances of subclasses of a built-in type (list, dict, int...) carry a base value.
    Builtin,
    /// The built-in type itself; instances are not created through the generic path.
    Native,
}

pub struct Class {
    pub name: QStr,
    pub qualname: Value,
    pub bases: Vec<ObjRef>,
    pub mro: Vec<ObjRef>,
    pub dict: Dict,
    /// The native methods the runtime registered (`Vm::add_method` and friends), sorted
    /// by name (see [`NativeEntry`]), and those of `statics` made so far. Looked up after
    /// `dict`; a name set or deleted through `dict` leaves this table.
    pub natives: Vec<NativeEntry>,
    /// The class's table of native methods in `static` data (flash on a device; see
    /// [`NativeDef`]), sorted by name, looked up after `natives`: an entry takes RAM only
    /// once a program looks it up (it is then made into a `natives` entry).
    pub statics: NativeTables,
    pub kind: BaseKind,
    /// The metaclass, when it is not `type`.
    pub metaclass: Option<ObjRef>,
    /// For built-in types and their subclasses: the built-in type instances are made of.
    pub builtin_base: Option<ObjRef>,
    /// Cached: the class (or a base) defines `__getattr__`.
    pub has_getattr: bool,
    /// Cached: the class (or a base) defines `__setattr__` or `__delattr__`.
    pub has_setattr: bool,
    /// Cached: the class (or a base) overrides `__getattribute__`.
    pub has_getattribute: bool,
    /// How many attributes its instances' dicts grew to (new instances' dicts are made
    /// with room for that many; see `attrcache.rs`).
    pub instance_attrs: u8,
}

/// A native method of a class, as registered: its name, arity, signature, Rust function
/// and binding (12 bytes on a 32-bit target, where a dict entry is 40 and a heap slot
/// 32). The function object (`Obj::Native`, wrapped in a static or class method as the
/// binding says) is made the first time the method is looked up (`Vm::make_native`), so
/// the methods a program never touches cost no slot.
#[derive(Clone, Copy)]
pub struct NativeEntry {
    /// The word of the [`NativeFunc`] it makes: name, signature index, receiver flag
    /// and `min_args`.
    name_args: u32,
    pub f: NativeFn,
    /// The function object once made; until then `UNMADE - binding` (slot indices never
    /// come near `u32::MAX`).
    state: u32,
}

#[cfg(target_pointer_width = "32")]
const _: () = assert!(size_of::<NativeEntry>() == 12);

/// A native method in a class's `static` table: built at build time (the name is a
/// build-time [`QStr`], see [`crate::qstr::static_qstr`]), so it costs flash, not RAM.
/// Registered with `Vm::add_native_table`; what the entry's function object needs
/// besides (arity, signature) is worked out when it is first looked up.
#[derive(Clone, Copy)]
pub struct NativeDef {
    pub name: QStr,
    pub f: NativeFn,
    pub binding: Binding,
}

impl NativeDef {
    pub const fn method(name: &str, f: NativeFn) -> NativeDef {
        NativeDef {
            name: crate::qstr::static_qstr(name),
            f,
            binding: Binding::Method,
        }
    }

    pub const fn static_method(name: &str, f: NativeFn) -> NativeDef {
        NativeDef {
            name: crate::qstr::static_qstr(name),
            f,
            binding: Binding::Static,
        }
    }

    pub const fn class_method(name: &str, f: NativeFn) -> NativeDef {
        NativeDef {
            name: crate::qstr::static_qstr(name),
            f,
            binding: Binding::Class,
        }
    }
}

/// A class's `static` tables of native methods: most classes register one, a few (whose
/// methods several modules define) more.
pub enum NativeTables {
    One(&'static [NativeDef]),
    Many(Box<[&'static [NativeDef]]>),
}

impl NativeTables {
    pub const NONE: NativeTables = NativeTables::One(&[]);

    pub fn tables(&self) -> &[&'static [NativeDef]] {
        match self {
            NativeTables::One(t) => core::slice::from_ref(t),
            NativeTables::Many(ts) => ts,
        }
    }

    /// Every entry, table by table.
    pub fn defs(&self) -> impl Iterator<Item = &'static NativeDef> + '_ {
        self.tables().iter().flat_map(|t| t.iter())
    }
}

/// A table of [`NativeDef`]s sorted by name, at build time (a name listed twice fails
/// the build).
pub const fn native_table<const N: usize>(mut t: [NativeDef; N]) -> [NativeDef; N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && t[j - 1].name.0 > t[j].name.0 {
            t.swap(j - 1, j);
            j -= 1;
        }
        i += 1;
    }
    let mut k = 1;
    while k < N {
        if t[k - 1].name.0 == t[k].name.0 {
            panic!("a native method is listed twice");
        }
        k += 1;
    }
    t
}

impl NativeEntry {
    const UNMADE: u32 = u32::MAX;

    /// The entry for `func` (unbound: its `self_` is not kept), bound as `binding` says.
    pub fn new(func: NativeFunc, binding: Binding) -> NativeEntry {
        debug_assert!(matches!(func.self_, Value::Null));
        NativeEntry {
            name_args: func.name_args,
            f: func.f,
            state: Self::UNMADE - binding as u32,
        }
    }

    #[inline]
    pub fn name(&self) -> QStr {
        QStr(self.name_args >> NativeFunc::NAME_SHIFT)
    }

    /// The native function the entry describes (unbound), as it registered it.
    pub fn func(&self) -> NativeFunc {
        NativeFunc {
            name_args: self.name_args,
            f: self.f,
            self_: Value::Null,
        }
    }

    /// The function object, if it has been made.
    #[inline]
    pub fn made(&self) -> Option<ObjRef> {
        (self.state <= Self::UNMADE - 3).then_some(ObjRef(self.state))
    }

    /// How the function is bound, until it has been made.
    pub fn binding(&self) -> Option<Binding> {
        match Self::UNMADE.checked_sub(self.state)? {
            0 => Some(Binding::Method),
            1 => Some(Binding::Static),
            2 => Some(Binding::Class),
            _ => None,
        }
    }

    pub fn set_made(&mut self, obj: ObjRef) {
        debug_assert!(obj.0 <= Self::UNMADE - 3);
        self.state = obj.0;
    }
}

impl Class {
    /// A class the runtime makes (a built-in type or exception): named `name`, with no
    /// attributes, native methods, metaclass or special-method flags yet.
    pub fn builtin(name: QStr, bases: Vec<ObjRef>, mro: Vec<ObjRef>, kind: BaseKind) -> Class {
        Class {
            name,
            qualname: Value::Str(name),
            bases,
            mro,
            dict: Dict::new(),
            natives: Vec::new(),
            statics: NativeTables::NONE,
            kind,
            metaclass: None,
            builtin_base: None,
            has_getattr: false,
            has_setattr: false,
            has_getattribute: false,
            instance_attrs: 0,
        }
    }

    /// The position of the native method `name` in `natives`.
    #[inline]
    pub fn native_index(&self, name: QStr) -> Option<usize> {
        self.natives.binary_search_by_key(&name, |e| e.name()).ok()
    }

    /// The entry of `statics` named `name`.
    #[inline]
    pub fn static_def(&self, name: QStr) -> Option<&'static NativeDef> {
        // The tables never share a name (`Vm::add_native_table` sees to it).
        self.statics.tables().iter().find_map(|&t| {
            t.binary_search_by_key(&name.0, |d| d.name.0)
                .ok()
                .map(|i| &t[i])
        })
    }

    /// The class's own namespace: its dict's entries, then the native methods made so
    /// far (`Vm::make_natives` makes them all).
    pub fn own_attrs(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.dict.iter().map(|e| (e.key, e.value)).chain(
            self.natives
                .iter()
                .filter_map(|e| Some((Value::Str(e.name()), Value::Obj(e.made()?)))),
        )
    }

    /// The names in the class's own namespace.
    pub fn own_names(&self) -> impl Iterator<Item = Value> + '_ {
        self.dict
            .iter()
            .map(|e| e.key)
            .chain(self.natives.iter().map(|e| Value::Str(e.name())))
            .chain(
                self.statics
                    .defs()
                    .filter(|d| self.native_index(d.name).is_none())
                    .map(|d| Value::Str(d.name)),
            )
    }
}

pub struct Instance {
    pub class: ObjRef,
    /// The attribute dict (an `Obj::Dict`), shared with `obj.__dict__`.
    pub dict: ObjRef,
    /// For instances of subclasses of built-in types: the built-in value (a list, dict...).
    pub base: Value,
}

pub struct Module {
    pub name: QStr,
    pub dict: ObjRef,
    /// Its source is still running (a circular import can see it half made).
    pub initializing: bool,
}

/// One traceback line: the code object and the instruction that raised or passed the
/// exception on (its source line is looked up when the traceback is printed: an
/// exception caught where it was raised never needs it).
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: ObjRef,
    pub pc: u32,
}

/// The traceback lines of an exception, innermost last; the first lines are stored
/// inline, so an exception caught near where it was raised allocates nothing for them.
pub type Traceback = smallvec::SmallVec<[TbEntry; 2]>;

pub struct ExcObj {
    pub class: ObjRef,
    /// The `args` tuple.
    pub args: Value,
    /// Other attributes (`errno`, `value`, user-set ones), created on demand.
    pub dict: Option<ObjRef>,
    pub traceback: Traceback,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GenObj {
    pub kind: GenKind,
    pub state: GenState,
    /// The suspended frame; its value stack (locals and operands) is in `stack`.
    pub frame: Option<Frame>,
    pub stack: Vec<Value>,
    pub name: QStr,
    pub qualname: Value,
    /// The exception being handled inside the suspended frame (swapped with the VM's
    /// current exception on every resumption).
    pub gen_exc: Value,
    /// The values `Vm::generator_collect` has gathered so far while it runs the
    /// generator to completion (rooted here; transient, so not charged to the heap).
    pub collected: Vec<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The built-in iterators.
pub enum IterObj {
    /// Index-based iteration over a list, tuple, str, bytes, bytearray, or range.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Dict keys/values/items (or set items), with the size seen at creation to detect
    /// "dictionary changed size during iteration".
    Dict {
        dict: Value,
        index: usize,
        kind: DictViewKind,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    /// `zip(*iters, strict=...)`.
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A native iterator over precomputed values.
    Values {
        items: Vec<Value>,
        index: usize,
    },
}

pub struct SuperObj {
    pub class: ObjRef,
    pub obj: Value,
}

/// A view of `len` bytes of `obj` (a bytes or bytearray) at `start`, `start + step`...
pub struct MemoryViewObj {
    pub obj: Value,
    pub start: usize,
    pub step: i64,
    pub len: usize,
    pub readonly: bool,
    pub released: bool,
}

/// Data a port or native module attaches to an object of one of its own classes.
pub struct HostObj {
    pub class: ObjRef,
    pub data: Box<dyn Any>,
    /// Values the data refers to, so the collector can see them.
    pub refs: Vec<Value>,
}

impl Obj {
    /// Call `f` on every value this object refers to.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::BigInt(_) | Obj::Complex(..) => {
            }
            Obj::Range(rg) => {
                if let Some(t) = rg.big {
                    f(Value::Obj(t));
                }
            }
            Obj::List(v) => v.iter().for_each(|&x| f(x)),
            Obj::Tuple(v) => v.iter().for_each(|&x| f(x)),
            Obj::Dict(d) => d.trace(f),
            Obj::Set(s) => s.items.trace(f),
            Obj::Slice(s) => s.iter().for_each(|&x| f(x)),
            Obj::Cell(v) => f(*v),
            Obj::Code(c) => c.consts.iter().for_each(|&x| f(x)),
            Obj::Function(func) => {
                f(Value::Obj(func.code));
                f(Value::Obj(func.globals));
                if let Some(a) = &func.assigned {
                    [a.qualname, a.module, a.doc]
                        .into_iter()
                        .flatten()
                        .for_each(&mut *f);
                }
                for r in [func.defaults, func.kwdefaults, func.dict]
                    .into_iter()
                    .flatten()
                {
                    f(Value::Obj(r));
                }
                func.closure.iter().for_each(|&c| f(Value::Obj(c)));
            }
            Obj::Native(n) => f(n.self_),
            Obj::BoundMethod(m) => {
                f(m.func);
                f(m.self_);
            }
            Obj::Class(c) => {
                f(c.qualname);
                c.bases.iter().for_each(|&b| f(Value::Obj(b)));
                c.mro.iter().for_each(|&b| f(Value::Obj(b)));
                c.dict.trace(f);
                c.natives
                    .iter()
                    .filter_map(NativeEntry::made)
                    .for_each(|r| f(Value::Obj(r)));
                for r in [c.metaclass, c.builtin_base].into_iter().flatten() {
                    f(Value::Obj(r));
                }
            }
            Obj::Instance(i) => {
                f(Value::Obj(i.class));
                f(Value::Obj(i.dict));
                f(i.base);
            }
            Obj::Module(m) => f(Value::Obj(m.dict)),
            Obj::Exception(e) => {
                f(Value::Obj(e.class));
                f(e.args);
                if let Some(d) = e.dict {
                    f(Value::Obj(d));
                }
                e.traceback.iter().for_each(|t| f(Value::Obj(t.code)));
                f(e.cause);
                f(e.context);
            }
            Obj::Generator(g) => {
                if let Some(frame) = &g.frame {
                    frame.trace(f);
                }
                g.stack.iter().for_each(|&x| f(x));
                g.collected.iter().for_each(|&x| f(x));
                f(g.qualname);
                f(g.gen_exc);
            }
            Obj::Iter(it) => match &**it {
                IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => f(*seq),
                IterObj::Range { .. } => {}
                IterObj::Dict { dict, .. } => f(*dict),
                IterObj::Enumerate { iter, count } => {
                    f(*iter);
                    f(*count);
                }
                IterObj::Zip { iters, .. } => iters.iter().for_each(|&x| f(x)),
                IterObj::Map { func, iters } => {
                    f(*func);
                    iters.iter().for_each(|&x| f(x));
                }
                IterObj::Filter { func, iter } => {
                    f(*func);
                    f(*iter);
                }
                IterObj::Callable { func, sentinel } => {
                    f(*func);
                    f(*sentinel);
                }
                IterObj::Values { items, .. } => items.iter().for_each(|&x| f(x)),
            },
            Obj::Property(p) => p.iter().for_each(|&x| f(x)),
            Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Super(s) => {
                f(Value::Obj(s.class));
                f(s.obj);
            }
            Obj::MemoryView(m) => f(m.obj),
            Obj::DictView(d, _) => f(Value::Obj(*d)),
            Obj::Host(h) => {
                f(Value::Obj(h.class));
                h.refs.iter().for_each(|&x| f(x));
            }
        }
    }

    /// Bytes this object costs against the heap budget: its slot plus what it owns.
    pub fn heap_size(&self) -> usize {
        let v = size_of::<Value>();
        let payload = match self {
            Obj::Str(s) => s.s.len(),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) => b.capacity(),
            Obj::BigInt(b) => size_of::<BigInt>() + (b.bits() as usize).div_ceil(8),
            Obj::List(l) => l.capacity() * v,
            Obj::Tuple(t) => t.len() * v,
            Obj::Dict(d) => size_of::<Dict>() + d.heap_size(),
            Obj::Set(s) => size_of::<SetObj>() + s.items.heap_size(),
            Obj::Slice(_) => 3 * v,
            Obj::Code(c) => {
                // A frozen module's instructions are static data, not charged.
                let owned = |n: usize, b: bool| if b { n } else { 0 };
                let ops = owned(
                    c.ops.len() * 8,
                    matches!(c.ops, alloc::borrow::Cow::Owned(_)),
                );
                let lines = owned(
                    c.lines.len(),
                    matches!(c.lines, alloc::borrow::Cow::Owned(_)),
                );
                size_of::<crate::objcode::Code>()
                    + c.consts.len() * v
                    + ops
                    + lines
                    + c.names.len() * 4
            }
            Obj::Function(f) => size_of::<Function>() + f.closure.len() * 4,
            Obj::BoundMethod(_) => size_of::<BoundMethod>(),
            Obj::Class(c) => {
                size_of::<Class>()
                    + c.dict.heap_size()
                    + c.mro.len() * 8
                    + c.natives.len() * size_of::<NativeEntry>()
            }
            Obj::Module(_) => size_of::<Module>(),
            Obj::Exception(e) => size_of::<ExcObj>() + e.traceback.capacity() * 8,
            Obj::Generator(g) => {
                size_of::<GenObj>()
                    + size_of::<Frame>()
                    + (g.stack.capacity() + g.collected.capacity()) * v
            }
            Obj::Iter(it) => {
                size_of::<IterObj>()
                    + match &**it {
                        IterObj::Zip { iters, .. } | IterObj::Map { iters, .. } => iters.len() * v,
                        IterObj::Values { items, .. } => items.len() * v,
                        _ => 0,
                    }
            }
            Obj::Property(_) => 4 * v,
            Obj::Super(_) => size_of::<SuperObj>(),
            Obj::MemoryView(_) => size_of::<MemoryViewObj>(),
            Obj::Host(h) => size_of::<HostObj>() + h.refs.len() * v + 32,
            Obj::Range(_) => size_of::<RangeObj>(),
            Obj::Instance(_)
            | Obj::Complex(..)
            | Obj::Cell(_)
            | Obj::Native(_)
            | Obj::StaticMethod(_)
            | Obj::ClassMethod(_)
            | Obj::DictView(..) => 0,
        };
        size_of::<Obj>() + payload
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Obj::Str(_) => "str",
            Obj::Bytes(_) => "bytes",
            Obj::ByteArray(_) => "bytearray",
            Obj::BigInt(_) => "int",
            Obj::Complex(..) => "complex",
            Obj::List(_) => "list",
            Obj::Tuple(_) => "tuple",
            Obj::Dict(_) => "dict",
            Obj::Set(s) => {
                if s.frozen {
                    "frozenset"
                } else {
                    "set"
                }
            }
            Obj::Range(_) => "range",
            Obj::Slice(_) => "slice",
            Obj::Cell(_) => "cell",
            Obj::Code(_) => "code",
            Obj::Function(_) => "function",
            Obj::Native(_) => "builtin_function_or_method",
            Obj::BoundMethod(_) => "method",
            Obj::Class(_) => "type",
            Obj::Instance(_) => "object",
            Obj::Module(_) => "module",
            Obj::Exception(_) => "exception",
            Obj::Generator(_) => "generator",
            Obj::Iter(_) => "iterator",
            Obj::Property(_) => "property",
            Obj::StaticMethod(_) => "staticmethod",
            Obj::ClassMethod(_) => "classmethod",
            Obj::Super(_) => "super",
            Obj::MemoryView(_) => "memoryview",
            Obj::DictView(..) => "dict_view",
            Obj::Host(_) => "object",
        }
    }
}

/// Convenience for building heap strings.
pub fn str_obj(s: String) -> Obj {
    Obj::Str(StrObj::new(s.into_boxed_str()))
}
