//! Type objects: the built-in classes, `type_of`, class creation with C3 linearisation,
//! and subclass tests.
//!
//! Every value has a class object on the heap. The built-in ones are created by
//! [`Types::bootstrap`] before anything else; their methods are registered later by the
//! per-type files (`objstr::register`, `objlist::register`, ...).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::error::{ExcKind, PyResult};
use crate::gc::Heap;
use crate::objdict::Dict;
use crate::object::{BaseKind, Class, NativeEntry, NativeFunc, Obj};
use crate::qstr::{Interner, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::{NativeFn, Vm};

macro_rules! builtin_types {
    ($($field:ident => $name:literal,)*) => {
        /// The built-in classes, created at start-up, and the built-in exception classes,
        /// made when first needed (see [`Vm::exc_class`]).
        pub struct Types {
            $(pub $field: ObjRef,)*
            /// Exception classes indexed by `ExcKind`: until made, the slot reserved
            /// for it with [`Types::UNMADE`] set (a field more in `Types` made the
            /// device's dispatch loop slower).
            pub exceptions: Vec<ObjRef>,
        }

        impl Types {
            pub fn bootstrap(heap: &mut Heap, interner: &mut Interner) -> Types {
                let object = new_class(heap, interner, "object", &[], BaseKind::Native);
                let mut t = Types {
                    $($field: object,)*
                    exceptions: vec![ObjRef(0); EXC_KINDS],
                };
                $(
                    if $name != "object" {
                        t.$field = new_class(heap, interner, $name, &[object], BaseKind::Native);
                    }
                )*
                // bool is a subclass of int.
                set_bases(heap, t.bool_, &[t.int, object]);
                // Each exception class has its slot from the start (a placeholder), so
                // slot numbers do not depend on which are made; start-up makes those of
                // the exception it keeps for a full heap (`MemoryError`), the others wait.
                for &(kind, _, _) in ExcKind::ALL {
                    let r = heap
                        .alloc(Obj::Cell(Value::None))
                        .unwrap_or_else(|_| panic!("mica: heap too small to start"));
                    t.exceptions[kind as usize] = ObjRef(r.0 | Types::UNMADE);
                }
                for kind in [ExcKind::BaseException, ExcKind::Exception, ExcKind::MemoryError] {
                    new_exception_class(heap, interner, &mut t, kind);
                }
                t
            }

            pub fn trace(&self, f: &mut dyn FnMut(Value)) {
                $(f(Value::Obj(self.$field));)*
                self.exceptions
                    .iter()
                    .for_each(|&e| f(Value::Obj(ObjRef(e.0 & !Types::UNMADE))));
            }

            /// The built-in classes with their Python names (for the `builtins` module).
            pub fn named(&self) -> Vec<(&'static str, ObjRef)> {
                vec![$(($name, self.$field),)*]
            }

            /// The built-in classes' Python names, each with how to find its class (for
            /// the static `builtins` table, see `builtins_table.rs`).
            pub const NAMED: &'static [(&'static str, fn(&Types) -> ObjRef)] =
                &[$(($name, |t: &Types| t.$field),)*];
        }
    };
}

builtin_types! {
    object => "object",
    type_ => "type",
    int => "int",
    bool_ => "bool",
    float => "float",
    complex => "complex",
    str_ => "str",
    bytes => "bytes",
    bytearray => "bytearray",
    memoryview => "memoryview",
    list => "list",
    tuple => "tuple",
    dict => "dict",
    set => "set",
    frozenset => "frozenset",
    range => "range",
    slice => "slice",
    none_type => "NoneType",
    not_implemented_type => "NotImplementedType",
    ellipsis_type => "ellipsis",
    function => "function",
    builtin_function => "builtin_function_or_method",
    bound_method => "method",
    module => "module",
    generator => "generator",
    coroutine => "coroutine",
    async_generator => "async_generator",
    iterator => "iterator",
    property => "property",
    staticmethod => "staticmethod",
    classmethod => "classmethod",
    super_ => "super",
    cell => "cell",
    code => "code",
    dict_keys => "dict_keys",
    dict_values => "dict_values",
    dict_items => "dict_items",
    enumerate => "enumerate",
    zip => "zip",
    map => "map",
    filter => "filter",
    reversed => "reversed",
    traceback => "traceback",
    async_generator_asend => "async_generator_asend",
}

