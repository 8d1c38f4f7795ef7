//! Constructors (`__new__`) and the core methods of the built-in types, registered into
//! their class dicts at start-up.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{native_table, NativeDef};
use crate::object::{IterObj, Obj, SuperObj};
use crate::objstr::kwarg;
use crate::ops::Num;
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

pub fn register(vm: &mut Vm) -> PyResult<()> {
    let t = |vm: &Vm| (vm.types.object, vm.types.type_);
    let (object, type_) = t(vm);
    static BUILTIN_TYPES_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", object_new),
        NativeDef::method("__init__", object_init),
        NativeDef::method("__eq__", |_, a, _| {
            Ok(if a.len() == 2 && a[0].is(a[1]) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            })
        }),
        NativeDef::method("__ne__", |vm, a, _| {
            if a.len() != 2 {
                return Ok(Value::NotImplemented);
            }
            let r = vm.compare_op(a[0], a[1], 2)?;
            if matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            Ok(Value::Bool(!vm.truthy(r)?))
        }),
        NativeDef::method("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(a[0])?))),
        NativeDef::method("__repr__", |vm, a, _| vm.default_repr(a[0])),
        NativeDef::method("__str__", |vm, a, _| {
            // `repr(v)` (a Python `__repr__` included), except that a str (subclass) is
            // itself; never `v`'s own `__str__`, which may be the caller.
            let b = vm.base_value(a[0]);
            if vm.is_str(b) {
                return vm.str_of(b);
            }
            vm.repr_of(a[0])
        }),
        NativeDef::method("__setattr__", |vm, a, _| {
            let n = attr_name(vm, a, 3)?;
            vm.generic_set_attr(a[0], n, a[2])?;
            Ok(Value::None)
        }),
        NativeDef::method("__getattribute__", |vm, a, _| {
            let n = attr_name(vm, a, 2)?;
            match vm.generic_get_attr(a[0], n)? {
                Some(v) => Ok(v),
                None => Err(vm.no_attribute(a[0], n)),
            }
        }),
        NativeDef::method("__delattr__", |vm, a, _| {
            let n = attr_name(vm, a, 2)?;
            vm.generic_del_attr(a[0], n)?;
            Ok(Value::None)
        }),
        NativeDef::method("__format__", |vm, a, _| {
            let spec = a.get(1).copied().unwrap_or(Value::Null);
            if vm.str_ref(spec).map(|s| !s.is_empty()).unwrap_or(false) {
                let tn = vm.type_name(a[0]);
                return Err(vm.type_error(alloc::format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
            vm.str_of(a[0])
        }),
        NativeDef::class_method("__init_subclass__", |vm, a, kw| {
            if !kw.is_empty() {
                let cn = match a.first() {
                    Some(&Value::Obj(c)) => match vm.heap.get(c) {
                        Obj::Class(c) => String::from(vm.interner.get(c.name)),
                        _ => String::from("object"),
                    },
                    _ => String::from("object"),
                };
                return Err(vm.type_error(alloc::format!(
                    "{cn}.__init_subclass__() takes no keyword arguments"
                )));
            }
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(object, BUILTIN_TYPES_NATIVES_1);
    static BUILTIN_TYPES_NATIVES_2: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", type_new),
        NativeDef::method("__call__", |vm, a, kw| {
            let c = match a.first() {
                Some(Value::Obj(r)) => *r,
                _ => return Err(vm.type_error("type.__call__ needs a class")),
            };
            vm.construct(c, &a[1..], kw)
        }),
        NativeDef::method("__init__", |_, _, _| Ok(Value::None)),
        NativeDef::method("mro", |vm, a, _| {
            let c = a[0].as_obj().unwrap_or(vm.types.object);
            let m: Vec<Value> = vm.mro(c).iter().map(|&x| Value::Obj(x)).collect();
            vm.new_list(m)
        }),
        NativeDef::method("__subclasses__", |vm, _, _| vm.new_list(Vec::new())),
    ]);
    vm.add_native_table(type_, BUILTIN_TYPES_NATIVES_2);

    let ty = vm.types.int;
    static BUILTIN_TYPES_NATIVES_3: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", int_new),
        NativeDef::method("bit_length", |vm, a, _| {
            let b = vm.to_bigint(a[0]).unwrap_or_default();
            Ok(Value::Int(b.bits() as i64))
        }),
        NativeDef::method("to_bytes", int_to_bytes),
        NativeDef::class_method("from_bytes", int_from_bytes),
        NativeDef::method("__index__", |_, a, _| {
            Ok(match a[0] {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            })
        }),
        NativeDef::method("__int__", |_, a, _| {
            Ok(match a[0] {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            })
        }),
        NativeDef::method("conjugate", |vm, a, _| {
            vm.new_bigint(vm.to_bigint(a[0]).unwrap_or_default())
        }),
        NativeDef::method("bit_count", |vm, a, _| {
            let b = vm.to_bigint(a[0]).unwrap_or_default();
            let n: u64 = b.iter_u64_digits().map(|d| d.count_ones() as u64).sum();
            Ok(Value::Int(n as i64))
        }),
        NativeDef::method("as_integer_ratio", |vm, a, _| {
            let n = vm.new_bigint(vm.to_bigint(a[0]).unwrap_or_default())?;
            vm.new_tuple(vec![n, Value::Int(1)])
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_3);
    let ty = vm.types.bool_;
    static BUILTIN_TYPES_NATIVES_4: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, _| {
            match a.get(1) {
                _ if a.len() > 2 => Err(vm.type_error(alloc::format!(
                    "bool expected at most 1 argument, got {}",
                    a.len() - 1
                ))),
                Some(&v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_4);
    let ty = vm.types.float;
    static BUILTIN_TYPES_NATIVES_5: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", float_new),
        NativeDef::method("is_integer", |vm, a, _| {
            let f = vm.to_float(a[0])?;
            Ok(Value::Bool(crate::floatfmt::float_is_integer(f)))
        }),
        NativeDef::method("__int__", |vm, a, _| {
            int_new(vm, &[Value::Obj(vm.types.int), a[0]], &[])
        }),
        NativeDef::method("__float__", |vm, a, _| Ok(Value::Float(vm.to_float(a[0])?))),
        NativeDef::method("hex", |vm, a, _| {
            let f = vm.to_float(a[0])?;
            vm.new_str(crate::floatfmt::float_hex(f))
        }),
        NativeDef::class_method("fromhex", |vm, a, _| {
            let s = match a.get(1).and_then(|&v| vm.str_ref(v)) {
                Some(s) => String::from(s),
                None => {
                    let tn = a.get(1).map(|&v| vm.type_name(v)).unwrap_or_default();
                    return Err(
                        vm.type_error(alloc::format!("fromhex() argument must be str, not {tn}"))
                    );
                }
            };
            let f = match crate::floatfmt::float_fromhex(&s) {
                Ok(f) => f,
                Err(crate::floatfmt::FromHexError::TooLarge) => {
                    return Err(
                        vm.overflow_error("hexadecimal value too large to represent as a float")
                    )
                }
                Err(_) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
            };
            let v = Value::Float(f);
            if matches!(a[0], Value::Obj(c) if c == vm.types.float) {
                Ok(v)
            } else {
                vm.call(a[0], &[v])
            }
        }),
        NativeDef::method("conjugate", |vm, a, _| Ok(Value::Float(vm.to_float(a[0])?))),
        NativeDef::method("as_integer_ratio", |vm, a, _| {
            let f = vm.to_float(a[0])?;
            match crate::floatfmt::float_as_integer_ratio(f) {
                Some((n, d)) => {
                    let n = vm.new_bigint(n)?;
                    let d = vm.new_bigint(d)?;
                    vm.new_tuple(vec![n, d])
                }
                None if f.is_nan() => Err(vm.value_error("cannot convert NaN to integer ratio")),
                None => Err(vm.overflow_error("cannot convert Infinity to integer ratio")),
            }
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_5);
    let ty = vm.types.complex;
    static BUILTIN_TYPES_NATIVES_6: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", complex_new),
        NativeDef::method("conjugate", |vm, a, _| match vm.to_num(a[0]) {
            Some(Num::Complex(r, i)) => vm.num_value(Num::Complex(r, -i)),
            _ => Ok(a[0]),
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_6);

    crate::num_methods::register(vm, vm.types.int, 0);
    crate::num_methods::register(vm, vm.types.float, 1);
    crate::num_methods::register(vm, vm.types.complex, 2);
    let ty = vm.types.str_;
    static BUILTIN_TYPES_NATIVES_7: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", str_new)]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_7);
    crate::strtype::register(vm, ty);
    let ty = vm.types.list;
    static BUILTIN_TYPES_NATIVES_8: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, kw| {
            // As for dict: fill here unless a subclass's own `__init__` will (and then
            // accept whatever arguments that `__init__` takes).
            let native_init = has_native_init(vm, a);
            if native_init && !kw.is_empty() {
                return Err(vm.type_error("list() takes no keyword arguments"));
            }
            if a.len() > 2 && native_init {
                return Err(vm.type_error(alloc::format!(
                    "list expected at most 1 argument, got {}",
                    a.len() - 1
                )));
            }
            let items = match a.get(1) {
                Some(&v) if native_init => vm.iterate_to_vec(v)?,
                _ => Vec::new(),
            };
            let l = vm.new_list(items)?;
            wrap_subclass(vm, a[0], l)
        }),
        NativeDef::method("__init__", |vm, a, _| {
            let l = match vm.list_ref(a[0]) {
                Some(r) => Value::Obj(r),
                None => return Err(vm.type_error("descriptor '__init__' requires a 'list' object")),
            };
            let items = match a.get(1) {
                Some(&v) => vm.iterate_to_vec(v)?,
                None => Vec::new(),
            };
            if let Value::Obj(r) = l {
                if let Obj::List(v) = vm.heap.get_mut(r) {
                    v.clear();
                }
            }
            for it in items {
                vm.list_append(l, it)?;
            }
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_8);
    crate::listtype::register(vm, ty);
    crate::seq_methods::register(vm, ty, true);
    let ty = vm.types.tuple;
    static BUILTIN_TYPES_NATIVES_9: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, _| {
            if a.len() > 2 {
                return Err(vm.type_error(alloc::format!(
                    "tuple expected at most 1 argument, got {}",
                    a.len() - 1
                )));
            }
            let exact = matches!(a[0], Value::Obj(c) if c == vm.types.tuple);
            if let (true, Some(&Value::Obj(r))) = (exact, a.get(1)) {
                if matches!(vm.heap.get(r), Obj::Tuple(_)) {
                    return Ok(a[1]);
                }
            }
            let items = match a.get(1) {
                Some(&v) => vm.iterate_to_vec(v)?,
                None => Vec::new(),
            };
            let t = vm.new_tuple(items)?;
            wrap_subclass(vm, a[0], t)
        }),
        NativeDef::method("index", |vm, a, _| seq_index_of(vm, a)),
        NativeDef::method("count", |vm, a, _| seq_count(vm, a)),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_9);
    crate::seq_methods::register(vm, ty, false);
    let ty = vm.types.dict;
    static BUILTIN_TYPES_NATIVES_10: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, kw| {
            let d = vm.new_dict()?;
            // The native `__init__` is skipped by `construct`, so fill the dict here
            // unless a subclass overrides `__init__`.
            let native_init = match a.first() {
                Some(&Value::Obj(c)) => matches!(
                    vm.class_lookup(c, q::__init__),
                    Some(Value::Obj(f)) if matches!(vm.heap.get(f), Obj::Native(_))
                ),
                _ => true,
            };
            if native_init {
                vm.temp_roots.push(d);
                let r = dict_init(vm, d, &a[1..], kw);
                vm.temp_roots.pop();
                r?;
            }
            wrap_subclass(vm, a[0], d)
        }),
        NativeDef::method("__init__", |vm, a, kw| {
            dict_init(vm, a[0], &a[1..], kw)?;
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_10);
    crate::dicttype::register(vm, ty);
    for frozen in [false, true] {
        let ty = if frozen {
            vm.types.frozenset
        } else {
            vm.types.set
        };
        static SET_NEW: &[NativeDef] =
            &native_table([NativeDef::static_method("__new__", set_new)]);
        static FROZENSET_NEW: &[NativeDef] =
            &native_table([NativeDef::static_method("__new__", frozenset_new)]);
        vm.add_native_table(ty, if frozen { FROZENSET_NEW } else { SET_NEW });
        if !frozen {
            static BUILTIN_TYPES_NATIVES_12: &[NativeDef] =
                &native_table([NativeDef::method("__init__", set_init)]);
            vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_12);
        }
        crate::settype::register(vm, ty);
    }
    crate::objrange::register(vm);
    let ty = vm.types.slice;
    static BUILTIN_TYPES_NATIVES_13: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, _| {
            let (s, e, st) = match a.len() {
                2 => (Value::None, a[1], Value::None),
                3 => (a[1], a[2], Value::None),
                4 => (a[1], a[2], a[3]),
                1 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
                n => {
                    return Err(vm.type_error(alloc::format!(
                        "slice expected at most 3 arguments, got {}",
                        n - 1
                    )))
                }
            };
            Ok(Value::Obj(vm.alloc(Obj::Slice(Box::new([s, e, st])))?))
        }),
        NativeDef::method("indices", |vm, a, _| {
            let s = a[0].as_obj().unwrap_or(vm.builtins);
            let n = vm.to_index(a[1])?;
            let (start, stop, step, _) = vm.slice_bounds(s, n.max(0) as usize)?;
            vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)])
        }),
    ]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_13);
    crate::bytestype::register(vm)?;
    let ty = vm.types.property;
    static BUILTIN_TYPES_NATIVES_14: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            // A subclass's own `__init__` takes what it likes (CPython's `property`
            // takes its arguments in `__init__`); `property(...)` itself is checked.
            if a.first()
                .is_some_and(|c| c.is(Value::Obj(vm.types.property)))
            {
                if a.len() > 5 {
                    return Err(vm.type_error(alloc::format!(
                        "property() takes at most 4 arguments ({} given)",
                        a.len() - 1
                    )));
                }
                let doc_q = vm.interner.intern_static("doc");
                let known = [q::fget, q::fset, q::fdel, doc_q];
                if let Some(&(k, _)) = kw.iter().find(|(k, _)| !known.contains(k)) {
                    let k = String::from(vm.interner.get(k));
                    return Err(vm.type_error(alloc::format!(
                        "'{k}' is an invalid keyword argument for property()"
                    )));
                }
            }
            let mut p = [Value::None; 4];
            for (slot, &v) in p.iter_mut().zip(a.iter().skip(1)) {
                *slot = v;
            }
            if let Some(v) = kwarg(kw, q::fget) {
                p[0] = v;
            }
            if let Some(v) = kwarg(kw, q::fset) {
                p[1] = v;
            }
            if let Some(v) = kwarg(kw, q::fdel) {
                p[2] = v;
            }
            let doc_q = vm.interner.intern_static("doc");
            if let Some(v) = kwarg(kw, doc_q) {
                p[3] = v;
            }
            if p[3].is_none() && !p[0].is_none() {
                p[3] = vm.get_attr_opt(p[0], q::__doc__)?.unwrap_or(Value::None);
            }
            Ok(Value::Obj(vm.alloc(Obj::Property(Box::new(p)))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_14);
    for (name, idx) in [("getter", 0usize), ("setter", 1), ("deleter", 2)] {
        let f: crate::vm::NativeFn = match idx {
            0 => |vm, a, _| prop_with(vm, a, 0),
            1 => |vm, a, _| prop_with(vm, a, 1),
            _ => |vm, a, _| prop_with(vm, a, 2),
        };
        vm.add_method(ty, name, f);
    }
    static BUILTIN_TYPES_NATIVES_15: &[NativeDef] =
        &native_table([NativeDef::method("__get__", |vm, a, _| {
            if a.get(1).map(|v| v.is_none()).unwrap_or(true) {
                return Ok(a[0]);
            }
            let fget = match vm.heap.get(a[0].as_obj().unwrap_or(vm.builtins)) {
                Obj::Property(p) => p[0],
                _ => Value::None,
            };
            vm.call(fget, &[a[1]])
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_15);
    let ty = vm.types.staticmethod;
    static BUILTIN_TYPES_NATIVES_16: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            let ty = vm.types.staticmethod;
            wrapper_args(vm, a, kw, ty, "staticmethod")?;
            let f = a.get(1).copied().unwrap_or(Value::None);
            Ok(Value::Obj(vm.alloc(Obj::StaticMethod(f))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_16);
    let ty = vm.types.classmethod;
    static BUILTIN_TYPES_NATIVES_17: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            let ty = vm.types.classmethod;
            wrapper_args(vm, a, kw, ty, "classmethod")?;
            let f = a.get(1).copied().unwrap_or(Value::None);
            Ok(Value::Obj(vm.alloc(Obj::ClassMethod(f))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_17);
    let ty = vm.types.super_;
    static BUILTIN_TYPES_NATIVES_18: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", super_new)]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_18);
    let ty = vm.types.enumerate;
    static BUILTIN_TYPES_NATIVES_19: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            // `enumerate(iterable, start=0)`, both also by keyword (the signature in
            // `native_arity` refuses other keywords and a third argument).
            let iterable_q = vm.interner.intern_static("iterable");
            let (by_name, start_by_name) = (kwarg(kw, iterable_q), kwarg(kw, q::start));
            let iterable = match (a.get(1).copied(), by_name) {
                (Some(_), Some(_)) => {
                    return Err(vm.type_error(
                        "argument for enumerate() given by name ('iterable') and position (1)",
                    ))
                }
                (Some(v), None) | (None, Some(v)) => v,
                (None, None) => {
                    return Err(vm.type_error("enumerate() missing required argument 'iterable'"))
                }
            };
            if a.len() > 2 && start_by_name.is_some() {
                let given = a.len() - 1 + kw.len();
                return Err(vm.type_error(alloc::format!(
                    "enumerate() takes at most 2 arguments ({given} given)"
                )));
            }
            let start = a.get(2).copied().or(start_by_name).unwrap_or(Value::Int(0));
            // The count is an int: `True` counts from 1, an `__index__` gives its int.
            let start = match start {
                Value::Bool(b) => Value::Int(b as i64),
                v if vm.is_int(v) => vm.base_value(v),
                v if vm.lookup_special(v, q::__index__).is_some() => {
                    let r = vm.call_method(v, q::__index__, &[])?;
                    if !vm.is_int(r) {
                        let tn = vm.type_name(r);
                        return Err(
                            vm.type_error(alloc::format!("__index__ returned non-int (type {tn})"))
                        );
                    }
                    r
                }
                v => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(alloc::format!(
                        "'{tn}' object cannot be interpreted as an integer"
                    )));
                }
            };
            vm.temp_roots.push(start);
            let it = vm.get_iter(iterable);
            vm.temp_roots.pop();
            let it = it?;
            Ok(Value::Obj(vm.alloc(Obj::Iter(Box::new(
                IterObj::Enumerate {
                    iter: it,
                    count: start,
                },
            )))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_19);
    let ty = vm.types.zip;
    static BUILTIN_TYPES_NATIVES_20: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, kw| {
            let strict_q = vm.interner.intern_static("strict");
            let strict = match kwarg(kw, strict_q) {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut iters = Vec::new();
            for &x in &a[1..] {
                let it = vm.get_iter(x)?;
                vm.temp_roots.push(it);
                iters.push(it);
            }
            let n = vm.temp_roots.len() - iters.len();
            vm.temp_roots.truncate(n);
            Ok(Value::Obj(vm.alloc(Obj::Iter(Box::new(IterObj::Zip {
                iters,
                strict,
            })))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_20);
    let ty = vm.types.map;
    static BUILTIN_TYPES_NATIVES_21: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, _| {
            if a.len() < 3 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::new();
            for &x in &a[2..] {
                let it = vm.get_iter(x)?;
                vm.temp_roots.push(it);
                iters.push(it);
            }
            let n = vm.temp_roots.len() - iters.len();
            vm.temp_roots.truncate(n);
            Ok(Value::Obj(vm.alloc(Obj::Iter(Box::new(IterObj::Map {
                func: a[1],
                iters,
            })))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_21);
    let ty = vm.types.filter;
    static BUILTIN_TYPES_NATIVES_22: &[NativeDef] =
        &native_table([NativeDef::static_method("__new__", |vm, a, _| {
            if a.len() != 3 {
                return Err(vm.type_error(alloc::format!(
                    "filter expected 2 arguments, got {}",
                    a.len() - 1
                )));
            }
            let it = vm.get_iter(a[2])?;
            Ok(Value::Obj(vm.alloc(Obj::Iter(Box::new(
                IterObj::Filter {
                    func: a[1],
                    iter: it,
                },
            )))?))
        })]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_22);
    let ty = vm.types.reversed;
    static BUILTIN_TYPES_NATIVES_23: &[NativeDef] = &native_table([NativeDef::static_method(
        "__new__",
        |vm, a, _| {
            let v = match a.get(1) {
                Some(&v) => v,
                None => return Err(vm.type_error("reversed expected 1 argument, got 0")),
            };
            if let Some(m) = vm.lookup_special(v, q::__reversed__) {
                if !matches!(m, Value::Obj(f) if matches!(vm.heap.get(f), Obj::Native(_))) {
                    return vm.call(m, &[v]);
                }
            }
            if let Some(items) = dict_like_items(vm, v)? {
                let mut items = items;
                items.reverse();
                let l = vm.new_list(items)?;
                return vm.get_iter(l);
            }
            let is_seq = vm.str_ref(v).is_some()
                || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Str(_)))
                || (vm.lookup_special(v, q::__getitem__).is_some()
                    && vm.lookup_special(v, q::__len__).is_some());
            if !is_seq {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!("'{tn}' object is not reversible")));
            }
            let n = vm.len_of(v)?;
            Ok(Value::Obj(vm.alloc(Obj::Iter(Box::new(
                IterObj::Reversed { seq: v, index: n },
            )))?))
        },
    )]);
    vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_23);
    for ty in [
        vm.types.iterator,
        vm.types.enumerate,
        vm.types.zip,
        vm.types.map,
        vm.types.filter,
        vm.types.reversed,
        vm.types.generator,
    ] {
        static BUILTIN_TYPES_NATIVES_24: &[NativeDef] = &native_table([
            NativeDef::method("__iter__", |_, a, _| Ok(a[0])),
            NativeDef::method("__next__", |vm, a, _| match vm.iter_next(a[0])? {
                Some(v) => Ok(v),
                None => {
                    let v = core::mem::replace(&mut vm.last_stop_value, Value::None);
                    Err(vm.stop_iteration(v))
                }
            }),
        ]);
        vm.add_native_table(ty, BUILTIN_TYPES_NATIVES_24);
    }
    crate::gentype::register(vm);
    crate::exctype::register(vm);
    Ok(())
}

/// The attribute-name argument of `object.__getattribute__` and friends.
fn attr_name(vm: &mut Vm, a: Args, n: usize) -> PyResult<QStr> {
    if a.len() != n {
        return Err(vm.type_error(alloc::format!(
            "expected {} arguments, got {}",
            n - 1,
            a.len().saturating_sub(1)
        )));
    }
    match vm.intern_str_value(a[1]) {
        Some(q) => Ok(q),
        None => {
            let tn = vm.type_name(a[1]);
            Err(vm.type_error(alloc::format!("attribute name must be string, not '{tn}'")))
        }
    }
}

/// The elements of a dict (its keys) or of a dict view, for `reversed`.
fn dict_like_items(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<Value>>> {
    if let Some(d) = vm.dict_ref(v) {
        if matches!(vm.heap.get(d), Obj::Dict(_)) {
            let items =
                crate::objdict_methods::view_items(vm, d, crate::object::DictViewKind::Keys)?;
            return Ok(Some(items));
        }
    }
    if let Value::Obj(r) = v {
        if let Obj::DictView(d, kind) = vm.heap.get(r) {
            let (d, kind) = (*d, *kind);
            return Ok(Some(crate::objdict_methods::view_items(vm, d, kind)?));
        }
    }
    Ok(None)
}

/// `dict(mapping_or_pairs, **kw)` filling `d`.
fn dict_init(vm: &mut Vm, d: Value, a: Args, kw: Kw) -> PyResult<()> {
    if a.len() > 1 {
        return Err(vm.type_error(alloc::format!(
            "dict expected at most 1 argument, got {}",
            a.len()
        )));
    }
    if let Some(&src) = a.first() {
        vm.dict_update(d, src, false)?;
    }
    for &(k, v) in kw {
        vm.dict_set_item(d, Value::Str(k), v)?;
    }
    Ok(())
}

/// The `format(value, spec='')` built-in.
pub(crate) fn builtin_format(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "format expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let spec = match a.get(1) {
        None => String::new(),
        Some(&s) => match vm.str_ref(s) {
            Some(t) => String::from(t),
            None => {
                let tn = vm.type_name(s);
                return Err(
                    vm.type_error(alloc::format!("format() argument 2 must be str, not {tn}"))
                );
            }
        },
    };
    crate::objstr::format_with_spec(vm, a[0], &spec)
}

/// For `list.__new__(MyList)`-style calls: wrap the built-in value in an instance.
pub fn wrap_subclass(vm: &mut Vm, cls: Value, base: Value) -> PyResult<Value> {
    let c = match cls {
        Value::Obj(r) => r,
        _ => return Ok(base),
    };
    let is_builtin =
        matches!(vm.heap.get(c), Obj::Class(cl) if cl.kind == crate::object::BaseKind::Native);
    if is_builtin {
        return Ok(base);
    }
    vm.temp_roots.push(base);
    let inst = vm.new_instance(c);
    vm.temp_roots.pop();
    let inst = inst?;
    if let Value::Obj(r) = inst {
        if let Obj::Instance(i) = vm.heap.get_mut(r) {
            i.base = base;
        }
    }
    Ok(inst)
}

/// `staticmethod(f)` / `classmethod(f)` (class `ty` itself, not a subclass, whose own
/// `__init__` takes what it likes): one argument, no keywords.
fn wrapper_args(vm: &mut Vm, a: Args, kw: Kw, ty: ObjRef, name: &str) -> PyResult<()> {
    if !a.first().is_some_and(|c| c.is(Value::Obj(ty))) {
        return Ok(());
    }
    if !kw.is_empty() {
        return Err(vm.type_error(alloc::format!("{name}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(vm.type_error(alloc::format!(
            "{name} expected 1 argument, got {}",
            a.len() - 1
        )));
    }
    Ok(())
}

fn prop_with(vm: &mut Vm, a: Args, idx: usize) -> PyResult<Value> {
    let mut p = match vm.heap.get(a[0].as_obj().unwrap_or(vm.builtins)) {
        Obj::Property(p) => **p,
        _ => [Value::None; 4],
    };
    p[idx] = a.get(1).copied().unwrap_or(Value::None);
    Ok(Value::Obj(vm.alloc(Obj::Property(Box::new(p)))?))
}

/// Whether class `c` has `object`'s own `name` (`__new__` or `__init__`).
fn inherits_object_method(vm: &mut Vm, c: ObjRef, name: QStr) -> bool {
    let obj = vm.types.object;
    match (vm.class_lookup(c, name), vm.class_lookup(obj, name)) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    }
}

/// `object.__init__(self, *args, **kwargs)`: arguments are refused as CPython does,
/// unless the class has its own `__new__` (which took them) and not its own `__init__`.
fn object_init(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() <= 1 && kw.is_empty() {
        return Ok(Value::None);
    }
    let Some(&this) = a.first() else {
        return Ok(Value::None);
    };
    let c = vm.type_of(this);
    if !inherits_object_method(vm, c, q::__init__) {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if inherits_object_method(vm, c, q::__new__) {
        let name = String::from(vm.class_name(c));
        return Err(vm.type_error(alloc::format!(
            "{name}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    match a.first() {
        Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => {
            // Arguments are refused as CPython does, unless the class has its own
            // `__init__` (which takes them) and not its own `__new__`.
            if a.len() > 1 || !kw.is_empty() {
                if !inherits_object_method(vm, c, q::__new__) {
                    return Err(vm.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if inherits_object_method(vm, c, q::__init__) {
                    let name = String::from(vm.class_name(c));
                    return Err(vm.type_error(alloc::format!("{name}() takes no arguments")));
                }
            }
            let base = vm.heap.get(c);
            if let Obj::Class(cl) = base {
                if cl.kind == crate::object::BaseKind::Builtin {
                    // A subclass of a built-in whose __new__ was bypassed: build the base.
                    if let Some(bb) = cl.builtin_base {
                        let bv = vm.call(Value::Obj(bb), &[])?;
                        return wrap_subclass(vm, Value::Obj(c), bv);
                    }
                }
            }
            vm.new_instance(c)
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

fn type_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() == 2 {
        return Ok(Value::Obj(vm.type_of(a[1])));
    }
    if a.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = a[0].as_obj();
    let name = match vm.intern_str_value(a[1]) {
        Some(q) => q,
        None => return Err(vm.type_error("type.__new__() argument 1 must be str")),
    };
    let base_tuple = vm.base_value(a[2]);
    if !matches!(base_tuple, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
        let tn = vm.type_name(a[2]);
        return Err(vm.type_error(alloc::format!(
            "type.__new__() argument 2 must be tuple, not {tn}"
        )));
    }
    let bases: Vec<ObjRef> = vm
        .iterate_to_vec(a[2])?
        .into_iter()
        .filter_map(|v| v.as_obj())
        .collect();
    let dict = match vm.dict_ref(a[3]).map(|r| vm.heap.get(r)) {
        Some(Obj::Dict(d)) => d.clone_shallow(),
        _ => return Err(vm.type_error("type.__new__() argument 3 must be dict")),
    };
    let meta = meta.filter(|&m| m != vm.types.type_);
    let c = vm.new_class(name, &bases, dict, meta)?;
    // Propagate metaclass from bases.
    if meta.is_none() {
        let inherited = bases.iter().find_map(|&b| match vm.heap.get(b) {
            Obj::Class(cl) => cl.metaclass,
            _ => None,
        });
        if let Obj::Class(cl) = vm.heap.get_mut(c) {
            cl.metaclass = inherited;
        }
    }
    if let Obj::Class(cl) = vm.heap.get(c) {
        if let Some(qn) = vm.dict_get_qstr_raw(&cl.dict, q::__qualname__) {
            if let Obj::Class(cl) = vm.heap.get_mut(c) {
                cl.qualname = qn;
            }
        }
    }
    crate::builtins::finish_class(vm, c, kw)?;
    Ok(Value::Obj(c))
}

fn int_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() > 3 {
        return Err(vm.type_error(alloc::format!(
            "int() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let v = a.get(1).copied();
    let base = a.get(2).copied().or_else(|| kwarg(kw, q::base));
    let r = match (v, base) {
        (None, _) => Value::Int(0),
        (Some(v), None) => int_of(vm, v)?,
        (Some(v), Some(b)) => {
            let b = vm.to_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = if let Some(s) = vm.str_ref(v) {
                String::from(s)
            } else if vm.is_bytes_like(v) {
                String::from_utf8_lossy(&vm.bytes_like(v)?).into_owned()
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int_str(vm, &s, b as u32)?
        }
    };
    wrap_subclass(vm, a[0], r)
}

fn parse_int_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    // A long text becomes a big integer (and a working copy while it converts):
    // charge them first. Base 0 reads at most 4 bits a digit (hexadecimal).
    let digits = s.trim_matches(crate::intparse::is_python_space).len();
    if digits > 18 {
        let base = if base == 0 { 16 } else { base };
        vm.room_for(2 * crate::intparse::int_bytes_bound(digits, base))?;
    }
    match crate::intparse::parse_int(s, base) {
        Ok(crate::intparse::IntValue::Small(i)) => Ok(Value::Int(i)),
        Ok(crate::intparse::IntValue::Big(b)) => vm.new_bigint(b),
        Err(_) => {
            let r = crate::repr::repr_str(s);
            Err(vm.value_error(alloc::format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `int(v)`.
pub fn int_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.to_num(v) {
        Some(Num::Int(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(b)) => return vm.new_bigint(b),
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            return match crate::floatfmt::float_to_bigint(libm::trunc(f)) {
                Some(b) => vm.new_bigint(b),
                None => Err(vm.overflow_error("cannot convert float infinity to integer")),
            };
        }
        _ => {}
    }
    if let Some(s) = vm.str_ref(v) {
        let s = String::from(s);
        return parse_int_str(vm, &s, 10);
    }
    if vm.is_bytes_like(v) {
        let s = String::from_utf8_lossy(&vm.bytes_like(v)?).into_owned();
        return parse_int_str(vm, &s, 10);
    }
    for m in [q::__int__, q::__index__] {
        if let Some(f) = vm.lookup_special(v, m) {
            if !matches!(f, Value::Obj(x) if matches!(vm.heap.get(x), Obj::Native(_))) {
                let r = vm.call(f, &[v])?;
                let is_int = match r {
                    Value::Int(_) | Value::Bool(_) => true,
                    Value::Obj(x) => {
                        matches!(vm.heap.get(x), Obj::BigInt(_))
                            || {
                                let b = vm.base_value(r);
                                !b.is(r) && matches!(b, Value::Int(_))
                                    || matches!(b, Value::Obj(y) if matches!(vm.heap.get(y), Obj::BigInt(_)))
                            }
                    }
                    _ => false,
                };
                if !is_int {
                    let tn = vm.type_name(r);
                    let mn = vm.interner.get(m);
                    return Err(vm.type_error(alloc::format!("{mn} returned non-int (type {tn})")));
                }
                return Ok(r);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(alloc::format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

fn float_new(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "float expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let r = match a.get(1).copied() {
        None => Value::Float(0.0),
        Some(v) => {
            if let Some(s) = vm.str_ref(v) {
                let s = String::from(s);
                match crate::floatfmt::parse_float(&s) {
                    Some(f) => Value::Float(f),
                    None => {
                        let r = crate::repr::repr_str(&s);
                        return Err(vm.value_error(alloc::format!(
                            "could not convert string to float: {r}"
                        )));
                    }
                }
            } else if vm.to_num(v).is_some() && !matches!(vm.to_num(v), Some(Num::Complex(..))) {
                Value::Float(vm.to_float(v)?)
            } else if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_) | Obj::ByteArray(_)))
            {
                let text = String::from_utf8_lossy(&vm.bytes_like(v)?).into_owned();
                match crate::floatfmt::parse_float(&text) {
                    Some(f) => Value::Float(f),
                    None => {
                        let r = vm.repr_string(v)?;
                        return Err(vm.value_error(alloc::format!(
                            "could not convert string to float: {r}"
                        )));
                    }
                }
            } else if let Some(m) = vm.lookup_special(v, q::__float__) {
                vm.call(m, &[v])?
            } else if let Some(m) = vm.lookup_special(v, q::__index__) {
                let i = vm.call(m, &[v])?;
                Value::Float(vm.to_float(i)?)
            } else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!(
                    "float() argument must be a string or a real number, not '{tn}'"
                )));
            }
        }
    };
    wrap_subclass(vm, a[0], r)
}

/// Parses `complex("...")`: a real, an imaginary (`[x]j`) or `real±imagj`, optionally in
/// parentheses, with surrounding whitespace only.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut s = s.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let float = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::floatfmt::parse_float(t),
        }
    };
    let body = match s.strip_suffix(['j', 'J']) {
        Some(b) => b,
        None => return Some((crate::floatfmt::parse_float(s)?, 0.0)),
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => {
            let re = crate::floatfmt::parse_float(&body[..i])?;
            let im = &body[i..];
            if im.len() > 1 && matches!(im.as_bytes()[1], b'+' | b'-') {
                return None;
            }
            Some((re, float(im)?))
        }
        None => Some((0.0, float(body)?)),
    }
}

/// A user object given to `complex()`: its `__complex__` (which must return a
/// complex), else `__float__`/`__index__` as a float; other values unchanged.
fn complex_operand(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        return Ok(v);
    }
    if let Some(f) = vm.lookup_special(v, q::__complex__) {
        let r = vm.call(f, &[v])?;
        if !matches!(r, Value::Obj(x) if matches!(vm.heap.get(x), Obj::Complex(..))) {
            let tn = vm.type_name(r);
            return Err(vm.type_error(alloc::format!(
                "__complex__ returned non-complex (type {tn})"
            )));
        }
        return Ok(r);
    }
    if vm.to_num(v).is_none()
        && (vm.lookup_special(v, q::__float__).is_some()
            || vm.lookup_special(v, q::__index__).is_some())
    {
        return Ok(Value::Float(vm.to_float(v)?));
    }
    Ok(v)
}

fn complex_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let re = a.get(1).copied().or_else(|| kwarg(kw, q::real));
    let im = a.get(2).copied().or_else(|| kwarg(kw, q::imag));
    let re = match re {
        Some(v) => Some(complex_operand(vm, v)?),
        None => None,
    };
    let im = match im {
        Some(v) => Some(complex_operand(vm, v)?),
        None => None,
    };
    if let Some(r) = re {
        if let Some(s) = vm.str_ref(r) {
            if im.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            if let Some((x, y)) = parse_complex(s) {
                return Ok(Value::Obj(vm.alloc(Obj::Complex(x, y))?));
            }
            return Err(vm.value_error("complex() arg is a malformed string"));
        }
    }
    let (a1, b1) = match re.map(|v| vm.to_num(v)) {
        Some(Some(Num::Complex(x, y))) => (x, y),
        Some(Some(_)) => (vm.to_float(re.unwrap_or(Value::Int(0)))?, 0.0),
        Some(None) => {
            let tn = vm.type_name(re.unwrap_or(Value::None));
            return Err(vm.type_error(alloc::format!(
                "complex() first argument must be a string or a number, not '{tn}'"
            )));
        }
        None => (0.0, 0.0),
    };
    let (a2, b2) = match im.map(|v| vm.to_num(v)) {
        Some(Some(Num::Complex(x, y))) => (x, y),
        Some(Some(_)) => (vm.to_float(im.unwrap_or(Value::Int(0)))?, 0.0),
        Some(None) if im.is_some_and(|v| vm.str_ref(v).is_some()) => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        Some(None) => {
            let tn = vm.type_name(im.unwrap_or(Value::None));
            return Err(vm.type_error(alloc::format!(
                "complex() second argument must be a number, not '{tn}'"
            )));
        }
        None => (0.0, 0.0),
    };
    // Like CPython: only complex operands contribute cross terms, so signed zeros survive.
    let re_complex = matches!(re.map(|v| vm.to_num(v)), Some(Some(Num::Complex(..))));
    let im_complex = matches!(im.map(|v| vm.to_num(v)), Some(Some(Num::Complex(..))));
    let real = if im_complex { a1 - b2 } else { a1 };
    let imag = match im {
        None => b1,
        Some(_) if re_complex => a2 + b1,
        Some(_) => a2,
    };
    Ok(Value::Obj(vm.alloc(Obj::Complex(real, imag))?))
}

fn str_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() > 4 {
        return Err(vm.type_error(alloc::format!(
            "str() takes at most 3 arguments ({} given)",
            a.len() - 1
        )));
    }
    let v = a.get(1).copied().or_else(|| kwarg(kw, q::object));
    let enc = a.get(2).copied().or_else(|| kwarg(kw, q::encoding));
    let r = match v {
        None => Value::Str(q::EMPTY),
        Some(v) => {
            if enc.is_some() || a.len() > 2 || kwarg(kw, q::errors).is_some() {
                if !vm.is_bytes_like(v) {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(alloc::format!(
                        "decoding to str: need a bytes-like object, {tn} found"
                    )));
                }
                let b = vm.bytes_like(v)?;
                let (e, r) = crate::bytestype::codec_args(vm, a, kw, 2)?;
                let s = crate::textcodec::decode(&b, &e, &r)
                    .map_err(|e| crate::bytestype::codec_error(vm, e))?;
                vm.new_str(s)?
            } else {
                vm.str_of(v)?
            }
        }
    };
    wrap_subclass(vm, a[0], r)
}

/// Does the class being constructed (`a[0]`) keep the built-in `__init__`?
fn has_native_init(vm: &mut Vm, a: Args) -> bool {
    match a.first() {
        Some(&Value::Obj(c)) => matches!(
            vm.class_lookup(c, q::__init__),
            Some(Value::Obj(f)) if matches!(vm.heap.get(f), Obj::Native(_))
        ),
        _ => true,
    }
}

/// `set.__init__(iterable=())`: refill the set.
fn set_init(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let s = match a.first() {
        Some(&Value::Obj(r)) => match vm.heap.get(r) {
            Obj::Set(_) => Value::Obj(r),
            Obj::Instance(i) if matches!(i.base, Value::Obj(b) if matches!(vm.heap.get(b), Obj::Set(_))) => {
                i.base
            }
            _ => return Err(vm.type_error("descriptor '__init__' requires a 'set' object")),
        },
        _ => return Err(vm.type_error("descriptor '__init__' requires a 'set' object")),
    };
    if let Value::Obj(r) = s {
        if let Obj::Set(st) = vm.heap.get_mut(r) {
            st.items.clear();
        }
    }
    if let Some(&src) = a.get(1) {
        vm.set_update(s, src)?;
    }
    Ok(Value::None)
}

fn set_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let native_init = has_native_init(vm, a);
    if native_init && !kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if native_init && a.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "set expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let s = vm.new_set(false)?;
    vm.temp_roots.push(s);
    let r = (|| {
        if let Some(&src) = a.get(1).filter(|_| native_init) {
            vm.set_update(s, src)?;
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    r?;
    wrap_subclass(vm, a[0], s)
}

fn frozenset_new(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let s = vm.new_set(true)?;
    vm.temp_roots.push(s);
    let r = (|| {
        if let Some(&src) = a.get(1) {
            vm.set_update(s, src)?;
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    r?;
    wrap_subclass(vm, a[0], s)
}

fn super_new(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let (class, obj) = if a.len() >= 2 {
        let class = match a[1] {
            Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(alloc::format!(
                    "super() argument 1 must be a type, not {tn}"
                )));
            }
        };
        match a.get(2) {
            Some(&obj) => (class, obj),
            // `super(C)`: an unbound super object; only attribute lookups on it would
            // need the missing object, which is not supported.
            None => (class, Value::None),
        }
    } else {
        // Zero-argument form: the __class__ cell and first argument of the caller.
        let f = match vm.frames.last() {
            Some(f) => f,
            None => return Err(vm.runtime_error("super(): no arguments")),
        };
        let code = f.code.clone();
        let idx = code
            .freevars()
            .iter()
            .position(|&n| n == crate::qstr::q::__class__)
            .map(|i| i + code.ncells());
        let cells_base = f.cells_base();
        let cell_at = |i: usize| match vm.stack.get(cells_base + i) {
            Some(&Value::Obj(c)) => Some(c),
            _ => None,
        };
        let cell = idx.and_then(cell_at);
        let first = if code.argcount > 0 || code.flags.has(crate::bytecode::CodeFlags::VARARGS) {
            vm.stack.get(f.base).copied()
        } else {
            None
        };
        let class = match cell.map(|c| vm.heap.get(c)) {
            Some(Obj::Cell(Value::Obj(c))) => *c,
            _ if first.is_none() => return Err(vm.runtime_error("super(): no arguments")),
            _ => return Err(vm.runtime_error("super(): __class__ cell not found")),
        };
        // The first argument may itself live in a cell.
        let mut obj = first.unwrap_or(Value::Null);
        if obj.is_null() {
            if let Some(ci) = code
                .cellvars()
                .iter()
                .position(|n| Some(n) == code.varnames().first())
            {
                if let Some(Obj::Cell(v)) = cell_at(ci).map(|c| vm.heap.get(c)) {
                    obj = *v;
                }
            }
        }
        if obj.is_null() {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        (class, obj)
    };
    if !obj.is_none() || a.len() != 2 {
        let fits = vm.isinstance(obj, class)
            || matches!(obj, Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(_)) && vm.is_subclass(c, class));
        if !fits {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    Ok(Value::Obj(
        vm.alloc(Obj::Super(Box::new(SuperObj { class, obj })))?,
    ))
}

fn int_to_bytes(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let n = vm.to_bigint(a[0]).unwrap_or_default();
    let length = a
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, vm.interner.lookup("length").unwrap_or(q::EMPTY)))
        .unwrap_or(Value::Int(1));
    let length = vm.to_index(length)?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if length as u64 > vm.heap.free_bytes() as u64 {
        return Err(vm.memory_error());
    }
    let length = length as usize;
    let order = a
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, vm.interner.lookup("byteorder").unwrap_or(q::EMPTY)))
        .unwrap_or(Value::Str(vm.interner.intern_static("big")));
    let order = String::from(vm.str_ref(order).unwrap_or("big"));
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match kwarg(kw, vm.interner.lookup("signed").unwrap_or(q::EMPTY)) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    use num_traits::Signed;
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap_or(&1) == 0 {
        bytes.pop();
    }
    if bytes.len() > length && !(bytes.len() == length + 1 && !signed && bytes[length] == 0) {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    vm.new_bytes(bytes)
}

fn int_from_bytes(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let data = vm
        .bytes_like(a.get(1).copied().unwrap_or(Value::None))
        .or_else(|_| {
            let items = vm.iterate_to_vec(a[1])?;
            let mut out = Vec::new();
            for it in items {
                out.push(vm.to_index(it)? as u8);
            }
            Ok(out)
        })?;
    let order = a
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, vm.interner.lookup("byteorder").unwrap_or(q::EMPTY)))
        .unwrap_or(Value::Str(vm.interner.intern_static("big")));
    let order = String::from(vm.str_ref(order).unwrap_or("big"));
    let signed = match kwarg(kw, vm.interner.lookup("signed").unwrap_or(q::EMPTY)) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = if order == "big" {
        if signed {
            num_bigint::BigInt::from_signed_bytes_be(&data)
        } else {
            num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
        }
    } else if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    vm.new_bigint(n)
}

pub fn seq_index_of(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error("index() takes at least 1 argument"));
    }
    let items = vm.iterate_to_vec(a[0])?;
    let n = items.len() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = match a.get(2) {
        Some(&v) => norm(vm.to_index(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(&v) => norm(vm.to_index(v)?),
        None => n,
    };
    for i in start..stop.max(start) {
        let x = items[i as usize];
        if x.is(a[1]) || vm.eq(x, a[1])? {
            return Ok(Value::Int(i));
        }
    }
    let tn = vm.type_name(a[0]);
    if tn == "list" {
        let r = vm.repr_string(a[1])?;
        return Err(vm.value_error(alloc::format!("{r} is not in list")));
    }
    Err(vm.value_error(alloc::format!("{tn}.index(x): x not in {tn}")))
}

pub fn seq_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("count() takes exactly one argument"));
    }
    let items = vm.iterate_to_vec(a[0])?;
    let mut n = 0;
    for x in items {
        if x.is(a[1]) || vm.eq(x, a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub use crate::listsort::list_sort_impl;
