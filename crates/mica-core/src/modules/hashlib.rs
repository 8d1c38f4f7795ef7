//! `hashlib`: SHA-1, SHA-2 (224/256/384/512) and MD5 hash objects with
//! `update`/`digest`/`hexdigest`/`copy`, and `hashlib.new(name)`. Each algorithm is a
//! class whose instances carry the running hash state.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use sha2::Digest;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, kwarg, method, native_class, set, static_method};

#[derive(Clone)]
enum State {
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Md5(md5::Md5),
}

/// (name, digest size, block size)
const ALGOS: &[(&str, i64, i64)] = &[
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("md5", 16, 64),
];

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            "md5" => State::Md5(md5::Md5::new()),
            _ => return None,
        })
    }

    fn update(&mut self, d: &[u8]) {
        match self {
            State::Sha1(h) => h.update(d),
            State::Sha224(h) => h.update(d),
            State::Sha256(h) => h.update(d),
            State::Sha384(h) => h.update(d),
            State::Sha512(h) => h.update(d),
            State::Md5(h) => h.update(d),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Md5(h) => h.finalize().to_vec(),
        }
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let mut names = Vec::new();
    for &(name, size, block) in ALGOS {
        let q = vm.interner.intern(name);
        let _ = q;
        let class = native_class(vm, name)?;
        set(vm, d, name, Value::Obj(class))?;
        static_method(vm, class, "__new__", hash_new)?;
        method(vm, class, "update", |vm, a, _| {
            let v = arg(vm, a, 1, "update")?;
            let data = data_of(vm, v)?;
            with_state(vm, a[0], |s| s.update(&data))?;
            Ok(Value::None)
        })?;
        method(vm, class, "digest", |vm, a, _| {
            let dg = with_state(vm, a[0], |s| s.digest())?;
            vm.new_bytes(dg)
        })?;
        method(vm, class, "hexdigest", |vm, a, _| {
            let dg = with_state(vm, a[0], |s| s.digest())?;
            let s: String = dg.iter().map(|b| alloc::format!("{b:02x}")).collect();
            vm.new_str(s)
        })?;
        method(vm, class, "copy", |vm, a, _| {
            let st = with_state(vm, a[0], |s| s.clone())?;
            let class = vm.type_of(a[0]);
            new_obj(vm, class, st)
        })?;
        let nq = vm.intern_value(name);
        let k = vm.interner.intern_static("name");
        vm.class_set_attr(class, k, nq);
        let k = vm.interner.intern_static("digest_size");
        vm.class_set_attr(class, k, Value::Int(size));
        let k = vm.interner.intern_static("block_size");
        vm.class_set_attr(class, k, Value::Int(block));
        names.push(nq);
    }
    let avail = vm.new_tuple(names)?;
    set(vm, d, "algorithms_guaranteed", avail)?;
    set(vm, d, "algorithms_available", avail)?;
    super::def(vm, d, "new", |vm, a, kw| {
        let n = arg(vm, a, 0, "new")?;
        let name = vm.expect_str(n, "new() argument 'name'")?;
        let lower = name.to_ascii_lowercase();
        let Some(st) = State::new(&lower) else {
            return Err(vm.value_error(alloc::format!("unsupported hash type {name}")));
        };
        let q = vm.interner.intern(&lower);
        let class = find_class(vm, q)?;
        let obj = new_obj(vm, class, st)?;
        if let Some(v) = a.get(1).copied().or_else(|| kwarg(vm, kw, "data")) {
            let data = data_of(vm, v)?;
            with_state(vm, obj, |s| s.update(&data))?;
        }
        Ok(obj)
    })?;
    Ok(())
}

/// The class of algorithm `name` from the `hashlib` module in `sys.modules`.
fn find_class(vm: &mut Vm, name: QStr) -> PyResult<ObjRef> {
    let m = vm.intern_value("hashlib");
    let module = vm.dict_get_item(Value::Obj(vm.modules), m)?;
    if let Some(md) = module.and_then(|m| vm.module_dict(m)) {
        if let Some(Value::Obj(c)) = vm.dict_get_str(md, name) {
            return Ok(c);
        }
    }
    Err(vm.runtime_error("hashlib module state lost"))
}

fn data_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    vm.bytes_like(v)
}

fn hash_new(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let class = match a.first().and_then(|v| v.as_obj()) {
        Some(c) => c,
        None => return Err(vm.type_error("hash constructor needs its class")),
    };
    let name = match vm.heap.get(class) {
        Obj::Class(c) => c.name,
        _ => return Err(vm.type_error("hash constructor needs its class")),
    };
    // Subclasses keep the algorithm of the built-in class they derive from.
    let base = match vm.heap.get(class) {
        Obj::Class(c) => c.builtin_base.unwrap_or(class),
        _ => class,
    };
    let bname = match vm.heap.get(base) {
        Obj::Class(c) => c.name,
        _ => name,
    };
    let algo = String::from(vm.interner.get(bname));
    let Some(st) = State::new(&algo) else {
        return Err(vm.type_error("unknown hash algorithm"));
    };
    let obj = new_obj(vm, class, st)?;
    if let Some(v) = a.get(1).copied().or_else(|| kwarg(vm, kw, "data")) {
        let data = data_of(vm, v)?;
        with_state(vm, obj, |s| s.update(&data))?;
    }
    Ok(obj)
}

fn new_obj(vm: &mut Vm, class: ObjRef, st: State) -> PyResult<Value> {
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(st),
        refs: Vec::new(),
    })))?;
    Ok(Value::Obj(r))
}

fn with_state<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut State) -> T) -> PyResult<T> {
    if let Some(r) = v.as_obj() {
        if let Obj::Host(h) = vm.heap.get_mut(r) {
            if let Some(s) = h.data.downcast_mut::<State>() {
                return Ok(f(s));
            }
        }
    }
    Err(vm.type_error("not a hash object"))
}