fn new_class(
    heap: &mut Heap,
    interner: &mut Interner,
    name: &'static str,
    bases: &[ObjRef],
    kind: BaseKind,
) -> ObjRef {
    let q = interner.intern_static(name);
    let class = Class::builtin(q, bases.to_vec(), Vec::new(), kind);
    let r = heap
        .alloc(Obj::Class(Box::new(class)))
        .unwrap_or_else(|_| panic!("mica: heap too small to start"));
    let mut mro = vec![r];
    mro.extend_from_slice(bases);
    if let Obj::Class(c) = heap.get_mut(r) {
        c.mro = mro;
        if kind == BaseKind::Native {
            c.builtin_base = Some(r);
        }
    }
    r
}

fn set_bases(heap: &mut Heap, class: ObjRef, bases: &[ObjRef]) {
    if let Obj::Class(c) = heap.get_mut(class) {
        c.bases = vec![bases[0]];
        let mut mro = vec![class];
        mro.extend_from_slice(bases);
        c.mro = mro;
    }
}

/// How many built-in exception classes there are.
pub const EXC_KINDS: usize = ExcKind::ALL.len();

impl Types {
    /// Set in an entry of `exceptions` whose class is not made yet (slot numbers never
    /// come near it).
    pub const UNMADE: u32 = 1 << 31;
}

/// Make the class of the built-in exception `kind` in its reserved slot; its parent
/// class is made.
fn new_exception_class(heap: &mut Heap, interner: &mut Interner, t: &mut Types, kind: ExcKind) {
    let (_, name, parent) = ExcKind::ALL[kind as usize];
    let r = ObjRef(t.exceptions[kind as usize].0 & !Types::UNMADE);
    let base = match parent {
        Some(p) => t.exceptions[p as usize],
        None => t.object,
    };
    let mut mro = vec![r];
    match heap.get(base) {
        Obj::Class(b) if parent.is_some() => mro.extend_from_slice(&b.mro),
        _ => mro.push(base),
    }
    let q = interner.intern_static(name);
    let class = Obj::Class(Box::new(Class::builtin(
        q,
        vec![base],
        mro,
        BaseKind::Exception,
    )));
    heap.fill_reserved(r, class);
    t.exceptions[kind as usize] = r;
}

impl Vm {
    /// The class object of a built-in exception kind, made (with the parents it lacks)
    /// the first time it is needed.
    #[inline]
    pub fn exc_class(&mut self, kind: ExcKind) -> ObjRef {
        if let Some(r) = self.exc_class_made(kind) {
            return r;
        }
        self.make_exc_class(kind);
        self.types.exceptions[kind as usize]
    }

    #[cold]
    #[inline(never)]
    fn make_exc_class(&mut self, kind: ExcKind) {
        if let (_, _, Some(parent)) = ExcKind::ALL[kind as usize] {
            self.exc_class(parent);
        }
        new_exception_class(&mut self.heap, &mut self.interner, &mut self.types, kind);
    }

    /// The class of a built-in exception kind if it has been made: when it has not, no
    /// class derives from it, so nothing is an instance of it.
    #[inline]
    pub fn exc_class_made(&self, kind: ExcKind) -> Option<ObjRef> {
        let r = self.types.exceptions[kind as usize];
        (r.0 & Types::UNMADE == 0).then_some(r)
    }

    /// Whether `class` is the built-in exception class of `kind` or derives from it.
    pub fn is_exc_subclass(&self, class: ObjRef, kind: ExcKind) -> bool {
        self.exc_class_made(kind)
            .is_some_and(|k| self.is_subclass(class, k))
    }

    /// The class of a value.
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Str(_) => t.str_,
            Value::NotImplemented => t.not_implemented_type,
            Value::Ellipsis => t.ellipsis_type,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => t.str_,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::BigInt(_) => t.int,
                Obj::Complex(..) => t.complex,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(s) => {
                    if s.frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Obj::Range(_) => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Cell(_) => t.cell,
                Obj::Code(_) => t.code,
                Obj::Function(_) => t.function,
                Obj::Native(_) => t.builtin_function,
                Obj::BoundMethod(_) => t.bound_method,
                Obj::Class(c) => c.metaclass.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::Module(_) => t.module,
                Obj::Exception(e) => e.class,
                Obj::Generator(g) => match g.kind {
                    crate::object::GenKind::Generator => t.generator,
                    crate::object::GenKind::Coroutine => t.coroutine,
                    crate::object::GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Iter(it) => match &**it {
                    crate::object::IterObj::Enumerate { .. } => t.enumerate,
                    crate::object::IterObj::Zip { .. } => t.zip,
                    crate::object::IterObj::Map { .. } => t.map,
                    crate::object::IterObj::Filter { .. } => t.filter,
                    crate::object::IterObj::Reversed { .. } => t.reversed,
                    _ => t.iterator,
                },
                Obj::Property(_) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(_) => t.super_,
                Obj::MemoryView(_) => t.memoryview,
                Obj::DictView(_, k) => match k {
                    crate::object::DictViewKind::Keys => t.dict_keys,
                    crate::object::DictViewKind::Values => t.dict_values,
                    crate::object::DictViewKind::Items => t.dict_items,
                },
                Obj::Host(h) => h.class,
            },
        }
    }

    pub fn class_name(&self, class: ObjRef) -> &str {
        match self.heap.get(class) {
            Obj::Class(c) => self.interner.get(c.name),
            _ => "?",
        }
    }

    /// The name of a value's type, for error messages.
    pub fn type_name(&self, v: Value) -> String {
        String::from(self.class_name(self.type_of(v)))
    }

    /// The MRO of a class (empty for non-classes).
    pub fn mro(&self, class: ObjRef) -> &[ObjRef] {
        match self.heap.get(class) {
            Obj::Class(c) => &c.mro,
            _ => &[],
        }
    }

    pub fn is_subclass(&self, class: ObjRef, base: ObjRef) -> bool {
        class == base || self.mro(class).contains(&base)
    }

    pub fn isinstance(&self, v: Value, class: ObjRef) -> bool {
        let t = self.type_of(v);
        if self.is_subclass(t, class) {
            return true;
        }
        // Subclass instances of built-ins report their Python class; `bool` is an `int`.
        false
    }

    /// Look `name` up along the MRO of `class` (no descriptors applied).
    pub fn class_lookup(&mut self, class: ObjRef, name: QStr) -> Option<Value> {
        let key = ((class.0 as u64) << 32) | name.0 as u64;
        let entry = self.method_cache.entry(key);
        if let Some(e) = entry {
            let (k, v) = e.get();
            if k == key {
                return v;
            }
        }
        let found = match self.class_lookup_uncached(class, name) {
            Some(Ok(v)) => Some(v),
            Some(Err((c, name))) => self
                .native_slot(c, name)
                .and_then(|i| self.make_native(c, i)),
            None => None,
        };
        if let Some(e) = self.method_cache.entry(key) {
            e.set((key, found));
        }
        found
    }

    /// The native method `name` of `class` itself (not its bases), made on first use.
    pub fn class_native(&mut self, class: ObjRef, name: QStr) -> Option<Value> {
        let i = self.native_slot(class, name)?;
        self.make_native(class, i)
    }

    /// The position of `class`'s own native method `name` in its `natives`, entered there
    /// from its `statics` table if this is the first lookup.
    fn native_slot(&mut self, class: ObjRef, name: QStr) -> Option<usize> {
        let def = match self.heap.get(class) {
            Obj::Class(c) => match c.native_index(name) {
                Some(i) => return Some(i),
                None => *c.static_def(name)?,
            },
            _ => return None,
        };
        let entry = NativeEntry::new(
            self.native_func(class, def.name, def.f, def.binding),
            def.binding,
        );
        match self.heap.get_mut(class) {
            Obj::Class(c) => {
                let i = c.natives.partition_point(|e| e.name() < name);
                c.natives.insert(i, entry);
                Some(i)
            }
            _ => None,
        }
    }

    /// The (unbound) native function `class.name` registers as: its arity and signature
    /// from `native_arity`.
    fn native_func(
        &self,
        class: ObjRef,
        q: QStr,
        f: NativeFn,
        binding: crate::native_arity::Binding,
    ) -> NativeFunc {
        let name = self.interner.get(q);
        let min_args = crate::native_arity::min_args(name, binding);
        let sig = match binding {
            crate::native_arity::Binding::Method => {
                crate::native_arity::lookup_method(self.class_name(class), name)
            }
            _ => crate::native_arity::lookup(self.class_name(class), name),
        };
        let receiver = binding != crate::native_arity::Binding::Static || name == "__new__";
        NativeFunc::new(q, f, min_args).with_signature(sig, receiver)
    }

    /// Register a class's `static` table of native methods (see [`crate::object::NativeDef`]):
    /// nothing is allocated for its entries. A table that shares a name with what the
    /// class already has (its dict, its registered natives, an earlier table), and the
    /// tables of classes that are not plain built-in types (whose hooks the class dict
    /// must hold, see `add_native_attr`), are registered entry by entry instead.
    pub fn add_native_table(&mut self, class: ObjRef, table: &'static [crate::object::NativeDef]) {
        use crate::object::NativeTables;
        let fits = match self.heap.get(class) {
            Obj::Class(c) => {
                c.kind == BaseKind::Native
                    && table.iter().all(|d| {
                        c.native_index(d.name).is_none()
                            && c.static_def(d.name).is_none()
                            && self.qstr_index(&c.dict, d.name).is_none()
                    })
            }
            _ => return,
        };
        if !fits {
            for d in table {
                self.add_native_attr_q(class, d.name, d.f, d.binding);
            }
            return;
        }
        self.invalidate_method_cache();
        if let Obj::Class(c) = self.heap.get_mut(class) {
            c.statics = match &c.statics {
                NativeTables::One([]) => NativeTables::One(table),
                ts => {
                    let mut all = ts.tables().to_vec();
                    all.push(table);
                    NativeTables::Many(all.into_boxed_slice())
                }
            };
        }
    }

    /// Make every native method of `class` (for `__dict__` and `help`, which show them
    /// all).
    pub fn make_natives(&mut self, class: ObjRef) {
        let names: Vec<QStr> = match self.heap.get(class) {
            Obj::Class(c) => c.statics.defs().map(|d| d.name).collect(),
            _ => Vec::new(),
        };
        for q in names {
            self.native_slot(class, q);
        }
        let n = match self.heap.get(class) {
            Obj::Class(c) => c.natives.len(),
            _ => 0,
        };
        for i in 0..n {
            self.make_native(class, i);
        }
    }

    /// The function object of `class`'s native method number `i`, made (and kept in
    /// the entry, so it is the same object every time) if this is its first lookup. The
    /// runtime's methods stay usable with the heap full: past the budget the object is
    /// allocated anyway and the next allocation fails instead.
    fn make_native(&mut self, class: ObjRef, i: usize) -> Option<Value> {
        use crate::native_arity::Binding;
        let e = match self.heap.get(class) {
            Obj::Class(c) => *c.natives.get(i)?,
            _ => return None,
        };
        if let Some(r) = e.made() {
            return Some(Value::Obj(r));
        }
        // Charged as any object; past the budget, allocated anyway.
        let alloc = |heap: &mut Heap, make: &dyn Fn() -> Obj| -> Option<ObjRef> {
            heap.alloc(make())
                .or_else(|_| heap.alloc_forced(make()))
                .ok()
        };
        let func = alloc(&mut self.heap, &|| Obj::Native(e.func()))?;
        let obj = match e.binding()? {
            Binding::Method => func,
            Binding::Static => alloc(&mut self.heap, &|| Obj::StaticMethod(Value::Obj(func)))?,
            Binding::Class => alloc(&mut self.heap, &|| Obj::ClassMethod(Value::Obj(func)))?,
        };
        if let Obj::Class(c) = self.heap.get_mut(class) {
            c.natives[i].set_made(obj);
        }
        Some(Value::Obj(obj))
    }

    /// Forget cached class lookups (a class dict changed, or slots were reused).
    pub fn invalidate_method_cache(&self) {
        self.attr_cache.bump_epoch();
        self.method_cache.clear();
    }

    /// What `name` is along the MRO of `class`: a value, or the position of a native
    /// method (class, index in its `natives`), or nothing.
    fn class_lookup_uncached(
        &self,
        class: ObjRef,
        name: QStr,
    ) -> Option<Result<Value, (ObjRef, QStr)>> {
        let mro = self.mro(class);
        for &c in mro {
            if let Obj::Class(cls) = self.heap.get(c) {
                if let Some(v) = self.dict_get_qstr_raw(&cls.dict, name) {
                    return Some(Ok(v));
                }
                if let Some(i) = cls.native_index(name) {
                    return Some(match cls.natives[i].made() {
                        Some(r) => Ok(Value::Obj(r)),
                        None => Err((c, name)),
                    });
                }
                if cls.static_def(name).is_some() {
                    return Some(Err((c, name)));
                }
            }
        }
        None
    }

    /// Look `name` up in a dict by interned name, natively (string keys only).
    pub fn dict_get_qstr_raw(&self, d: &Dict, name: QStr) -> Option<Value> {
        self.qstr_index(d, name).map(|i| d.value_at(i))
    }

    /// The position of string key `name` in a dict, found natively.
    #[inline]
    pub fn qstr_index(&self, d: &Dict, name: QStr) -> Option<usize> {
        if d.is_empty() {
            return None;
        }
        let hash = self.interner.hash(name);
        match d.find_qstr(name, hash, |k| Some(self.str_key_eq(k, name))) {
            crate::objdict::QFind::Found(i) => Some(i),
            _ => None,
        }
    }

    /// Is dict key `k` the string `name`?
    #[inline]
    pub fn str_key_eq(&self, k: Value, name: QStr) -> bool {
        match k {
            Value::Str(q) => q == name,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => &*s.s == self.interner.get(name),
                _ => false,
            },
            _ => false,
        }
    }

    /// Add a native method to a class's dict.
    pub fn add_method(&mut self, class: ObjRef, name: &'static str, f: NativeFn) {
        self.add_native_attr(class, name, f, crate::native_arity::Binding::Method);
    }

    /// Add a static (not bound to instances) native function to a class.
    pub fn add_static_method(&mut self, class: ObjRef, name: &'static str, f: NativeFn) {
        self.add_native_attr(class, name, f, crate::native_arity::Binding::Static);
    }

    /// Add a class method (receives the class as `args[0]`).
    pub fn add_class_method(&mut self, class: ObjRef, name: &'static str, f: NativeFn) {
        self.add_native_attr(class, name, f, crate::native_arity::Binding::Class);
    }

    /// Register a native method: an entry in the class's `natives` table, whose function
    /// object is made on first lookup (`make_native`). A name the class dict already
    /// has (or a hook a user-visible class records in its flags) goes into the dict as
    /// a function object instead, allocated past the budget if need be: a built-in
    /// module may make its classes on first import with the heap full.
    fn add_native_attr(
        &mut self,
        class: ObjRef,
        name: &'static str,
        f: NativeFn,
        binding: crate::native_arity::Binding,
    ) {
        let q = self.interner.intern_static(name);
        self.add_native_attr_q(class, q, f, binding);
    }

    /// [`Self::add_native_attr`] by interned name.
    fn add_native_attr_q(
        &mut self,
        class: ObjRef,
        q: QStr,
        f: NativeFn,
        binding: crate::native_arity::Binding,
    ) {
        let native = self.native_func(class, q, f, binding);
        use crate::qstr::q as names;
        // A name already in the dict stays there; so do the hooks whose presence
        // `class_set_attr` records in a user-visible class's flags, and a name whose
        // index does not fit the entry's word (past 2^21 interned strings).
        let in_dict = match self.heap.get(class) {
            Obj::Class(c) => {
                self.qstr_index(&c.dict, q).is_some()
                    || native.name() != q
                    || (c.kind != BaseKind::Native
                        && [
                            names::__getattr__,
                            names::__getattribute__,
                            names::__setattr__,
                            names::__delattr__,
                        ]
                        .contains(&q))
            }
            _ => return,
        };
        if in_dict {
            // Only a host allocator that is itself exhausted (no slot left) refuses: the
            // class then lacks this method (AttributeError later) rather than crashing.
            if let Ok(attr) = self.native_attr_object(native, binding) {
                self.class_set_attr(class, q, attr);
            }
            return;
        }
        self.invalidate_method_cache();
        let entry = NativeEntry::new(native, binding);
        if let Obj::Class(c) = self.heap.get_mut(class) {
            match c.natives.binary_search_by_key(&q, |e| e.name()) {
                Ok(i) => c.natives[i] = entry,
                Err(i) => c.natives.insert(i, entry),
            }
        }
    }

    /// A native function object wrapped as `binding` asks (for a class dict).
    fn native_attr_object(
        &mut self,
        native: NativeFunc,
        binding: crate::native_arity::Binding,
    ) -> Result<Value, crate::gc::OutOfMemory> {
        let func = self.heap.alloc_forced(Obj::Native(native))?;
        let func = Value::Obj(func);
        Ok(match binding {
            crate::native_arity::Binding::Method => func,
            crate::native_arity::Binding::Static => {
                Value::Obj(self.heap.alloc_forced(Obj::StaticMethod(func))?)
            }
            crate::native_arity::Binding::Class => {
                Value::Obj(self.heap.alloc_forced(Obj::ClassMethod(func))?)
            }
        })
    }

    /// Set an attribute in a class's own dict.
    pub fn class_set_attr(&mut self, class: ObjRef, name: QStr, value: Value) {
        let hash = self.interner.hash(name);
        let found = match self.heap.get(class) {
            Obj::Class(c) => self.qstr_index(&c.dict, name),
            _ => return,
        };
        self.invalidate_method_cache();
        let native = match self.heap.get_mut(class) {
            Obj::Class(c) => {
                // The dict entry replaces a native method of that name.
                if let Some(i) = c.native_index(name) {
                    c.natives.remove(i);
                }
                match found {
                    Some(i) => c.dict.set_value_at(i, value),
                    None => {
                        c.dict.insert_new(hash, Value::Str(name), value);
                    }
                }
                c.kind == BaseKind::Native
            }
            _ => return,
        };
        use crate::qstr::q;
        let (getattr, getattribute, setattr) = (
            name == q::__getattr__,
            name == q::__getattribute__,
            name == q::__setattr__ || name == q::__delattr__,
        );
        // The built-in types' own slots are the defaults, not overrides. The flags
        // summarise the whole MRO, so existing subclasses get them too.
        if !native && (getattr || getattribute || setattr) {
            for o in self.heap.objects_mut() {
                if let Obj::Class(sub) = o {
                    if sub.kind != BaseKind::Native && sub.mro.contains(&class) {
                        sub.has_getattr |= getattr;
                        sub.has_getattribute |= getattribute;
                        sub.has_setattr |= setattr;
                    }
                }
            }
        }
    }

    /// Create a class object (the work of `type(name, bases, dict)`).
    pub fn new_class(
        &mut self,
        name: QStr,
        bases: &[ObjRef],
        dict: Dict,
        metaclass: Option<ObjRef>,
    ) -> PyResult<ObjRef> {
        let object = self.types.object;
        let bases: Vec<ObjRef> = if bases.is_empty() {
            vec![object]
        } else {
            bases.to_vec()
        };
        for &b in &bases {
            if !matches!(self.heap.get(b), Obj::Class(_)) {
                return Err(self.type_error("bases must be types"));
            }
            if b == self.types.bool_ {
                return Err(self.type_error("type 'bool' is not an acceptable base type"));
            }
        }
        let mro_tail = self.c3_merge(&bases)?;
        // Layout: exceptions, built-in subclass, or plain object.
        let mut kind = BaseKind::Object;
        let mut builtin_base = None;
        let mut has_getattr = false;
        let mut has_setattr = false;
        let mut has_getattribute = false;
        for &c in &mro_tail {
            if let Obj::Class(cls) = self.heap.get(c) {
                if cls.kind == BaseKind::Exception {
                    kind = BaseKind::Exception;
                    break;
                }
                if c != object && (cls.kind == BaseKind::Native || cls.kind == BaseKind::Builtin) {
                    kind = BaseKind::Builtin;
                    builtin_base = cls.builtin_base;
                    break;
                }
            }
        }
        for &c in &mro_tail {
            if let Obj::Class(cls) = self.heap.get(c) {
                has_getattr |= cls.has_getattr;
                has_setattr |= cls.has_setattr;
                has_getattribute |= cls.has_getattribute;
            }
        }
        {
            use crate::qstr::q;
            let has = |n| self.dict_get_qstr_raw(&dict, n).is_some();
            has_getattr |= has(q::__getattr__);
            has_getattribute |= has(q::__getattribute__);
            has_setattr |= has(q::__setattr__) || has(q::__delattr__);
        }
        let mut dict = dict;
        {
            // Defining __eq__ without __hash__ makes instances unhashable.
            use crate::qstr::q;
            if self.dict_get_qstr_raw(&dict, q::__eq__).is_some()
                && self.dict_get_qstr_raw(&dict, q::__hash__).is_none()
            {
                let h = self.interner.hash(q::__hash__);
                dict.insert_new(h, Value::Str(q::__hash__), Value::None);
            }
            // __init_subclass__ and __class_getitem__ are implicit classmethods.
            let cgi = self.interner.intern_static("__class_getitem__");
            for name in [q::__init_subclass__, cgi] {
                let h = self.interner.hash(name);
                if let crate::objdict::Find::Found(i) =
                    dict.find(h, |k| Some(self.str_key_eq(k, name)))
                {
                    let f = dict.value_at(i);
                    if matches!(f, Value::Obj(o) if matches!(self.heap.get(o), Obj::Function(_))) {
                        let cm = self.alloc(Obj::ClassMethod(f))?;
                        dict.set_value_at(i, Value::Obj(cm));
                    }
                }
            }
        }
        let class = Class {
            name,
            qualname: Value::Str(name),
            bases,
            mro: Vec::new(),
            dict,
            natives: Vec::new(),
            statics: crate::object::NativeTables::NONE,
            kind,
            metaclass,
            builtin_base,
            has_getattr,
            has_setattr,
            has_getattribute,
            instance_attrs: 0,
        };
        let r = self.alloc(Obj::Class(Box::new(class)))?;
        let mut mro = vec![r];
        mro.extend(mro_tail);
        if let Obj::Class(c) = self.heap.get_mut(r) {
            c.mro = mro;
        }
        Ok(r)
    }

    /// C3 linearisation of the bases (without the class itself).
    fn c3_merge(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let name = String::from(self.class_name(b));
                return Err(self.type_error(alloc::format!("duplicate base class {name}")));
            }
        }
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| self.mro(b).to_vec()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut candidate = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    candidate = Some(head);
                    break;
                }
            }
            let head = match candidate {
                Some(h) => h,
                None => {
                    // As CPython: the distinct heads of the sequences left to merge.
                    let mut heads: Vec<ObjRef> = Vec::new();
                    for s in &seqs {
                        if !heads.contains(&s[0]) {
                            heads.push(s[0]);
                        }
                    }
                    let names: Vec<String> = heads
                        .iter()
                        .map(|&b| String::from(self.class_name(b)))
                        .collect();
                    return Err(self.type_error(alloc::format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    )));
                }
            };
            out.push(head);
            for s in &mut seqs {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }
}
